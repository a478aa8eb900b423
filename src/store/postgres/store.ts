import type pg from 'pg';
import type { StoredEvent } from '../../engine/events.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { assertStorable } from '../event-guard.ts';
import { type Fence, OwnershipLostError } from '../ownership.ts';
import type {
  CallParticipation,
  CallQuery,
  CallRecord,
  ConversationQuery,
  ConversationRecord,
  DirectoryEntry,
  HistoryQuery,
  MediaQuery,
  MediaRecord,
  MessageQuery,
  MessageRecord,
  Page,
  SharedTelephonyState,
  Snapshot,
  Store,
} from '../port.ts';
import { type ProjectionChange, projectionOf } from '../projection.ts';
import { toDirectoryEntry, toStored } from '../rows.ts';
import { callParticipation, getCall, listCalls } from './calls.ts';
import {
  getConversation,
  getMessage,
  latestConversationOf,
  listConversations,
  listMessages,
} from './conversations.ts';
import { PostgresCredentials } from './credentials.ts';
import { history } from './history.ts';
import { getMedia, listMedia } from './media.ts';
import { migrations } from './migrations.ts';
import { commitChannel, commitPayload } from './notifications.ts';
import { projectChange } from './project.ts';
import { all, one, openPool, run, transaction } from './sql.ts';
import { sharedTelephony } from './telephony-state.ts';
import { PostgresWebhooks } from './webhooks.ts';

export interface PostgresStoreOptions {
  url: string;
  /** Connections in the pool. */
  poolSize?: number;
  /** Who commits: named in each commit's notification, so the node can skip its own. */
  nodeId?: string;
  /** Seals trunk passwords at rest; every node must be given the same one (secret-box.ts). */
  secretsPassphrase?: string;
}

/** Serialises migrations when several nodes start at once. */
const migrationLock = 7_341_001;

/**
 * The scale-out store (P1): the event log and read models in PostgreSQL, behind the same
 * port as SQLite. A commit is one transaction: it checks that each workspace's log ends
 * where the batch begins (and, with a fence, that this node still holds the workspace's
 * lease epoch, read FOR SHARE), appends the events, applies their projections and sends
 * one NOTIFY for the batch. Credentials pass through the same pool.
 */
export class PostgresStore extends PostgresCredentials implements Store {
  readonly pool: pg.Pool;
  private fence: Fence | undefined;

  private readonly webhooks: PostgresWebhooks;
  /** Audio, trunk credentials and registrations every node sees (issue 18). */
  readonly telephony: SharedTelephonyState;

  constructor(readonly options: PostgresStoreOptions) {
    const pool = openPool({ url: options.url, max: options.poolSize });
    super(pool);
    this.pool = pool;
    this.webhooks = new PostgresWebhooks(pool);
    this.telephony = sharedTelephony(pool, options.nodeId ?? 'node', options.secretsPassphrase);
  }

  /** From now on every commit checks this node's lease epochs (P2). */
  fenceWith(fence: Fence): void {
    this.fence = fence;
  }

