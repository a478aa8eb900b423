import type { IdMap } from './id-map.ts';
import type { Timer } from './timers.ts';

/**
 * How many set timers name each call, beside `state.timers`. A call ending may have any of
 * seven timers (ring, playback, voicemail, menu, queue, transfer, relax) and usually has none:
 * counting them lets it skip building and probing seven ids. Kept by evolve, keyed by the timers
 * Map itself, so a state loaded from a snapshot gets its own, built on first use. Never stored.
 */
const perCallOf = new WeakMap<IdMap<Timer>, Map<string, number>>();

function callOf(timer: Timer): string | undefined {
  const callId = (timer.command as { callId?: unknown }).callId;
  return typeof callId === 'string' ? callId : undefined;
}

function countsOf(timers: IdMap<Timer>): Map<string, number> {
  let perCall = perCallOf.get(timers);
  if (!perCall) {
    perCall = new Map();
    perCallOf.set(timers, perCall);
    for (const timer of timers.values()) count(perCall, callOf(timer), 1);
  }
  return perCall;
}

function count(perCall: Map<string, number>, callId: string | undefined, change: 1 | -1): void {
  if (callId === undefined) return;
  const left = (perCall.get(callId) ?? 0) + change;
  if (left > 0) perCall.set(callId, left);
  else perCall.delete(callId);
}

/** Whether any set timer's command names this call: when not, none of the call's timers is set. */
export const callHasTimers = (timers: IdMap<Timer>, callId: string): boolean => countsOf(timers).has(callId);

/** Sets (or moves) a timer. */
export function setTimer(timers: IdMap<Timer>, timer: Timer): void {
  const perCall = countsOf(timers);
  const previous = timers.get(timer.id);
  if (previous) count(perCall, callOf(previous), -1);
  count(perCall, callOf(timer), 1);
  timers.set(timer.id, timer);
}

/** Clears a timer, if set. */
export function clearTimer(timers: IdMap<Timer>, id: string): void {
  const previous = timers.get(id);
  if (!previous) return;
  count(countsOf(timers), callOf(previous), -1);
  timers.delete(id);
}
