import { invalid } from '../../domain/errors.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { MediaQuery, MediaRecord, Page } from '../port.ts';
import { toMedia } from '../rows.ts';
import { all, type Db, one } from './sql.ts';

/** Voicemails and recordings (V8, V2) as the read model lists them, newest first. */
export async function getMedia(
  db: Db,
  workspaceId: string,
  mediaId: string,
): Promise<MediaRecord | undefined> {
  const row = await one(db, 'SELECT * FROM media WHERE workspace_id = ? AND id = ?', [workspaceId, mediaId]);
  return row ? toMedia(row) : undefined;
}

export async function listMedia(db: Db, workspaceId: string, query: MediaQuery): Promise<Page<MediaRecord>> {
  const where = ['workspace_id = ?', 'kind = ?'];
  const params: unknown[] = [workspaceId, query.kind];
  if (query.numberIds) {
    if (query.numberIds.length === 0) return { items: [] };
    where.push('number_id = ANY(?)');
    params.push(query.numberIds);
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
  const rows = await all(
    db,
    `SELECT * FROM media WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ?`,
    [...params, query.limit + 1],
  );
  const items = rows.slice(0, query.limit).map(toMedia);
  const last = items.at(-1);
  return rows.length > query.limit && last
    ? { items, nextCursor: encodeCursor(last.createdAt, last.id) }
    : { items };
}
