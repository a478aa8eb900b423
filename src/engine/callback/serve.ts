import { conflict } from '../../domain/errors.ts';
import { numberPoolKey } from '../routing/pool-index.ts';
import type { Tx } from '../tx.ts';
import { forwardRefusal } from '../voice/forward.ts';
import { poolMembers, unavailableReason } from '../voice/offer.ts';
import { outboundRingMs } from '../voice/outbound.ts';
import { ringTimerId } from '../voice/timers.ts';
import { type Callback, offerTimerId, placedCallIdOf } from './callback.ts';

/** Why the callback cannot be placed now (the number's balance or licence), if it cannot. */
function placeRefusal(tx: Tx, callback: Callback): string | undefined {
  const number = tx.state.numbers[callback.numberId];
  if (!number) return `number ${callback.numberId} no longer exists`;
  return forwardRefusal(tx.state, number, callback.to);
}

/** Agents among `available` who may take this callback: members of its pool, assigned to its number. */
export function eligibleFor(tx: Tx, callback: Callback, available: string[]): string[] {
  const number = tx.state.numbers[callback.numberId];
  if (!number) return [];
  const members = poolMembers(tx.state, number, callback.pool);
  const assigned = tx.state.poolIndex[numberPoolKey(number.id)] ?? {};
  return available.filter(
    (userId) => members.positionOf(userId) !== undefined && assigned[userId] !== undefined,
  );
}

/** The pool's members who could take an offer now (a retry comes back, an agent declined). */
export function availableMembers(tx: Tx, callback: Callback, except?: string): string[] {
  const number = tx.state.numbers[callback.numberId];
  if (!number) return [];
  const members = poolMembers(tx.state, number, callback.pool).ids;
  return members.filter(
    (userId) => userId !== except && unavailableReason(tx.state.users[userId]) === undefined,
  );
}

/**
 * The callback reached the front and `available` agents are free: the first of them who
 * may take it gets it (agent_first: an offer to accept; auto: the call is placed at once).
 * Returns false when none may, or the call could not be paid for: it keeps its place.
 */
export function serveCallback(tx: Tx, callbackId: string, available: string[]): boolean {
  const callback = tx.state.callbacks.get(callbackId);
  if (callback?.status !== 'waiting') return false;
  const userId = eligibleFor(tx, callback, available)[0];
  if (!userId || placeRefusal(tx, callback)) return false;
  const settings = tx.state.numbers[callback.numberId]!.settings;
  const mode = settings.callback?.mode ?? 'agent_first';
  tx.emit({ type: 'callback.offered', callbackId, userId, mode });
  if (mode === 'auto') {
    placeCallback(tx, tx.state.callbacks.get(callbackId)!);
    return true;
  }
  tx.setTimer(offerTimerId(callbackId), tx.now + settings.ringTimeoutSec * 1000, {
    type: 'callback.offer_timeout',
    callbackId,
  });
  return true;
}

/** The call to the customer, with the agent already on the line (they hear it ring). */
export function placeCallback(tx: Tx, callback: Callback): void {
  const refusal = placeRefusal(tx, callback);
  if (refusal) throw conflict(`the callback cannot be placed now: ${refusal}`, 'callbackId');
  const number = tx.state.numbers[callback.numberId]!;
  const userId = callback.userId!;
  const callId = placedCallIdOf(callback);
  tx.clearTimer(offerTimerId(callback.id));
  tx.emit({
    type: 'callback.dialing',
    callbackId: callback.id,
    userId,
    callId,
    attempt: callback.attempts + 1,
  });
  tx.emit({
    type: 'call.placed',
    callId,
    numberId: number.id,
    from: number.e164,
    to: callback.to,
    userId,
    agentLegId: `${callId}.0`,
    customerLegId: `${callId}.1`,
  });
  tx.setTimer(ringTimerId(callId), tx.now + outboundRingMs, { type: 'call.ring_timeout', callId });
}