  async migrate(): Promise<void> {
    await transaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at BIGINT)',
      );
      const applied = new Set(
        (await all(client, 'SELECT version FROM schema_migrations')).map((row) => row.version as number),
      );
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        await client.query(migration.sql);
        await run(client, 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version,
          migration.name,
          Date.now(),
        ]);
      }
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async commit(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    assertStorable(events);
    const history: unknown[][] = [[], [], [], []];
    const changes: Array<[StoredEvent, ProjectionChange]> = [];
    for (const stored of events)
      for (const change of projectionOf(stored)) {
        if (change.kind !== 'history') {
          changes.push([stored, change]);
          continue;
        }
        const row = [stored.workspaceId, change.entityType, change.entityId, stored.seq];
        for (const [column, value] of row.entries()) history[column]!.push(value);
      }
    await transaction(this.pool, async (client) => {
      await this.checkOwnership(client, events);
      // One statement (one round trip) appends the events and their history rows, and rings
      // the doorbell for other nodes' streams: PostgreSQL delivers a NOTIFY only on commit.
      await run(
        client,
        `WITH appended AS (
           INSERT INTO events (workspace_id, seq, at, type, data)
             SELECT * FROM unnest(?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[])),
         indexed AS (
           INSERT INTO history (workspace_id, entity_type, entity_id, seq)
             SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[]))
         SELECT pg_notify(?, ?)`,
        [
          events.map((e) => e.workspaceId),
          events.map((e) => e.seq),
          events.map((e) => e.at),
          events.map((e) => e.event.type),
          events.map((e) => JSON.stringify(e.event)),
          ...history,
          commitChannel,
          commitPayload(this.options.nodeId, events),
        ],
      );
      for (const [stored, change] of changes) await projectChange(client, stored, change);
    });
  }

  /**
   * Inside the commit: the lease rows are read FOR SHARE, so a takeover (which bumps the
   * epoch) waits for this transaction, and a commit after a takeover sees the new epoch.
   * The log must end just before the batch: anything else means another writer.
   */
  private async checkOwnership(client: pg.PoolClient, events: StoredEvent[]): Promise<void> {
    const firsts = new Map<string, number>();
    for (const stored of events)
      if (!firsts.has(stored.workspaceId)) firsts.set(stored.workspaceId, stored.seq);
    const ids = [...firsts.keys()].sort();
    const fence = this.fence;
    // One round trip: the lease rows locked FOR SHARE (in workspace order, so that two
    // commits never deadlock), and where each workspace's log ends.
    const heads = await all(
      client,
      `WITH leases AS (
         SELECT workspace_id, epoch FROM workspace_leases WHERE ? AND workspace_id = ANY(?)
           ORDER BY workspace_id FOR SHARE)
       SELECT w.id AS workspace_id, l.epoch,
         COALESCE((SELECT MAX(seq) FROM events e WHERE e.workspace_id = w.id), 0) AS head
         FROM unnest(?::text[]) AS w(id) LEFT JOIN leases l ON l.workspace_id = w.id`,
      [fence !== undefined, ids, ids],
    );
    if (fence) {
      const lost = heads
        .filter((row) => {
          const held = fence.epochOf(row.workspace_id as string);
          return held === undefined || row.epoch !== held;
        })
        .map((row) => row.workspace_id as string);
      if (lost.length > 0)
        throw new OwnershipLostError(lost, 'the lease epoch is not the one this node holds');
    }
    const moved = heads
      .filter((row) => (row.head as number) !== firsts.get(row.workspace_id as string)! - 1)
      .map((row) => row.workspace_id as string);
    if (moved.length > 0) throw new OwnershipLostError(moved, 'the log does not end where this batch begins');
  }

  async loadEvents(workspaceId: string, afterSeq: number, limit = 1_000_000): Promise<StoredEvent[]> {
    const rows = await all(
      this.pool,
      'SELECT * FROM events WHERE workspace_id = ? AND seq > ? ORDER BY seq LIMIT ?',
      [workspaceId, afterSeq, limit],
    );
    return rows.map(toStored);
  }

  async loadSnapshot(workspaceId: string): Promise<Snapshot | undefined> {
    const row = await one(this.pool, 'SELECT * FROM snapshots WHERE workspace_id = ?', [workspaceId]);
    if (!row) return undefined;
    return { workspaceId, seq: row.seq as number, state: JSON.parse(row.state as string) as WorkspaceState };
  }

  async saveSnapshot(snapshot: Snapshot): Promise<void> {
    await run(
      this.pool,
      `INSERT INTO snapshots (workspace_id, seq, state) VALUES (?, ?, ?)
         ON CONFLICT (workspace_id) DO UPDATE SET seq = EXCLUDED.seq, state = EXCLUDED.state
         WHERE EXCLUDED.seq > snapshots.seq`,
      [snapshot.workspaceId, snapshot.seq, snapshot.json ?? JSON.stringify(snapshot.state)],
    );
  }

  async workspaceIds(): Promise<string[]> {
    const rows = await all(
      this.pool,
      "SELECT workspace_id FROM events WHERE seq = 1 AND type = 'workspace.created' ORDER BY workspace_id",
    );
    return rows.map((row) => row.workspace_id as string);
  }

  getCall(workspaceId: string, callId: string): Promise<CallRecord | undefined> {
    return getCall(this.pool, workspaceId, callId);
  }

  listCalls(workspaceId: string, query: CallQuery): Promise<Page<CallRecord>> {
    return listCalls(this.pool, workspaceId, query);
  }

  callParticipation(
    workspaceId: string,
    callId: string,
    userId: string,
  ): Promise<CallParticipation | undefined> {
    return callParticipation(this.pool, workspaceId, callId, userId);
  }

  history(workspaceId: string, query: HistoryQuery): Promise<StoredEvent[]> {
    return history(this.pool, workspaceId, query);
  }

  getMedia(workspaceId: string, mediaId: string): Promise<MediaRecord | undefined> {
    return getMedia(this.pool, workspaceId, mediaId);
  }

  listMedia(workspaceId: string, query: MediaQuery): Promise<Page<MediaRecord>> {
    return listMedia(this.pool, workspaceId, query);
  }

  getConversation(workspaceId: string, conversationId: string): Promise<ConversationRecord | undefined> {
    return getConversation(this.pool, workspaceId, conversationId);
  }

  listConversations(workspaceId: string, query: ConversationQuery): Promise<Page<ConversationRecord>> {
    return listConversations(this.pool, workspaceId, query);
  }

  latestConversationOf(
    workspaceId: string,
    channel: string,
    address: string,
  ): Promise<ConversationRecord | undefined> {
    return latestConversationOf(this.pool, workspaceId, channel, address);
  }

  listMessages(workspaceId: string, conversationId: string, query: MessageQuery): Promise<MessageRecord[]> {
    return listMessages(this.pool, workspaceId, conversationId, query);
  }

  getMessage(
    workspaceId: string,
    conversationId: string,
    messageId: string,
  ): Promise<MessageRecord | undefined> {
    return getMessage(this.pool, workspaceId, conversationId, messageId);
  }

  async usersByEmail(email: string): Promise<DirectoryEntry[]> {
    const rows = await all(this.pool, 'SELECT * FROM user_directory WHERE email = ? ORDER BY workspace_id', [
      email.trim().toLowerCase(),
    ]);
    return rows.map(toDirectoryEntry);
  }

  // I1: webhook delivery state (see webhook-deliveries.ts).
  saveWebhookSecret: Store['saveWebhookSecret'] = (...args) => this.webhooks.saveWebhookSecret(...args);
  getWebhookSecret: Store['getWebhookSecret'] = (...args) => this.webhooks.getWebhookSecret(...args);
  webhookCursor: Store['webhookCursor'] = (...args) => this.webhooks.webhookCursor(...args);
  enqueueWebhookDeliveries: Store['enqueueWebhookDeliveries'] = (...args) =>
    this.webhooks.enqueueWebhookDeliveries(...args);
  dueWebhookDeliveries: Store['dueWebhookDeliveries'] = (...args) =>
    this.webhooks.dueWebhookDeliveries(...args);
  recordWebhookAttempt: Store['recordWebhookAttempt'] = (...args) =>
    this.webhooks.recordWebhookAttempt(...args);
  getWebhookDelivery: Store['getWebhookDelivery'] = (...args) => this.webhooks.getWebhookDelivery(...args);
  listWebhookDeliveries: Store['listWebhookDeliveries'] = (...args) =>
    this.webhooks.listWebhookDeliveries(...args);
  replayWebhookDelivery: Store['replayWebhookDelivery'] = (...args) =>
    this.webhooks.replayWebhookDelivery(...args);
  forgetWebhook: Store['forgetWebhook'] = (...args) => this.webhooks.forgetWebhook(...args);
}
