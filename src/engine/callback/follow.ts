import type { Event } from '../events.ts';
import type { Tx } from '../tx.ts';
import { callbackIdOfPlaced, retryTimerId } from './callback.ts';
import { returnCallback } from './decide.ts';
import { promptWaitingCaller } from './request.ts';

/** The callback a placed call belongs to (its id is the callback's plus the attempt). */
function callbackOfCall(tx: Tx, callId: string) {
  const callbackId = callbackIdOfPlaced(callId);
  const callback = callbackId === undefined ? undefined : tx.state.callbacks.get(callbackId);
  return callback?.placedCallId === callId ? callback : undefined;
}

/** The placed call ended: answered, or tried again after a delay, or out of attempts. */
function placedCallEnded(tx: Tx, event: Extract<Event, { type: 'call.ended' }>): void {
  const callback = callbackOfCall(tx, event.callId);
  if (callback?.status !== 'dialing') return;
  const callbackId = callback.id;
  const userId = callback.userId;
  if (event.outcome === 'answered')
    return tx.emit({
      type: 'callback.finished',
      callbackId,
      outcome: 'answered',
      ...(userId ? { userId } : {}),
    });
  const settings = tx.state.numbers[callback.numberId]?.settings.callback;
  const retries = settings?.retries ?? 0;
  if (callback.attempts > retries)
    return tx.emit({ type: 'callback.finished', callbackId, outcome: 'no_answer' });
  const at = tx.now + (settings?.retryDelaySec ?? 300) * 1000;
  tx.emit({ type: 'callback.retry_scheduled', callbackId, at, attempt: callback.attempts + 1 });
  tx.setTimer(retryTimerId(callbackId), at, { type: 'callback.retry', callbackId });
}

/**
 * What callbacks follow from a decision's events (R3): a caller who starts waiting is told
 * of the option, a placed call's answer or end settles its callback, an agent who stops
 * being available gives back the callback offered to them.
 */
export function followCallbacks(tx: Tx): void {
  for (let index = 0; index < tx.events.length; index += 1) {
    const event = tx.events[index]!;
    if (event.type === 'call.queued') promptWaitingCaller(tx, event.callId);
    else if (event.type === 'call.ended') placedCallEnded(tx, event);
    else if (event.type === 'call.leg_answered' && event.userId === undefined) {
      const callback = callbackOfCall(tx, event.callId);
      if (callback)
        tx.emit({
          type: 'callback.connected',
          callbackId: callback.id,
          callId: event.callId,
          userId: callback.userId,
        });
    } else if (event.type === 'presence.changed' && event.to !== 'online')
      for (const callback of [...tx.state.callbacks.values()])
        if (callback.status === 'offered' && callback.userId === event.userId)
          returnCallback(tx, callback, 'agent_unavailable');
  }
}
