import type { WorkspaceState } from '../state.ts';
import type { Pool } from './call.ts';

/**
 * Per pool, how many entries of the waiting list wait for it: a call by its queue pool, a
 * callback (R3) by its own. A caller new to the queue is told their position from it instead of
 * a walk over the whole list with a look-up per entry (the engine day's largest queue cost).
 * Remembered beside the list (keyed by the array itself, as supervision/monitored.ts keys the
 * calls; never stored, so a snapshot or a copy counts again once). Evolve keeps it on the common
 * changes (a caller queued for the first time, a queued call leaving the list) and forgets it on
 * any other (a caller coming back to their place, any callback event, a call ending that had
 * waited): the next caller counts again with one walk.
 */
const remembered = new WeakMap<readonly string[], Map<string, Map<string, number>>>();

/** The pool an entry of the waiting list counts for, as the walk reads it. */
export function entryPool(state: WorkspaceState, id: string): Pool | undefined {
  return state.calls.get(id)?.queuePool ?? state.callbacks.get(id)?.pool;
}

/** Entries of the waiting list waiting for this pool, by a walk over the list. */
export function countWaiting(state: WorkspaceState, pool: Pool): number {
  let count = 0;
  for (const id of state.waiting) {
    const entry = entryPool(state, id);
    if (entry !== undefined && entry.kind === pool.kind && entry.id === pool.id) count += 1;
  }
  return count;
}

function countsOf(state: WorkspaceState): Map<string, Map<string, number>> {
  let counts = remembered.get(state.waiting);
  if (counts === undefined) {
    counts = new Map();
    for (const id of state.waiting) {
      const entry = entryPool(state, id);
      if (entry !== undefined) add(counts, entry, 1);
    }
    remembered.set(state.waiting, counts);
  }
  return counts;
}

function add(counts: Map<string, Map<string, number>>, pool: Pool, by: number): void {
  let byId = counts.get(pool.kind);
  if (byId === undefined) {
    byId = new Map();
    counts.set(pool.kind, byId);
  }
  byId.set(pool.id, (byId.get(pool.id) ?? 0) + by);
}

/** Entries of the waiting list waiting for this pool (remembered; counted once after a change it forgot). */
export function waitingFor(state: WorkspaceState, pool: Pool): number {
  return countsOf(state).get(pool.kind)?.get(pool.id) ?? 0;
}

/** Evolve: an entry for this pool joined (+1) or left (−1) the list; nothing to do if not remembered. */
export function waitingChanged(state: WorkspaceState, pool: Pool | undefined, by: 1 | -1): void {
  const counts = remembered.get(state.waiting);
  if (counts !== undefined && pool !== undefined) add(counts, pool, by);
}

/** Evolve: the list changed in a way not counted above; the next question counts again. */
export function forgetWaiting(state: WorkspaceState): void {
  remembered.delete(state.waiting);
}
