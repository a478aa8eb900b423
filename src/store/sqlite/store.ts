import Database from 'better-sqlite3';
import { invalid } from '../../domain/errors.ts';
import type { StoredEvent } from '../../engine/events.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { assertStorable } from '../event-guard.ts';
import type {
  ApiKeyRecord,
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
  SessionRecord,
  Snapshot,
  Store,
  VisitorRecord,
} from '../port.ts';
import { type Row, toApiKey, toDirectoryEntry, toMedia, toSession, toStored, toVisitor } from '../rows.ts';
import { SqliteCalls } from './calls.ts';
import { SqliteConversations } from './conversations.ts';
import { migrations } from './migrations.ts';
import { preparePrivateDatabase } from './private-file.ts';
import { type Prepare, statementCache } from './statement-cache.ts';
import { SqliteWebhooks } from './webhooks.ts';
import { InlineWriter, type SqliteWriter, ThreadWriter } from './writer.ts';

export interface SqliteStoreOptions {
  /**
   * Where events, projections and snapshots are written: `thread` (a file's default) on a
   * writer thread with its own connection, `inline` on this connection, blocking the caller
   * (an in-memory database is always written inline: no other connection can open it).
   */
  writer?: 'thread' | 'inline';
}

/**
 * The embedded store: one SQLite file in WAL mode with synchronous=FULL, so a commit is on
 * disk before its promise resolves. Commits (events with their projections) and snapshots go
 * to the writer thread, so the event loop never waits for an fsync; reads, credentials and
 * webhook state stay on this connection, which sees every commit once its promise resolved
 * (a WAL reader sees all that was committed before its read began).
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly stmt: Prepare;
  private readonly conversations: SqliteConversations;
  private readonly calls: SqliteCalls;
  private readonly webhooks: SqliteWebhooks;
  private readonly writer: SqliteWriter;

  constructor(
    readonly path: string,
    options: SqliteStoreOptions = {},
  ) {
    const memory = path === ':memory:';
    if (!memory) preparePrivateDatabase(path);
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('busy_timeout = 5000');
    this.stmt = statementCache(this.db);
    this.conversations = new SqliteConversations(this.db, (sql) => this.stmt(sql));
    this.calls = new SqliteCalls((sql) => this.stmt(sql));
    this.webhooks = new SqliteWebhooks(this.db, (sql) => this.stmt(sql));
    const inline = memory || options.writer === 'inline';
    this.writer = inline ? new InlineWriter(this.db) : new ThreadWriter(path);
  }

  async migrate(): Promise<void> {
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at INTEGER)',
    );
    const applied = new Set(
      this.stmt('SELECT version FROM schema_migrations')
        .all()
        .map((row) => (row as Row).version as number),
    );
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.stmt('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          Date.now(),
        );
      })();
    }
  }

  async close(): Promise<void> {
    await this.writer.close();
    this.db.close();
  }

  get pipelined(): boolean {
    return this.writer.pipelined;
  }

  async commit(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    assertStorable(events);
    await this.writer.commit(events);
  }

  async loadEvents(workspaceId: string, afterSeq: number, limit = 1_000_000): Promise<StoredEvent[]> {
    return this.stmt('SELECT * FROM events WHERE workspace_id = ? AND seq > ? ORDER BY seq LIMIT ?')
      .all(workspaceId, afterSeq, limit)
      .map((row) => toStored(row as Row));
  }

  async loadSnapshot(workspaceId: string): Promise<Snapshot | undefined> {
    const row = this.stmt('SELECT * FROM snapshots WHERE workspace_id = ?').get(workspaceId) as
      | Row
      | undefined;
    if (!row) return undefined;
    return { workspaceId, seq: row.seq as number, state: JSON.parse(row.state as string) as WorkspaceState };
  }

  saveSnapshot(snapshot: Snapshot): Promise<void> {
    return this.writer.saveSnapshot(snapshot);
  }

  async workspaceIds(): Promise<string[]> {
    return this.stmt(
      "SELECT workspace_id FROM events WHERE seq = 1 AND type = 'workspace.created' ORDER BY workspace_id",
    )
      .all()
      .map((row) => (row as Row).workspace_id as string);
  }

  getCall(workspaceId: string, callId: string): Promise<CallRecord | undefined> {
    return this.calls.get(workspaceId, callId);
  }

  listCalls(workspaceId: string, query: CallQuery): Promise<Page<CallRecord>> {
    return this.calls.list(workspaceId, query);
  }

  callParticipation(
    workspaceId: string,
    callId: string,
    userId: string,
  ): Promise<CallParticipation | undefined> {
    return this.calls.participation(workspaceId, callId, userId);
  }

  async history(workspaceId: string, query: HistoryQuery): Promise<StoredEvent[]> {
    const types = query.types ?? [];
    const where = [
      'h.workspace_id = ? AND h.entity_type = ? AND h.entity_id = ? AND h.seq > ?',
      ...(query.beforeSeq === undefined ? [] : ['h.seq < ?']),
      ...(types.length === 0 ? [] : [`e.type IN (${types.map(() => '?').join(', ')})`]),
    ];
    const params = [
      workspaceId,
      query.entityType,
      query.entityId,
      query.afterSeq ?? 0,
      ...(query.beforeSeq === undefined ? [] : [query.beforeSeq]),
      ...types,
    ];
    return this.stmt(
      `SELECT e.* FROM history h JOIN events e ON e.workspace_id = h.workspace_id AND e.seq = h.seq
         WHERE ${where.join(' AND ')}
         ORDER BY h.seq${query.newestFirst ? ' DESC' : ''} LIMIT ?`,
    )
      .all(...params, query.limit)
      .map((row) => toStored(row as Row));
  }

  async getMedia(workspaceId: string, mediaId: string): Promise<MediaRecord | undefined> {
    const row = this.stmt('SELECT * FROM media WHERE workspace_id = ? AND id = ?').get(workspaceId, mediaId);
    return row ? toMedia(row as Row) : undefined;
  }

  async listMedia(workspaceId: string, query: MediaQuery): Promise<Page<MediaRecord>> {
    const where = ['workspace_id = ?', 'kind = ?'];
    const params: Array<string | number> = [workspaceId, query.kind];
    if (query.numberIds) {
      if (query.numberIds.length === 0) return { items: [] };
      where.push(`number_id IN (${query.numberIds.map(() => '?').join(', ')})`);
      params.push(...query.numberIds);
    }
    if (query.callId !== undefined) {
      where.push('call_id = ?');
      params.push(query.callId);
    }
    if (query.heard !== undefined) where.push(query.heard ? 'heard_at IS NOT NULL' : 'heard_at IS NULL');
    const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && !cursor) throw invalid('cursor', 'cursor is not one this API returned');
    if (cursor) {
      where.push('(created_at < ? OR (created_at = ? AND id < ?))');
      params.push(cursor.at, cursor.at, cursor.id);
    }
    const rows = this.db
      .prepare(`SELECT * FROM media WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ?`)
      .all(...params, query.limit + 1) as Row[];
    const items = rows.slice(0, query.limit).map(toMedia);
    const last = items.at(-1);
    return rows.length > query.limit && last
      ? { items, nextCursor: encodeCursor(last.createdAt, last.id) }
      : { items };
  }

  async getConversation(
    workspaceId: string,
    conversationId: string,
  ): Promise<ConversationRecord | undefined> {
    return this.conversations.get(workspaceId, conversationId);
  }

  async listConversations(workspaceId: string, query: ConversationQuery): Promise<Page<ConversationRecord>> {
    return this.conversations.list(workspaceId, query);
  }

  async latestConversationOf(
    workspaceId: string,
    channel: string,
    address: string,
  ): Promise<ConversationRecord | undefined> {
    return this.conversations.latestOf(workspaceId, channel, address);
  }

  async listMessages(
    workspaceId: string,
    conversationId: string,
    query: MessageQuery,
  ): Promise<MessageRecord[]> {
    return this.conversations.messages(workspaceId, conversationId, query);
  }

  async getMessage(
    workspaceId: string,
    conversationId: string,
    messageId: string,
  ): Promise<MessageRecord | undefined> {
    return this.conversations.message(workspaceId, conversationId, messageId);
  }

  async usersByEmail(email: string): Promise<DirectoryEntry[]> {
    return this.stmt('SELECT * FROM user_directory WHERE email = ? ORDER BY workspace_id')
      .all(email.trim().toLowerCase())
      .map((row) => toDirectoryEntry(row as Row));
  }

  async saveApiKey(key: ApiKeyRecord): Promise<void> {
    this.stmt(
      'INSERT INTO api_keys (id, workspace_id, name, role, hash, prefix, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      key.id,
      key.workspaceId ?? null,
      key.name,
      key.role,
      key.hash,
      key.prefix,
      key.createdAt,
      key.revokedAt ?? null,
    );
  }

  async findApiKey(hash: string): Promise<ApiKeyRecord | undefined> {
    const row = this.stmt('SELECT * FROM api_keys WHERE hash = ?').get(hash);
    return row ? toApiKey(row as Row) : undefined;
  }

  async listApiKeys(workspaceId: string | undefined): Promise<ApiKeyRecord[]> {
    return this.stmt('SELECT * FROM api_keys WHERE workspace_id IS ? ORDER BY created_at, id')
      .all(workspaceId ?? null)
      .map((row) => toApiKey(row as Row));
  }

  async revokeApiKey(workspaceId: string | undefined, keyId: string, at: number): Promise<boolean> {
    const result = this.stmt(
      'UPDATE api_keys SET revoked_at = ? WHERE id = ? AND workspace_id IS ? AND revoked_at IS NULL',
    ).run(at, keyId, workspaceId ?? null);
    return result.changes > 0;
  }

  async setPassword(workspaceId: string, userId: string, hash: string): Promise<void> {
    this.stmt(
      `INSERT INTO passwords (workspace_id, user_id, hash) VALUES (?, ?, ?)
         ON CONFLICT (workspace_id, user_id) DO UPDATE SET hash = excluded.hash`,
    ).run(workspaceId, userId, hash);
  }

  async getPassword(workspaceId: string, userId: string): Promise<string | undefined> {
    const row = this.stmt('SELECT hash FROM passwords WHERE workspace_id = ? AND user_id = ?').get(
      workspaceId,
      userId,
    ) as Row | undefined;
    return row?.hash as string | undefined;
  }

  async saveSession(session: SessionRecord): Promise<void> {
    this.stmt(
      'INSERT INTO sessions (token_hash, workspace_id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ).run(session.tokenHash, session.workspaceId, session.userId, session.createdAt, session.expiresAt);
  }

  async findSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const row = this.stmt('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as Row | undefined;
    return row ? toSession(row) : undefined;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.stmt('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  async saveVisitor(visitor: VisitorRecord): Promise<void> {
    this.stmt(
      `INSERT INTO webchat_visitors (token_hash, workspace_id, address, name, email, department_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      visitor.tokenHash,
      visitor.workspaceId,
      visitor.address,
      visitor.name ?? null,
      visitor.email ?? null,
      visitor.departmentId ?? null,
      visitor.createdAt,
    );
  }

  async findVisitor(tokenHash: string): Promise<VisitorRecord | undefined> {
    const row = this.stmt('SELECT * FROM webchat_visitors WHERE token_hash = ?').get(tokenHash) as
      | Row
      | undefined;
    return row ? toVisitor(row) : undefined;
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
