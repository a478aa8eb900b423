import type { Event } from '../events.ts';
import type { WorkspaceState } from '../state.ts';
import { waitingSince } from '../voice/waiting.ts';
import { forgetWaiting } from '../voice/waiting-counts.ts';
import type { Callback, CallbackEvent } from './callback.ts';

/**
 * Back into the waiting list at the caller's place: after everyone who was waiting at or
 * before the caller's time, before anyone who came later.
 */
function reinsert(state: WorkspaceState, callback: Callback): void {
  if (state.waiting.includes(callback.id)) return;
  const after = state.waiting.findIndex((id) => waitingSince(state, id) > callback.queuedAt);
  if (after < 0) state.waiting.push(callback.id);
  else state.waiting.splice(after, 0, callback.id);
}

const unwait = (state: WorkspaceState, id: string) => {
  state.waiting = state.waiting.filter((waiting) => waiting !== id);
};

/** An offer reserves the agent like a ringing phone, so nothing else is offered to them meanwhile. */
function release(state: WorkspaceState, callback: Callback): void {
  const user = callback.status === 'offered' && callback.userId ? state.users[callback.userId] : undefined;
  if (user) user.ringingLegs -= 1;
}

function requested(
  state: WorkspaceState,
  event: Extract<CallbackEvent, { type: 'callback.requested' }>,
  at: number,
) {
  const { callbackId, callId, numberId, pool, to, queuedAt } = event;
  state.callbacks.set(callbackId, {
    id: callbackId,
    callId,
    numberId,
    pool,
    to,
    queuedAt,
    requestedAt: at,
    status: 'waiting',
    attempts: 0,
  });
  // The callback takes the caller's own entry: same place, same time.
  const place = state.waiting.indexOf(callId);
  if (place >= 0) state.waiting[place] = callbackId;
  else reinsert(state, state.callbacks.get(callbackId)!);
}

export function evolveCallback(state: WorkspaceState, event: CallbackEvent, at: number): WorkspaceState {
  // Callbacks take, leave and rejoin places in the waiting list: its counts per pool are counted again.
  forgetWaiting(state);
  if (event.type === 'callback.prompted' || event.type === 'callback.entering') {
    const call = state.calls.get(event.callId);
    if (!call) return state;
    if (event.type === 'callback.prompted') call.callbackPrompted = true;
    else call.callbackEntry = event.digits;
    return state;
  }
  if (event.type === 'callback.requested') {
    requested(state, event, at);
    return state;
  }
  const callback = state.callbacks.get(event.callbackId);
  if (!callback) return state;
  switch (event.type) {
    case 'callback.offered': {
      unwait(state, callback.id);
      callback.status = 'offered';
      callback.userId = event.userId;
      const user = state.users[event.userId];
      if (user) user.ringingLegs += 1;
      break;
    }
    case 'callback.returned':
      release(state, callback);
      callback.status = 'waiting';
      callback.userId = undefined;
      reinsert(state, callback);
      break;
    case 'callback.dialing':
      release(state, callback);
      unwait(state, callback.id);
      callback.status = 'dialing';
      callback.userId = event.userId;
      callback.placedCallId = event.callId;
      callback.attempts = event.attempt;
      break;
    case 'callback.retry_scheduled':
      callback.status = 'retry';
      callback.retryAt = event.at;
      callback.userId = undefined;
      callback.placedCallId = undefined;
      break;
    case 'callback.requeued':
      callback.status = 'waiting';
      callback.retryAt = undefined;
      reinsert(state, callback);
      break;
    case 'callback.finished':
      release(state, callback);
      unwait(state, callback.id);
      state.callbacks.delete(callback.id);
      break;
  }
  return state;
}

/** The agents whose availability a callback event changes (read before it applies). */
export function callbackTouched(state: WorkspaceState, event: Event): string[] | undefined {
  const callbackId = (event as { callbackId?: unknown }).callbackId;
  if (typeof callbackId !== 'string') return undefined;
  const userIds = [(event as { userId?: string }).userId, state.callbacks.get(callbackId)?.userId];
  const touched = userIds.filter((id): id is string => typeof id === 'string');
  return touched.length > 0 ? [...new Set(touched)] : undefined;
}
