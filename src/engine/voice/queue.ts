import { serveCallback } from '../callback/serve.ts';
import { numberPoolKey } from '../routing/pool-index.ts';
import { callSkills } from '../routing/requirements.ts';
import { qualifies } from '../routing/skills.ts';
import type { PhoneNumber } from '../state.ts';
import type { Tx } from '../tx.ts';
import type { Call, Pool } from './call.ts';
import {
  anyOnline,
  offerToPool,
  offerWaitingCall,
  poolMembers,
  poolSpec,
  unavailableReason,
} from './offer.ts';
import { onePriority } from './queue-priority.ts';
import { queueTimerId } from './timers.ts';
import { waitingSince } from './waiting.ts';
import { waitingFor } from './waiting-counts.ts';

const samePool = (a: Pool | undefined, b: Pool) => a !== undefined && a.kind === b.kind && a.id === b.id;

/**
 * The caller waits, with hold music, for an agent of the pool to free up. Returns false
 * when the number has no queue, the queue is full, or the caller already waited the maximum.
 */
export function waitInQueue(tx: Tx, callId: string, pool: Pool): boolean {
  const call = tx.state.calls.get(callId);
  const number = call && tx.state.numbers[call.numberId];
  if (!call || !number || pool.kind === 'user') return false;
  const { enabled, maxLength, maxWaitSec } = number.settings.queue;
  if (!enabled) return false;
  const deadline = (call.queuedAt ?? tx.now) + maxWaitSec * 1000;
  if (tx.now >= deadline) return false;
  const ahead = waitingAhead(tx, callId, pool, maxLength);
  if (ahead >= maxLength) return false;
  // Only a call queued before can have its queue timer (set here, after call.queued set queuedAt):
  // a first-time caller needs no timer id built and looked up.
  const queuedBefore = call.queuedAt !== undefined;
  tx.emit({ type: 'call.queued', callId, pool, position: ahead + 1 });
  if (!queuedBefore || !tx.state.timers.has(queueTimerId(callId)))
    tx.setTimer(queueTimerId(callId), deadline, { type: 'call.queue_timeout', callId });
  return true;
}

/**
 * Issue 21 item 5 (R3 fairness): a caller who already waited in the queue and was offered to
 * agents who did not answer goes back to their own place in it (see call.queued in
 * evolve.ts), not to the no-answer fallback — while the queue's maximum wait lasts and
 * someone of the pool is online. Returns false otherwise: the fallback runs as before.
 */
export function backToQueue(tx: Tx, call: Call): boolean {
  const pool = call.queuePool;
  const number = tx.state.numbers[call.numberId];
  // A held call ringing back its transfer's initiator is theirs: not put back among waiting callers.
  if (call.queuedAt === undefined || !pool || !number || call.forwarded || call.held) return false;
  if (!anyOnline(tx.state, poolSpec(tx.state, number, pool).members)) return false;
  return waitInQueue(tx, call.id, pool);
}

/**
 * Calls of the pool waiting ahead of this one, counted up to `limit` (a full queue needs no
 * more): everyone for a caller new to the queue; for one coming back, those who waited first.
 * R3: a waiting callback holds its caller's place, so it counts like a caller on the line.
 */
function waitingAhead(tx: Tx, callId: string, pool: Pool, limit: number): number {
  const since = tx.state.calls.get(callId)?.queuedAt;
  // New to the queue: not in the list (only call.queued puts a call there), so everyone of the pool is ahead.
  if (since === undefined && !tx.state.callbacks.has(callId))
    return Math.min(waitingFor(tx.state, pool), limit);
  let ahead = 0;
  for (const id of tx.state.waiting) {
    if (id === callId) continue;
    if (since !== undefined && waitingSince(tx.state, id) > since) continue;
    if (!samePool(tx.state.calls.get(id)?.queuePool ?? tx.state.callbacks.get(id)?.pool, pool)) continue;
    ahead += 1;
    if (ahead >= limit) break;
  }
  return ahead;
}

/**
 * Agents who may have room now because of these events. One who let a call ring out is
 * free again too: that call went on to its fallback, and a waiting caller should not
 * wait behind an idle agent (the missed-offer policy handles agents who are away).
 * Undefined when none: no set made for a decision that frees nobody (this runs after every one).
 */
export function freedAgents(tx: Tx): Set<string> | undefined {
  let freed: Set<string> | undefined;
  // By the types beside the events (Tx.types): reading each event's type is a generic look-up.
  for (let index = 0; index < tx.types.length; index += 1) {
    let userId: string | undefined;
    switch (tx.types[index]) {
      case 'call.leg_ended':
        userId = tx.eventOf(index, 'call.leg_ended').userId;
        break;
      // An agent with room for several calls may take another once this one stops ringing.
      case 'call.leg_answered':
        userId = tx.eventOf(index, 'call.leg_answered').userId;
        break;
      case 'presence.changed': {
        const event = tx.eventOf(index, 'presence.changed');
        if (event.to === 'online') userId = event.userId;
        break;
      }
      // R1: new skills may qualify an agent for a caller already waiting.
      case 'user.updated': {
        const event = tx.eventOf(index, 'user.updated');
        if (event.changes.capacity || event.changes.skills) userId = event.userId;
        break;
      }
      case 'wrap_up.ended': {
        const event = tx.eventOf(index, 'wrap_up.ended');
        if (event.channel === 'voice') userId = event.userId;
        break;
      }
    }
    if (userId) {
      freed ??= new Set();
      freed.add(userId);
    }
  }
  return freed;
}

