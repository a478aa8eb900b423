import type { Callback } from '../../engine/callback/callback.ts';
import type { WorkspaceState } from '../../engine/state.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** R3: a callback as the API shows it; its place in the waiting list counts from 1 while it waits. */
export function callbackView(state: WorkspaceState, callback: Callback) {
  const place = state.waiting.indexOf(callback.id);
  return {
    callbackId: callback.id,
    callId: callback.callId,
    numberId: callback.numberId,
    to: callback.to,
    status: callback.status,
    ...(place >= 0 ? { position: place + 1 } : {}),
    queuedAt: iso(callback.queuedAt),
    requestedAt: iso(callback.requestedAt),
    attempts: callback.attempts,
    ...(callback.userId ? { userId: callback.userId } : {}),
    ...(callback.placedCallId ? { placedCallId: callback.placedCallId } : {}),
    ...(callback.retryAt !== undefined ? { retryAt: iso(callback.retryAt) } : {}),
  };
}
