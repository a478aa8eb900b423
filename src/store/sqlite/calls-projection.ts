import type { CallRecord } from '../port.ts';
import type { ProjectionChange } from '../projection.ts';
import { type CallColumn, callColumns } from '../rows.ts';
import { inRowRuns, sqlByRows, valueRows } from './multi-row.ts';
import type { Prepare } from './statement-cache.ts';

export type CallChange = Extract<
  ProjectionChange,
  { kind: 'call' | 'participant' | 'participant.transfer_started' | 'participant.transferred' }
>;

type Value = string | number | null;

const columns = Object.keys(callColumns) as CallColumn[];
const columnList = (keys: CallColumn[]) => keys.map((key) => callColumns[key]).join(', ');

const insertCalls = sqlByRows(
  (rows) => `INSERT INTO calls (${columnList(columns)}) VALUES ${valueRows(rows, columns.length)}`,
);

/**
 * The UPDATE of `rows` calls that sets `keys` (only those: setting an indexed column, even to
 * its value, rewrites its index entry). A call is answered once: later answers (transfers)
 * keep the first time.
 */
const updateSql = new Map<string, string>();
function updateCalls(keys: CallColumn[], rows: number): string {
  const name = `${keys.join(' ')}|${rows}`;
  let sql = updateSql.get(name);
  if (sql === undefined) {
    const sets = keys.map((key) => {
      const column = callColumns[key];
      return column === 'answered_at'
        ? `${column} = COALESCE(calls.${column}, v.${column})`
        : `${column} = v.${column}`;
    });
    sql = `WITH v(workspace_id, id, ${columnList(keys)}) AS (VALUES ${valueRows(rows, keys.length + 2)})
      UPDATE calls SET ${sets.join(', ')} FROM v WHERE calls.workspace_id = v.workspace_id AND calls.id = v.id`;
    updateSql.set(name, sql);
  }
  return sql;
}

/** Who took part: each role's first time is kept, the last transfer started is remembered. */
const participantWidth = 7;
const upsertParticipants = sqlByRows(
  (rows) =>
    `INSERT INTO call_participants (workspace_id, call_id, user_id, offered_at, answered_at, placed_at, transfer_id)
     VALUES ${valueRows(rows, participantWidth)}
     ON CONFLICT (workspace_id, call_id, user_id) DO UPDATE SET
       offered_at = COALESCE(offered_at, excluded.offered_at),
       answered_at = COALESCE(answered_at, excluded.answered_at),
       placed_at = COALESCE(placed_at, excluded.placed_at),
       transfer_id = COALESCE(excluded.transfer_id, transfer_id)`,
);

/** A call's changes in one batch, folded into the one row they leave. */
interface FoldedCall {
  workspaceId: string;
  id: string;
  /** Its first change in the batch inserts it (the others were made on top). */
  inserted: boolean;
  fields: Partial<Record<CallColumn, Value>>;
}

/**
 * The calls read model's writes for one batch of events (issue 16 goal 2: one statement per
 * table per batch): each call's changes folded into the row they leave, the new calls in
 * multi-row INSERTs, the others in multi-row UPDATEs, and who took part in multi-row upserts.
 * Written in the events' order where it matters: a finished transfer marks the participant
 * whose transfer it is, so the upserts before it are written first.
 */
export class CallsProjection {
  private readonly calls = new Map<string, FoldedCall>();
  private participants: Value[] = [];

  constructor(private readonly stmt: Prepare) {}

  add(workspaceId: string, change: CallChange): void {
    switch (change.kind) {
      case 'call':
        return this.fold(workspaceId, change.callId, change.fields);
      case 'participant':
        this.participants.push(
          workspaceId,
          change.callId,
          change.userId,
          change.role === 'offered' ? change.at : null,
          change.role === 'answered' ? change.at : null,
          change.role === 'placed' ? change.at : null,
          null,
        );
        return;
      case 'participant.transfer_started':
        this.participants.push(
          workspaceId,
          change.callId,
          change.userId,
          null,
          null,
          null,
          change.transferId,
        );
        return;
      case 'participant.transferred':
        this.writeParticipants();
        this.stmt(
          `UPDATE call_participants SET transferred_at = COALESCE(transferred_at, ?)
             WHERE workspace_id = ? AND call_id = ? AND transfer_id = ?`,
        ).run(change.at, workspaceId, change.callId, change.transferId);
        return;
    }
  }

  /** Writes what was added since the last write. */
  write(): void {
    this.writeParticipants();
    const inserts: Value[] = [];
    // The calls updated, by the columns their changes set (answered, ended, both…).
    const updates = new Map<string, { keys: CallColumn[]; values: Value[] }>();
    for (const call of this.calls.values()) {
      if (call.inserted) {
        const fields = { ...call.fields, workspaceId: call.workspaceId, id: call.id };
        for (const column of columns) inserts.push(fields[column] ?? null);
        continue;
      }
      // Its keys are not changed, and a change that names no column changes nothing.
      const keys = (Object.keys(call.fields) as CallColumn[])
        .filter((key) => key !== 'workspaceId' && key !== 'id')
        .sort();
      if (keys.length === 0) continue;
      const set = keys.join(' ');
      let update = updates.get(set);
      if (!update) {
        update = { keys, values: [] };
        updates.set(set, update);
      }
      update.values.push(call.workspaceId, call.id, ...keys.map((key) => call.fields[key]!));
    }
    this.calls.clear();
    inRowRuns(this.stmt, columns.length, inserts, insertCalls);
    for (const { keys, values } of updates.values())
      inRowRuns(this.stmt, keys.length + 2, values, (rows) => updateCalls(keys, rows));
  }

  private fold(workspaceId: string, callId: string, fields: Partial<CallRecord>): void {
    const key = `${workspaceId}\u0000${callId}`;
    let call = this.calls.get(key);
    if (!call) {
      call = { workspaceId, id: callId, inserted: 'direction' in fields, fields: {} };
      this.calls.set(key, call);
    }
    for (const [column, value] of Object.entries(fields) as Array<[CallColumn, Value | undefined]>) {
      if (value === undefined) continue;
      // Answered once: a later answer in the batch (a transfer) keeps the first time.
      if (column === 'answeredAt' && call.fields.answeredAt !== undefined) continue;
      call.fields[column] = value;
    }
  }

  private writeParticipants(): void {
    inRowRuns(this.stmt, participantWidth, this.participants, upsertParticipants);
    this.participants = [];
  }
}
