import type { StoredEvent } from '../../engine/events.ts';
import type { HistoryQuery } from '../port.ts';
import { toStored } from '../rows.ts';
import { all, type Db } from './sql.ts';

/** An entity's history: its events through the history index, either way, by type. */
export async function history(db: Db, workspaceId: string, query: HistoryQuery): Promise<StoredEvent[]> {
  const types = query.types ?? [];
  const where = [
    'h.workspace_id = ? AND h.entity_type = ? AND h.entity_id = ? AND h.seq > ?',
    ...(query.beforeSeq === undefined ? [] : ['h.seq < ?']),
    ...(types.length === 0 ? [] : ['e.type = ANY(?)']),
  ];
  const params = [
    workspaceId,
    query.entityType,
    query.entityId,
    query.afterSeq ?? 0,
    ...(query.beforeSeq === undefined ? [] : [query.beforeSeq]),
    ...(types.length === 0 ? [] : [types]),
  ];
  const rows = await all(
    db,
    `SELECT e.* FROM history h JOIN events e ON e.workspace_id = h.workspace_id AND e.seq = h.seq
         WHERE ${where.join(' AND ')}
         ORDER BY h.seq${query.newestFirst ? ' DESC' : ''} LIMIT ?`,
    [...params, query.limit],
  );
  return rows.map(toStored);
}
