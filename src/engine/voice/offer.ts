import { routingIndex, type VoicePool, voicePool } from '../routing/availability.ts';
import { groupPoolKey, numberPoolKey } from '../routing/pool-index.ts';
import { narrowedCursor, type Qualified, qualifiedVoicePool } from '../routing/qualified.ts';
import { callSkills, explainSkills, type SkillsNow } from '../routing/requirements.ts';
import type { Strategy } from '../routing/strategy.ts';
import { explanationOf, pickVoice, type VoicePick, type VoicePickRequest } from '../routing/voice-pick.ts';
import type { PhoneNumber, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { type Call, nextLegId, type Offering, type Pool } from './call.ts';
import { ringTimerId } from './timers.ts';

export { unavailableReason } from '../routing/unavailable.ts';

/** V6: "agents offline" means no user of the pool is online at all (busy agents are still online). */
export const anyOnline = (state: WorkspaceState, userIds: string[]) =>
  userIds.some((userId) => state.users[userId]?.presence === 'online');

/** The same string as `${kind}:${id}`, made once per number or group rather than per decision. */
export const rotationKey = (pool: Pool) =>
  pool.kind === 'number'
    ? numberPoolKey(pool.id)
    : pool.kind === 'group'
      ? groupPoolKey(pool.id)
      : `${pool.kind}:${pool.id}`;

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

/**
 * The pool's availability index; a single user (V9 direct routing) gets a one-member one.
 * With skills required (R1), the index of its qualified members only.
 */
function poolRouting(
  state: WorkspaceState,
  number: PhoneNumber,
  pool: Pool,
  skills: SkillsNow,
): Qualified<VoicePool> {
  const index = routingIndex(state);
  if (pool.kind === 'user') {
    const single = voicePool(state, index, [pool.id]);
    return { pool: single, unqualified: 0 };
  }
  const key =
    pool.kind === 'group' && state.groups[pool.id] ? groupPoolKey(pool.id) : numberPoolKey(number.id);
  return qualifiedVoicePool(state, index, key, wholePool(state, number, pool), skills.required);
}

/**
 * The members of a pool, in order, with O(1) membership (see pool-index.ts). A class rather
 * than a literal with an arrow: asked for on every offer and per waiting call served, and a
 * bundle keeping names (tsx, scripts/bundle.mjs) names each new closure with defineProperty.
 */
export class PoolMembers {
  constructor(
    readonly ids: string[],
    /** The one member of a single user's pool (V9), or the pool's positions by user. */
    private readonly positions: string | Readonly<Record<string, number>>,
  ) {}

  positionOf(userId: string): number | undefined {
    const positions = this.positions;
    if (typeof positions === 'string') return userId === positions ? 0 : undefined;
    return positions[userId];
  }
}

const noPositions: Readonly<Record<string, number>> = Object.freeze(Object.create(null));

/** The members of a pool with O(1) membership (pool-index.ts). */
export function poolMembers(state: WorkspaceState, number: PhoneNumber, pool: Pool): PoolMembers {
  const ids = poolSpec(state, number, pool).members;
  if (pool.kind === 'user') return new PoolMembers(ids, pool.id);
  const key = pool.kind === 'group' ? groupPoolKey(pool.id) : numberPoolKey(pool.id);
  return new PoolMembers(ids, state.poolIndex[key] ?? noPositions);
}

/**
 * The first member who may take the call by the pool's strategy (all of them, up to
 * ringAllMax, for simultaneous), read from the availability index, with why the members
 * looked at on the way were passed over.
 */
const noneTried: readonly string[] = [];

/** One request, filled in by each decision (a decision allocates nothing it does not keep). */
const request: VoicePickRequest = {
  pool: undefined as unknown as VoicePool,
  strategy: 'sequential',
  lastPosition: -1,
  seed: 0,
  ringAll: false,
  tried: noneTried,
  assignedTo: '',
};

export function pick(
  state: WorkspaceState,
  number: PhoneNumber,
  offering: Offering,
  seed: number,
  skills: SkillsNow,
): VoicePick & { unqualified: number } {
  const { pool } = offering;
  // The number's own pool holds only its assigned users: no look-up per member needed.
  const ownPool = pool.kind === 'number' && pool.id === number.id;
  const assigned = ownPool ? undefined : assignedTo(state, number);
  // Most decisions require no skill and go to a number's or group's pool: read it straight from the index.
  const routing =
    skills.required.length === 0 && pool.kind !== 'user'
      ? undefined
      : poolRouting(state, number, pool, skills);
  request.pool = routing?.pool ?? wholePool(state, number, pool);
  request.strategy = offering.strategy;
  request.lastPosition = narrowedCursor(routing?.fullPosition, state.rotation[rotationKey(pool)] ?? -1);
  request.seed = seed;
  request.ringAll = offering.ringAll;
  request.tried = offering.tried;
  request.assigned = assigned;
  request.assignedTo = number.e164;
  const picked = pickVoice(request);
  request.tried = noneTried;
  // Written into the reused pick rather than spread into a copy: this runs for every routing decision.
  picked.unqualified = routing?.unqualified ?? 0;
  // A qualified part's position, as the whole pool's (where round-robin cursors live).
  if (routing?.fullPosition && picked.position !== -1)
    picked.position = routing.fullPosition[picked.position]!;
  return picked;
}

/** A number's or group's whole pool, as the index keeps it (an empty one if it has none). */
function wholePool(state: WorkspaceState, number: PhoneNumber, pool: Pool) {
  const index = routingIndex(state);
  const key =
    pool.kind === 'group' && state.groups[pool.id] ? groupPoolKey(pool.id) : numberPoolKey(number.id);
  return index.voice.get(key) ?? voicePool(state, index, []);
}

/** W8: membership of the number's assigned users, for a pool that is not the number's own. */
function assignedTo(state: WorkspaceState, number: PhoneNumber): (userId: string) => boolean {
  const assigned = state.poolIndex[numberPoolKey(number.id)] ?? {};
  return (userId) => assigned[userId] !== undefined;
}

function ring(tx: Tx, callId: string, userIds: string[], offering: Offering): void {
  const number = tx.state.numbers[tx.state.calls.get(callId)!.numberId]!;
  const members = poolMembers(tx.state, number, offering.pool);
  for (const userId of userIds) {
    const position = members.positionOf(userId) ?? -1;
    tx.emit({
      type: 'call.leg_ringing',
      callId,
      legId: nextLegId(tx.state.calls.get(callId)!),
      userId,
      position,
    });
  }
  tx.setTimer(ringTimerId(callId), tx.now + offering.ringTimeoutMs, { type: 'call.ring_timeout', callId });
}

/** A fresh offering to a pool, by the strategy and ring time the number sets for it. */
export function newOffering(pool: Pool, spec: PoolSpec): Offering {
  return {
    pool,
    strategy: spec.strategy,
    tried: [],
    ringAll: spec.strategy === 'simultaneous',
    ringTimeoutMs: spec.ringTimeoutSec * 1000,
  };
}

/**
 * A waiting call is taken out of the queue and offered when someone of its pool could take it
 * now (with the skills its wait requires by now); false, and it waits on, when nobody could.
 */
export function offerWaitingCall(tx: Tx, call: Call, pool: Pool, skills: SkillsNow): boolean {
  const number = tx.state.numbers[call.numberId];
  if (!number) return false;
  const offering: Offering = { pool, strategy: 'sequential', tried: [], ringAll: false, ringTimeoutMs: 0 };
  if (pick(tx.state, number, offering, tx.state.rng, skills).chosen.length === 0) return false;
  tx.emit({ type: 'call.dequeued', callId: call.id, reason: 'offered' });
  offerToPool(tx, tx.state.calls.get(call.id)!, pool);
  return true;
}

/**
 * Offers the call to a pool by its strategy and records why (explainable routing).
 * Returns false if nobody in the pool can be offered it now.
 */
export function offerToPool(tx: Tx, call: Call, pool: Pool): boolean {
  const number = tx.state.numbers[call.numberId]!;
  const spec = poolSpec(tx.state, number, pool);
  const offering = newOffering(pool, spec);
  const skills = callSkills(tx.state, call, pool, tx.now);
  const picked = pick(tx.state, number, offering, tx.state.rng, skills);
  const explained = explainSkills(skills, picked.unqualified);
  // Usually nobody is left unlisted and no skill is required: a plain literal then, since
  // spreading in a literal makes V8 build the event by a slow copy (same keys, same order).
  tx.emit(
    picked.unlisted === 0 && !explained
      ? {
          type: 'call.routed',
          callId: call.id,
          pool,
          strategy: spec.strategy,
          poolSize: spec.members.length,
          candidates: explanationOf(picked),
          offering,
          seed: picked.seed,
        }
      : {
          type: 'call.routed',
          callId: call.id,
          pool,
          strategy: spec.strategy,
          poolSize: spec.members.length,
          candidates: explanationOf(picked),
          ...(picked.unlisted > 0 ? { unlisted: picked.unlisted } : {}),
          offering,
          seed: picked.seed,
          ...(explained ? { skills: explained } : {}),
        },
  );
  if (picked.chosen.length === 0) return false;
  ring(tx, call.id, picked.chosen, offering);
  return true;
}

/**
 * After an offer rang out or was declined: the next member by the strategy, skipping those
 * already offered this call. Returns false when nobody is left (simultaneous rings once).
 */
export function ringNext(tx: Tx, callId: string): boolean {
  const call = tx.state.calls.get(callId);
  const offering = call?.offering;
  const number = call && tx.state.numbers[call.numberId];
  if (!offering || !number || offering.ringAll) return false;
  const skills = callSkills(tx.state, call, offering.pool, tx.now);
  const picked = pick(tx.state, number, offering, tx.state.rng, skills);
  for (const skipped of picked.examined.filter((candidate) => !candidate.offered))
    tx.emit({ type: 'call.offer_skipped', callId, userId: skipped.userId, reason: skipped.reason });
  if (picked.seed !== tx.state.rng) tx.emit({ type: 'call.rng_advanced', callId, seed: picked.seed });
  if (picked.chosen.length === 0) return false;
  ring(tx, callId, picked.chosen, offering);
  return true;
}
