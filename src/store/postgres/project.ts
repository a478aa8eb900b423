import type { StoredEvent } from '../../engine/events.ts';
import type { ProjectionChange } from '../projection.ts';
import { projectCallChange } from './calls.ts';
import { projectConversationChange } from './conversations.ts';
import { type Db, run } from './sql.ts';

/** One read-model change (history rows are batched by the commit itself) as PostgreSQL SQL. */
export async function projectChange(db: Db, stored: StoredEvent, change: ProjectionChange): Promise<void> {
  const ws = stored.workspaceId;
  switch (change.kind) {
    case 'history':
      await run(db, 'INSERT INTO history (workspace_id, entity_type, entity_id, seq) VALUES (?, ?, ?, ?)', [
        ws,
        change.entityType,
        change.entityId,
        stored.seq,
      ]);
      return;
    case 'call':
    case 'participant':
    case 'participant.transfer_started':
    case 'participant.transferred':
      return projectCallChange(db, ws, change);
    case 'directory.put':
      await run(
        db,
        `INSERT INTO user_directory (workspace_id, user_id, email, name) VALUES (?, ?, ?, ?)
           ON CONFLICT (workspace_id, user_id) DO UPDATE SET
             email = COALESCE(?, user_directory.email), name = COALESCE(?, user_directory.name)`,
        [ws, change.userId, change.email ?? '', change.name ?? '', change.email ?? null, change.name ?? null],
      );
      return;
    case 'directory.delete':
      await run(db, 'DELETE FROM user_directory WHERE workspace_id = ? AND user_id = ?', [ws, change.userId]);
      return;
    case 'media.add': {
      const m = change.media;
      await run(
        db,
        `INSERT INTO media (workspace_id, id, kind, call_id, number_id, from_number, duration_ms, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [ws, m.id, m.kind, m.callId, m.numberId, m.from, m.durationMs, m.createdAt],
      );
      return;
    }
    case 'media.heard':
      await run(db, 'UPDATE media SET heard_at = ?, heard_by = ? WHERE workspace_id = ? AND id = ?', [
        change.at,
        change.userId ?? null,
        ws,
        change.mediaId,
      ]);
      return;
    case 'conversation.open':
    case 'conversation.update':
    case 'message.add':
      return projectConversationChange(db, ws, change);
  }
}
