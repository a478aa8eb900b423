import type { Timer } from './timers.ts';

/**
 * Which timers are set, as a Map beside `state.timers`. A call ending asks for six timers it
 * may have (ring, playback, voicemail, menu, queue, transfer) and usually has none; asking a
 * plain object that thousands of timers have come and gone through for a key it lacks costs
 * microseconds (V8's dictionary probing), a Map a few nanoseconds. Kept by evolve beside the
 * record itself, keyed by that record, so a state loaded from a snapshot gets its own, built
 * on first use. Never stored.
 */
const setTimers = new WeakMap<object, Set<string>>();

function idsOf(timers: Record<string, Timer>): Set<string> {
  let ids = setTimers.get(timers);
  if (!ids) {
    ids = new Set(Object.keys(timers));
    setTimers.set(timers, ids);
  }
  return ids;
}

export const timerIsSet = (timers: Record<string, Timer>, id: string): boolean => idsOf(timers).has(id);

export function noteTimerSet(timers: Record<string, Timer>, id: string): void {
  idsOf(timers).add(id);
}

export function noteTimerCleared(timers: Record<string, Timer>, id: string): void {
  idsOf(timers).delete(id);
}
