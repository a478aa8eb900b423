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

/** A placed call's customer answered: its callback is connected. */
function connectedCallback(tx: Tx, callId: string): void {
  const callback = callbackOfCall(tx, callId);
  if (callback)
    tx.emit({ type: 'callback.connected', callbackId: callback.id, callId, userId: callback.userId });
}

/**
 * What callbacks follow from a decision's events (R3): a caller who starts waiting is told
 * of the option, a placed call's answer or end settles its callback, an agent who stops
 * being available gives back the callback offered to them.
 */
export function followCallbacks(tx: Tx): void {
  for (let index = 0; index < tx.events.length; index += 1) {
    // By the types beside the events (Tx.types): reading each event's type is a generic look-up.
    switch (tx.types[index]) {
      case 'call.queued':
        promptWaitingCaller(tx, tx.eventOf(index, 'call.queued').callId);
        break;
      case 'call.ended':
        placedCallEnded(tx, tx.eventOf(index, 'call.ended'));
        break;
      case 'call.leg_answered': {
        const event = tx.eventOf(index, 'call.leg_answered');
        if (event.userId === undefined) connectedCallback(tx, event.callId);
        break;
      }
      case 'presence.changed': {
        const event = tx.eventOf(index, 'presence.changed');
        if (event.to !== 'online')
          for (const callback of [...tx.state.callbacks.values()])
            if (callback.status === 'offered' && callback.userId === event.userId)
              returnCallback(tx, callback, 'agent_unavailable');
        break;
      }
    }
  }
}