/** The queue priority of a waiting call's (or callback's) number. */
function priorityOf(tx: Tx, callId: string): number {
  const numberId = tx.state.calls.get(callId)?.numberId ?? tx.state.callbacks.get(callId)?.numberId;
  return (numberId !== undefined && tx.state.numbers[numberId]?.settings.queue.priority) || 0;
}

/**
 * Waiting calls by their number's queue priority (highest first), then by arrival: the waiting
 * list itself when that is its order (the caller copies it before changing it), else a copy.
 */
function servingOrder(tx: Tx): readonly string[] {
  // Usually every number has the same queue priority: then arrival order is the order, with
  // no look-up per waiting call (the numbers are few, the waiting calls may be thousands).
  if (onePriority(tx.state.numbers)) return tx.state.waiting;
  const first = priorityOf(tx, tx.state.waiting[0]!);
  if (tx.state.waiting.every((callId) => priorityOf(tx, callId) === first)) return tx.state.waiting;
  const arrival = new Map(tx.state.waiting.map((callId, index) => [callId, index]));
  return [...tx.state.waiting].sort(
    (a, b) => priorityOf(tx, b) - priorityOf(tx, a) || arrival.get(a)! - arrival.get(b)!,
  );
}

const withArrived = (arrived: string | Set<string> | undefined, callId: string): string | Set<string> => {
  if (arrived === undefined) return callId;
  const set = typeof arrived === 'string' ? new Set([arrived]) : arrived;
  return set.add(callId);
};

const hasArrived = (arrived: string | Set<string> | undefined, callId: string): boolean =>
  typeof arrived === 'string' ? arrived === callId : arrived?.has(callId) === true;

/**
 * A caller this decision put back in the queue (the agents rung declined, rang out or went
 * away) is offered at once to anyone of the pool who is free: serveQueues hands waiting calls
 * only to the agents this decision freed, and one free since earlier would leave them waiting.
 * Anyone free was already offered every call waiting before, so this serves no one out of turn.
 */
export function offerRequeuedCalls(tx: Tx): void {
  // A call that arrived in this decision was queued because its routing found nobody just now
  // (usually the one call received, if any: a set is made only for a second).
  let arrived: string | Set<string> | undefined;
  const decided = tx.events.length;
  for (let index = 0; index < decided; index += 1) {
    const type = tx.types[index];
    if (type === 'call.received') arrived = withArrived(arrived, tx.eventOf(index, 'call.received').callId);
    if (type !== 'call.queued') continue;
    const callId = tx.eventOf(index, 'call.queued').callId;
    if (hasArrived(arrived, callId)) continue;
    const call = tx.state.calls.get(callId);
    if (call?.phase !== 'queued' || !call.queuePool) continue;
    offerWaitingCall(tx, call, call.queuePool, callSkills(tx.state, call, call.queuePool, tx.now));
  }
}

/**
 * The freed agents who can take a call now. A module function, not a closure made per call:
 * a bundle keeping names (tsx, scripts/bundle.mjs) names each new closure with defineProperty.
 */
function readyAgents(tx: Tx, freed: Set<string>): string[] {
  const ready: string[] = [];
  for (const userId of freed) if (unavailableReason(tx.state.users[userId]) === undefined) ready.push(userId);
  return ready;
}

/** Whether any of these agents may take this waiting call from its pool (R1: with the skills it needs by now). */
function anyEligible(tx: Tx, call: Call, number: PhoneNumber, pool: Pool, available: string[]): boolean {
  const members = poolMembers(tx.state, number, pool);
  const assigned = tx.state.poolIndex[numberPoolKey(number.id)];
  const { required } = callSkills(tx.state, call, pool, tx.now);
  for (const userId of available)
    if (
      members.positionOf(userId) !== undefined &&
      assigned?.[userId] !== undefined &&
      qualifies(tx.state.users[userId]?.skills, required)
    )
      return true;
  return false;
}

/** A freed agent takes the oldest waiting call (of the highest priority) of a pool they are in, at once. */
export function serveQueues(tx: Tx, freed: Set<string>): void {
  // Most freeing events (an answer, say) leave nobody ready: no need to order the queue for them.
  let available = readyAgents(tx, freed);
  if (available.length === 0) return;
  // The waiting list as it stands; copied (its rest) only before serving one changes it.
  let order = servingOrder(tx);
  let copied = order !== tx.state.waiting;
  for (let index = 0; index < order.length; index += 1) {
    const callId = order[index]!;
    // R3: a callback holds its caller's entry and is served in its turn.
    const callback = tx.state.callbacks.get(callId) !== undefined;
    const call = callback ? undefined : tx.state.calls.get(callId);
    const number = call && tx.state.numbers[call.numberId];
    if (
      !callback &&
      (!call?.queuePool || !number || !anyEligible(tx, call, number, call.queuePool, available))
    )
      continue;
    if (!copied) {
      order = order.slice(index);
      index = 0;
      copied = true;
    }
    if (callback) serveCallback(tx, callId, available);
    else {
      tx.emit({ type: 'call.dequeued', callId, reason: 'offered' });
      offerToPool(tx, call!, call!.queuePool!);
    }
    // Serving changed who is ready: asked again (nothing else here changes it).
    available = readyAgents(tx, freed);
    if (available.length === 0) return;
  }
}
