import type { WorkspaceState } from '../state.ts';

/**
 * When an entry of the waiting list started waiting: a call's queue time, or a callback's
 * (its caller's, R3). The list is in this order, so an entry coming back finds its place.
 */
export function waitingSince(state: WorkspaceState, id: string): number {
  const callback = state.callbacks.get(id);
  if (callback) return callback.queuedAt;
  const call = state.calls.get(id);
  return call?.queuedAt ?? call?.startedAt ?? Number.POSITIVE_INFINITY;
}
