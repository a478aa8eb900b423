import { takesNewWork } from '../../domain/presence.ts';
import { type Candidate, orderCandidates, type Strategy } from '../routing/strategy.ts';
import type { PhoneNumber, User, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { type Call, nextLegId, type Pool } from './call.ts';
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

/** V6: "agents offline" means no user of the pool is online at all (busy agents are still online). */
export const anyOnline = (state: WorkspaceState, userIds: string[]) =>
  userIds.some((userId) => state.users[userId]?.presence === 'online');

export const rotationKey = (pool: Pool) => `${pool.kind}:${pool.id}`;

interface PoolSpec {
  members: string[];
  strategy: Strategy;
  ringTimeoutSec: number;
}

/** Who is in a pool, in its order, and how it rings. */
export function poolSpec(state: WorkspaceState, number: PhoneNumber, pool: Pool): PoolSpec {
  if (pool.kind === 'group') {
    const group = state.groups[pool.id];
    if (group)
      return { members: group.memberIds, strategy: group.strategy, ringTimeoutSec: group.ringTimeoutSec };
  }
  if (pool.kind === 'user')
    return { members: [pool.id], strategy: 'sequential', ringTimeoutSec: number.settings.ringTimeoutSec };
  return {
    members: number.assignedUserIds,
    strategy: number.settings.strategy,
    ringTimeoutSec: number.settings.ringTimeoutSec,
  };
}

function explain(state: WorkspaceState, number: PhoneNumber, userId: string): string | undefined {
  // W8: only users assigned to a number receive calls on it, whatever group they are in.
  if (!number.assignedUserIds.includes(userId)) return `not assigned to ${number.e164}`;
  return unavailableReason(state.users[userId]);
}

/**
 * Offers the call to a pool's available agents in the order its strategy gives, and
 * records why each member was or was not considered. Returns false if nobody can take it.
 */
export function offerToPool(tx: Tx, call: Call, pool: Pool): boolean {
  const state = tx.state;
  const number = state.numbers[call.numberId]!;
  const spec = poolSpec(state, number, pool);
  const explanations: CandidateExplanation[] = [];
  const candidates: Candidate[] = [];
  spec.members.forEach((userId, position) => {
    const user = state.users[userId];
    const reason = explain(state, number, userId);
    explanations.push({ userId, offered: reason === undefined, reason: reason ?? 'available' });
    if (user && reason === undefined)
      candidates.push({
        userId,
        position,
        lastAnsweredAt: user.lastAnsweredAt,
        openSessions: user.ringingLegs + user.connectedLegs,
      });
  });
  const ordering = orderCandidates(spec.strategy, candidates, {
    seed: state.rng,
    lastPosition: state.rotation[rotationKey(pool)] ?? -1,
  });
  const offering = {
    pool,
    strategy: spec.strategy,
    order: ordering.order,
    next: 0,
    ringAll: ordering.ringAll,
    ringTimeoutMs: spec.ringTimeoutSec * 1000,
  };
  tx.emit({
    type: 'call.routed',
    callId: call.id,
    pool,
    strategy: spec.strategy,
    candidates: explanations,
    offering,
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
  const offering = tx.state.calls[callId]?.offering;
  if (!offering) return false;
  const number = tx.state.numbers[tx.state.calls[callId]!.numberId];
  const members = number ? poolSpec(tx.state, number, offering.pool).members : [];
  let rang = false;
  while (offering.next < offering.order.length && (!rang || offering.ringAll)) {
    const userId = offering.order[offering.next]!;
    const reason = unavailableReason(tx.state.users[userId]);
    if (reason) {
      tx.emit({ type: 'call.offer_skipped', callId, userId, reason });
      continue;
    }
    const position = members.indexOf(userId);
    tx.emit({
      type: 'call.leg_ringing',
      callId,
      legId: nextLegId(tx.state.calls[callId]!),
      userId,
      position,
    });
    rang = true;
  }
  if (rang)
    tx.setTimer(ringTimerId(callId), tx.now + offering.ringTimeoutMs, { type: 'call.ring_timeout', callId });
  return rang;
}
