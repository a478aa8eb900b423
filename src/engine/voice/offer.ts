import { takesNewWork } from '../../domain/presence.ts';
import { membersByStrategy, type PoolMembers } from '../routing/pick.ts';
import { groupPoolKey, numberPoolKey } from '../routing/pool-index.ts';
import type { Strategy } from '../routing/strategy.ts';
import type { PhoneNumber, User, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { type Call, nextLegId, type Offering, type Pool } from './call.ts';
import type { CandidateExplanation } from './events.ts';
import { ringTimerId } from './timers.ts';

/** unavailableReason(user) === undefined, without building the reason: routing asks it of thousands. */
export function canTakeCall(user: User | undefined): boolean {
  return (
    user !== undefined &&
    takesNewWork(user.presence) &&
    user.ringingLegs === 0 &&
    user.connectedLegs < user.capacity.voice
  );
}

/** Why a user cannot be offered a call now; undefined means they can (V5's eligibility rule). */
export function unavailableReason(user: User | undefined): string | undefined {
  if (!user) return 'no longer a user';
  if (!takesNewWork(user.presence)) return `presence is ${user.presence}`;
  if (user.sipDevice === 'none') return 'no registered device';
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

/** simultaneous rings at most this many agents at once: ringing a whole floor for one caller helps nobody. */
export const ringAllMax = 100;

/** How many members' reasons a routing event lists; the rest are counted, so events stay small. */
const listedMax = 20;

interface Pick {
  chosen: string[];
  examined: CandidateExplanation[];
  unlisted: number;
  seed: number;
}

/** The members of a pool with O(1) membership (pool-index.ts). */
export function poolMembers(state: WorkspaceState, number: PhoneNumber, pool: Pool): PoolMembers {
  const ids = poolSpec(state, number, pool).members;
  if (pool.kind === 'user') return { ids, positionOf: (userId) => (userId === pool.id ? 0 : undefined) };
  const key = pool.kind === 'group' ? groupPoolKey(pool.id) : numberPoolKey(pool.id);
  const index = state.poolIndex[key] ?? {};
  return { ids, positionOf: (userId) => index[userId] };
}

/**
 * Walks the pool in the strategy's order and stops at the first member who may take the
 * call (all of them for simultaneous), explaining each member looked at on the way.
 */
function pick(state: WorkspaceState, number: PhoneNumber, offering: Offering, seed: number): Pick {
  const members = poolMembers(state, number, offering.pool);
  const assigned = state.poolIndex[numberPoolKey(number.id)] ?? {};
  const context = { state, members, lastPosition: state.rotation[rotationKey(offering.pool)] ?? -1, seed };
  const seen = new Set(offering.tried);
  // Only random probes may repeat a member; the other orders name each once.
  const repeats = offering.strategy === 'random';
  const result: Pick = { chosen: [], examined: [], unlisted: 0, seed };
  for (const userId of membersByStrategy(offering.strategy, context)) {
    if (seen.has(userId)) continue;
    if (repeats) seen.add(userId);
    if (result.examined.length >= listedMax) {
      // Past the listed members only availability matters: no reason text for each of thousands.
      result.unlisted += 1;
      if (assigned[userId] === undefined || !canTakeCall(state.users[userId])) continue;
      result.chosen.push(userId);
      if (!offering.ringAll || result.chosen.length >= ringAllMax) break;
      continue;
    }
    // W8: only users assigned to a number receive calls on it, whatever group they are in.
    const reason =
      assigned[userId] === undefined
        ? `not assigned to ${number.e164}`
        : unavailableReason(state.users[userId]);
    result.examined.push({ userId, offered: !reason, reason: reason ?? 'available' });
    if (reason) continue;
    result.chosen.push(userId);
    if (!offering.ringAll || result.chosen.length >= ringAllMax) break;
  }
  result.seed = context.seed;
  return result;
}

function ring(tx: Tx, callId: string, userIds: string[], offering: Offering): void {
  const number = tx.state.numbers[tx.state.calls[callId]!.numberId]!;
  const members = poolMembers(tx.state, number, offering.pool);
  for (const userId of userIds) {
    const position = members.positionOf(userId) ?? -1;
    tx.emit({
      type: 'call.leg_ringing',
      callId,
      legId: nextLegId(tx.state.calls[callId]!),
      userId,
      position,
    });
  }
  tx.setTimer(ringTimerId(callId), tx.now + offering.ringTimeoutMs, { type: 'call.ring_timeout', callId });
}

/**
 * Offers the call to a pool by its strategy and records why (explainable routing).
 * Returns false if nobody in the pool can be offered it now.
 */
export function offerToPool(tx: Tx, call: Call, pool: Pool): boolean {
  const number = tx.state.numbers[call.numberId]!;
  const spec = poolSpec(tx.state, number, pool);
  const offering: Offering = {
    pool,
    strategy: spec.strategy,
    tried: [],
    ringAll: spec.strategy === 'simultaneous',
    ringTimeoutMs: spec.ringTimeoutSec * 1000,
  };
  const picked = pick(tx.state, number, offering, tx.state.rng);
  tx.emit({
    type: 'call.routed',
    callId: call.id,
    pool,
    strategy: spec.strategy,
    poolSize: spec.members.length,
    candidates: picked.examined,
    ...(picked.unlisted > 0 ? { unlisted: picked.unlisted } : {}),
    offering,
    seed: picked.seed,
  });
  if (picked.chosen.length === 0) return false;
  ring(tx, call.id, picked.chosen, offering);
  return true;
}

/**
 * After an offer rang out or was declined: the next member by the strategy, skipping those
 * already offered this call. Returns false when nobody is left (simultaneous rings once).
 */
export function ringNext(tx: Tx, callId: string): boolean {
  const call = tx.state.calls[callId];
  const offering = call?.offering;
  const number = call && tx.state.numbers[call.numberId];
  if (!offering || !number || offering.ringAll) return false;
  const picked = pick(tx.state, number, offering, tx.state.rng);
  for (const skipped of picked.examined.filter((candidate) => !candidate.offered))
    tx.emit({ type: 'call.offer_skipped', callId, userId: skipped.userId, reason: skipped.reason });
  if (picked.seed !== tx.state.rng) tx.emit({ type: 'call.rng_advanced', callId, seed: picked.seed });
  if (picked.chosen.length === 0) return false;
  ring(tx, callId, picked.chosen, offering);
  return true;
}
