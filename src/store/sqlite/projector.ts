import type Database from 'better-sqlite3';
import type { StoredEvent } from '../../engine/events.ts';
import { type ProjectionChange, projectionOf } from '../projection.ts';
import { CallsProjection } from './calls-projection.ts';
import { SqliteConversations } from './conversations.ts';
import { inRowRuns, sqlByRows, valueRows } from './multi-row.ts';
import { type Prepare, statementCache } from './statement-cache.ts';

/**
 * The write side of the SQLite store: a batch of events appended with their read-model
 * projections in one transaction, and snapshots. It runs on whichever connection writes:
 * the writer thread's (a file), or the store's own (in memory).
 */
const insertEvents = sqlByRows(
  (rows) => `INSERT INTO events (workspace_id, seq, at, type, data) VALUES ${valueRows(rows, 5)}`,
);
const insertHistory = sqlByRows(
  (rows) => `INSERT INTO history (workspace_id, entity_type, entity_id, seq) VALUES ${valueRows(rows, 4)}`,
);

export class SqliteProjector {
  private readonly stmt: Prepare;
  private readonly conversations: SqliteConversations;

  constructor(private readonly db: Database.Database) {
    this.stmt = statementCache(db);
    this.conversations = new SqliteConversations(db, (sql) => this.stmt(sql));
  }

  /**
   * All or nothing: a duplicate sequence number (or any failure) leaves none of the batch.
   * `json`: each event's JSON when the caller has it already (the writer thread receives it),
   * stored in the log as it is.
   */
  commit(events: StoredEvent[], json?: readonly string[]): void {
    if (events.length === 0) return;
    this.db.transaction(() => this.append(events, json))();
  }

  /** Several batches, in their order, in one transaction (one fsync): all or nothing. */
  commitAll(batches: ReadonlyArray<{ events: StoredEvent[]; json?: readonly string[] }>): void {
    const json = batches.every((batch) => batch.json) ? batches.flatMap((batch) => batch.json!) : undefined;
    this.commit(
      batches.flatMap((batch) => batch.events),
      json,
    );
  }

  saveSnapshot(workspaceId: string, seq: number, state: string): void {
    this.stmt(
      `INSERT INTO snapshots (workspace_id, seq, state) VALUES (?, ?, ?)
         ON CONFLICT (workspace_id) DO UPDATE SET seq = excluded.seq, state = excluded.state WHERE excluded.seq > seq`,
    ).run(workspaceId, seq, state);
  }

  /**
   * The log, the history index and the calls read model take one multi-row statement per table
   * per run of rows (calls: see CallsProjection); the other read models (media, directory,
   * conversations: a few changes a batch) change row by row, in the events' order.
   */
  private append(events: StoredEvent[], json: readonly string[] | undefined): void {
    const log: Array<string | number> = [];
    const history: Array<string | number> = [];
    // This batch's only: a batch that fails half-way leaves nothing for the next one.
    const calls = new CallsProjection(this.stmt);
    for (const [index, stored] of events.entries()) {
      const data = json?.[index] ?? JSON.stringify(stored.event);
      log.push(stored.workspaceId, stored.seq, stored.at, stored.event.type, data);
      for (const change of projectionOf(stored)) {
        if (change.kind === 'history')
          history.push(stored.workspaceId, change.entityType, change.entityId, stored.seq);
        else this.project(stored, change, calls);
      }
    }
    inRowRuns(this.stmt, 5, log, insertEvents);
    inRowRuns(this.stmt, 4, history, insertHistory);
    calls.write();
  }

  private project(stored: StoredEvent, change: ProjectionChange, calls: CallsProjection): void {
    const ws = stored.workspaceId;
    switch (change.kind) {
      case 'history':
        // Appended in bulk by append().
        return;
      case 'call':
      case 'participant':
      case 'participant.transfer_started':
      case 'participant.transferred':
        return calls.add(ws, change);
      case 'directory.put':
        this.stmt(
          `INSERT INTO user_directory (workspace_id, user_id, email, name) VALUES (?, ?, ?, ?)
             ON CONFLICT (workspace_id, user_id) DO UPDATE SET
               email = COALESCE(?, email), name = COALESCE(?, name)`,
        ).run(
          ws,
          change.userId,
          change.email ?? '',
          change.name ?? '',
          change.email ?? null,
          change.name ?? null,
        );
        return;
      case 'media.add': {
        const m = change.media;
        this.stmt(
          `INSERT INTO media (workspace_id, id, kind, call_id, number_id, from_number, duration_ms, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(ws, m.id, m.kind, m.callId, m.numberId, m.from, m.durationMs, m.createdAt);
        return;
      }
      case 'media.heard':
        this.stmt('UPDATE media SET heard_at = ?, heard_by = ? WHERE workspace_id = ? AND id = ?').run(
          change.at,
          change.userId ?? null,
          ws,
          change.mediaId,
        );
        return;
      case 'directory.delete':
        this.stmt('DELETE FROM user_directory WHERE workspace_id = ? AND user_id = ?').run(ws, change.userId);
        return;
      case 'conversation.open':
      case 'conversation.update':
      case 'message.add':
        return this.conversations.project(ws, change);
    }
  }
}
