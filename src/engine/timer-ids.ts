import type { Timer } from './timers.ts';

/**
 * Which timers are set, as Maps beside `state.timers`. Asking a plain object that thousands of
 * timers have come and gone through for a key it lacks costs microseconds (V8's dictionary
 * probing), a Map a few nanoseconds. A call ending may have any of seven timers (ring,
 * playback, voicemail, menu, queue, transfer, relax) and usually has none: counting the set
 * timers whose command names a call lets it skip building and probing seven ids. Kept by evolve
 * beside the record itself, keyed by that record, so a state loaded from a snapshot gets its
 * own, built on first use. Never stored.
 */
interface SetTimers {
  /** Each set timer's id, with the call its command names (if any). */
  ids: Map<string, string | undefined>;
  /** How many set timers each call has. */
  perCall: Map<string, number>;
}

const setTimers = new WeakMap<object, SetTimers>();

function callOf(timer: Timer): string | undefined {
  const callId = (timer.command as { callId?: unknown }).callId;
  return typeof callId === 'string' ? callId : undefined;
}

function setOf(timers: Record<string, Timer>): SetTimers {
  let set = setTimers.get(timers);
  if (!set) {
    set = { ids: new Map(), perCall: new Map() };
    setTimers.set(timers, set);
    for (const id in timers) add(set, id, timers[id]!);
  }
  return set;
}

function add(set: SetTimers, id: string, timer: Timer): void {
  if (set.ids.has(id)) remove(set, id, set.ids.get(id));
  const callId = callOf(timer);
  set.ids.set(id, callId);
  if (callId !== undefined) set.perCall.set(callId, (set.perCall.get(callId) ?? 0) + 1);
}

function remove(set: SetTimers, id: string, callId: string | undefined): void {
  set.ids.delete(id);
  if (callId === undefined) return;
  const left = (set.perCall.get(callId) ?? 1) - 1;
  if (left > 0) set.perCall.set(callId, left);
  else set.perCall.delete(callId);
}

export const timerIsSet = (timers: Record<string, Timer>, id: string): boolean => setOf(timers).ids.has(id);

/** Whether any set timer's command names this call: when not, none of the call's timers is set. */
export const callHasTimers = (timers: Record<string, Timer>, callId: string): boolean =>
  setOf(timers).perCall.has(callId);

export function noteTimerSet(timers: Record<string, Timer>, timer: Timer): void {
  add(setOf(timers), timer.id, timer);
}

export function noteTimerCleared(timers: Record<string, Timer>, id: string): void {
  const set = setOf(timers);
  if (set.ids.has(id)) remove(set, id, set.ids.get(id));
}
