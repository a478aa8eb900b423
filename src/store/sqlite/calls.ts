import { invalid } from '../../domain/errors.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { CallParticipation, CallQuery, CallRecord, Page } from '../port.ts';
import { type Row, toCall, toCallOf, toParticipation } from '../rows.ts';
import type { Prepare } from './statement-cache.ts';

/** The calls read model: one row per call, and who took part in each (rung, answered, placed, passed on). */
export class SqliteCalls {
  constructor(private readonly stmt: Prepare) {}

  async get(workspaceId: string, callId: string): Promise<CallRecord | undefined> {
    const row = this.stmt('SELECT * FROM calls WHERE workspace_id = ? AND id = ?').get(workspaceId, callId);
    return row ? toCall(row as Row) : undefined;
  }

  async list(workspaceId: string, query: CallQuery): Promise<Page<CallRecord>> {
    const where = ['c.workspace_id = ?'];
    const params: Array<string | number> = [workspaceId];
    const filter = (column: string, op: string, value: string | number | undefined) => {
      if (value === undefined) return;
      where.push(`c.${column} ${op} ?`);
      params.push(value);
    };
    filter('number_id', '=', query.numberId);
    filter('agent_id', '=', query.agentId);
    filter('outcome', '=', query.outcome);
    filter('direction', '=', query.direction);
    filter('status', '=', query.status);
    if (query.phone !== undefined) {
      where.push('(c.from_number = ? OR c.to_number = ?)');
      params.push(query.phone, query.phone);
    }
    filter('started_at', '>=', query.from);
    filter('started_at', '<', query.to);
    const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (query.cursor !== undefined && !cursor) throw invalid('cursor', 'cursor is not one this API returned');
    if (cursor) {
      where.push('(c.started_at < ? OR (c.started_at = ? AND c.id < ?))');
      params.push(cursor.at, cursor.at, cursor.id);
    }
    // A participant's calls: those they took part in, and those the record names them on
    // (answered last, or filed to them as the contact's responsible user).
    const participant = query.participant;
    const join =
      participant === undefined
        ? ''
        : `LEFT JOIN call_participants p
             ON p.workspace_id = c.workspace_id AND p.call_id = c.id AND p.user_id = ?`;
    if (participant !== undefined) {
      where.push('(p.user_id IS NOT NULL OR c.agent_id = ?)');
      params.push(participant);
    }
    const columns =
      participant === undefined
        ? 'c.*'
        : 'c.*, p.user_id AS p_user_id, p.offered_at AS p_offered_at, p.answered_at AS p_answered_at, p.placed_at AS p_placed_at, p.transferred_at AS p_transferred_at';
    const rows = this.stmt(
      `SELECT ${columns} FROM calls c ${join} WHERE ${where.join(' AND ')}
         ORDER BY c.started_at DESC, c.id DESC LIMIT ?`,
    ).all(...(participant === undefined ? [] : [participant]), ...params, query.limit + 1) as Row[];
    const items = rows
      .slice(0, query.limit)
      .map((row) => (participant === undefined ? toCall(row) : toCallOf(participant, row)));
    const last = items.at(-1);
    return rows.length > query.limit && last
      ? { items, nextCursor: encodeCursor(last.startedAt, last.id) }
      : { items };
  }

  async participation(
    workspaceId: string,
    callId: string,
    userId: string,
  ): Promise<CallParticipation | undefined> {
    const row = this.stmt(
      'SELECT * FROM call_participants WHERE workspace_id = ? AND call_id = ? AND user_id = ?',
    ).get(workspaceId, callId, userId) as Row | undefined;
    return row ? toParticipation(row) : undefined;
  }
}
