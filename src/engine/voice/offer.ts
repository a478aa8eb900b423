import { takesNewWork } from '../../domain/presence.ts';
import { type Candidate, orderCandidates } from '../routing/strategy.ts';
import type { PhoneNumber, User, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { type Call, nextLegId, ringingLegs } from './call.ts';
import type { CandidateExplanation } from './events.ts';
import { ringTimerId } from './timers.ts';

/** Why a user cannot be offered a call now; undefined means they can (V5's eligibility rule). */
export function unavailableReason(user: User | undefined): string | undefined {
  if (!user) return 'no longer a user';
  if (!takesNewWork(user.presence)) return `presence is ${user.presence}`;
  if (user.ringingLegs > 0) return 'already ringing for another call';
  const busy = user.ringingLegs + user.connectedLegs;
  if (busy >= user.capacity.voice) return `voice capacity ${busy}/${user.capacity.voice} is full`;
  return undefined;
}

/** V6: "agents offline" means no assigned user is online at all (busy agents are still online). */
export const anyAssignedOnline = (state: WorkspaceState, number: PhoneNumber) =>
  number.assignedUserIds.some((userId) => state.users[userId]?.presence === 'online');

export const rotationKey = (numberId: string) => `number:${numberId}`;

/**
 * Offers the call to the number's available agents in the order its strategy gives, and
 * records why each assigned user was or was not considered. Returns false if nobody can
 * be offered it.
 */
export function offerCall(tx: Tx, call: Call, number: PhoneNumber): boolean {
  const state = tx.state;
  const explanations: CandidateExplanation[] = [];
  const candidates: Candidate[] = [];
  number.assignedUserIds.forEach((userId, position) => {
    const user = state.users[userId];
    const reason = unavailableReason(user);
    explanations.push({ userId, offered: reason === undefined, reason: reason ?? 'available' });
    if (user && reason === undefined)
      candidates.push({ userId, position, lastAnsweredAt: user.lastAnsweredAt, openSessions: user.ringingLegs + user.connectedLegs });
  });
  const { strategy, ringTimeoutSec } = number.settings;
  const ordering = orderCandidates(strategy, candidates, {
    seed: state.rng,
    lastPosition: state.rotation[rotationKey(number.id)] ?? -1,
  });
  const offering = {
    strategy,
    order: ordering.order,
    next: 0,
    ringAll: ordering.ringAll,
    ringTimeoutMs: ringTimeoutSec * 1000,
  };
  tx.emit({
    type: 'call.routed',
    callId: call.id,
    strategy,
    candidates: explanations,
    ...(ordering.order.length > 0 ? { offering } : {}),
    seed: ordering.seed,
  });
  if (ordering.order.length === 0) return false;
  return ringNext(tx, call.id);
}

/**
 * Rings the next agents of the offering (all of them for simultaneous), skipping anyone
 * who became unavailable since the order was made. Returns false when the order is spent.
 */
export function ringNext(tx: Tx, callId: string): boolean {
  const call = tx.state.calls[callId];
  const offering = call?.offering;
  if (!call || !offering) return false;
  const number = tx.state.numbers[call.numberId];
  let rang = false;
  while (offering.next < offering.order.length && (!rang || offering.ringAll)) {
    const userId = offering.order[tx.state.calls[callId]!.offering!.next]!;
    const reason = unavailableReason(tx.state.users[userId]);
    if (reason) {
      tx.emit({ type: 'call.offer_skipped', callId, userId, reason });
      continue;
    }
    const position = number ? number.assignedUserIds.indexOf(userId) : -1;
    tx.emit({ type: 'call.leg_ringing', callId, legId: nextLegId(tx.state.calls[callId]!), userId, position });
    rang = true;
  }
  if (rang) tx.setTimer(ringTimerId(callId), tx.now + offering.ringTimeoutMs, { type: 'call.ring_timeout', callId });
  return rang;
}

/** True while any leg of the call still rings. */
export const stillRinging = (call: Call) => ringingLegs(call).length > 0;
