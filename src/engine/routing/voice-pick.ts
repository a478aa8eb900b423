import { nextRandom } from '../prng.ts';
import type { CandidateExplanation } from '../voice/events.ts';
import type { VoicePool } from './availability.ts';
import type { Strategy } from './strategy.ts';

/** How many members' reasons a routing event lists; the rest are counted, so events stay small. */
export const listedMax = 5;

/** simultaneous rings at most this many agents at once: ringing a whole floor for one caller helps nobody. */
export const ringAllMax = 100;

export interface VoicePickRequest {
  pool: VoicePool;
  strategy: Strategy;
  /** Round-robin: the member position offered last on this pool; -1 if none yet. */
  lastPosition: number;
  seed: number;
  ringAll: boolean;
  /** Members already offered this call: passed over without a word. */
  tried: readonly string[];
  /** W8: only users assigned to the call's number receive it, whatever group they are in. */
  assigned: (userId: string) => boolean;
  /** Why a member not assigned to the call's number cannot be offered it (W8). */
  unassignedReason: string;
}

export interface VoicePick {
  chosen: string[];
  /** The first members looked at, in the strategy's order, with why each was or was not offered. */
  examined: CandidateExplanation[];
  /** Members looked at beyond those listed. */
  unlisted: number;
  seed: number;
}

const inPositionOrder: ReadonlySet<Strategy> = new Set(['sequential', 'simultaneous', 'round_robin']);
const noneTried: ReadonlySet<string> = new Set();

class Walk {
  readonly result: VoicePick;
  readonly tried: ReadonlySet<string>;

  constructor(readonly request: VoicePickRequest) {
    this.result = { chosen: [], examined: [], unlisted: 0, seed: request.seed };
    // Most decisions are a call's first offer: nobody tried yet, no set to build.
    this.tried = request.tried.length > 0 ? new Set(request.tried) : noneTried;
  }

  get full(): boolean {
    const { chosen } = this.result;
    return chosen.length > 0 && (!this.request.ringAll || chosen.length >= ringAllMax);
  }

  private note(userId: string, offered: boolean, reason: string): void {
    if (this.result.examined.length < listedMax) this.result.examined.push({ userId, offered, reason });
    else this.result.unlisted += 1;
  }

  /** Why the member at `position` may not be offered the call: assignment first, then availability. */
  reason(position: number, userId: string): string {
    if (!this.request.assigned(userId)) return this.request.unassignedReason;
    return this.request.pool.reasons[position] ?? 'available';
  }

  /** A free member: offered unless already tried or not assigned to the number. */
  consider(position: number): void {
    const userId = this.request.pool.ids[position]!;
    if (this.tried.size > 0 && this.tried.has(userId)) return;
    if (!this.request.assigned(userId)) return this.note(userId, false, this.request.unassignedReason);
    // Past the listed few, simultaneous ringing only counts: no explanation object to build.
    if (this.result.examined.length < listedMax)
      this.result.examined.push({ userId, offered: true, reason: 'available' });
    else this.result.unlisted += 1;
    this.result.chosen.push(userId);
  }

  /** Unavailable members at positions [from, to): reasons for the first few, a count for the rest. */
  passOver(from: number, to: number): void {
    if (from >= to) return;
    let position = from;
    for (; position < to && this.result.examined.length < listedMax; position += 1) {
      const userId = this.request.pool.ids[position]!;
      if (!this.tried.has(userId)) this.note(userId, false, this.reason(position, userId));
    }
    if (position >= to) return;
    if (this.tried.size === 0) {
      this.result.unlisted += to - position;
      return;
    }
    let tried = 0;
    for (const userId of this.tried) {
      const at = this.request.pool.positionOf.get(userId);
      if (at !== undefined && at >= position && at < to) tried += 1;
    }
    this.result.unlisted += to - position - tried;
  }
}

/** sequential, simultaneous, round_robin: member order from `start`, wrapping once. */
function inMemberOrder(walk: Walk, start: number): void {
  const { size } = walk.request.pool.free;
  const segments: Array<[number, number]> = [
    [start, size],
    [0, start],
  ];
  for (const [from, to] of segments) {
    let position = from;
    while (position < to && !walk.full) {
      const next = walk.request.pool.free.nextFrom(position);
      const stop = next === -1 || next >= to ? to : next;
      walk.passOver(position, stop);
      if (stop === to) break;
      walk.consider(stop);
      position = stop + 1;
    }
    if (walk.full) return;
  }
}

/** random: a uniform draw among the free members, then member order from there. */
function atRandom(walk: Walk): void {
  const { free } = walk.request.pool;
  if (free.count === 0) return;
  const draw = nextRandom(walk.result.seed);
  walk.result.seed = draw.seed;
  const first = free.kth(Math.floor(draw.value * free.count));
  let position = first;
  for (let seen = 0; seen < free.count && !walk.full; seen += 1) {
    walk.consider(position);
    position = free.nextFrom(position + 1);
    if (position === -1) position = free.nextFrom(0);
  }
}

/** longest_idle and least_busy: the free members in the index's order. */
function inOrder(walk: Walk, order: Iterable<number>): void {
  for (const position of order) {
    if (walk.full) return;
    walk.consider(position);
  }
}

/** When nobody could be offered it: why, for the first few members, and how many more. */
function explainNobody(walk: Walk): void {
  const { free, ids } = walk.request.pool;
  const busy = ids.length - free.count;
  let listed = 0;
  for (; listed < busy && walk.result.examined.length < listedMax; listed += 1) {
    const position = free.kthAbsent(listed);
    const userId = ids[position]!;
    walk.result.examined.push({ userId, offered: false, reason: walk.reason(position, userId) });
  }
  walk.result.unlisted += busy - listed;
}

/**
 * Chooses who to ring for a call from the pool's availability index (availability.ts): the
 * first free member by the strategy (up to ringAllMax for simultaneous), in O(log n) plus
 * the members passed over for W8 or because they already had this call.
 */
export function pickVoice(request: VoicePickRequest): VoicePick {
  const walk = new Walk(request);
  const size = request.pool.ids.length;
  if (size === 0) return walk.result;
  switch (request.strategy) {
    case 'sequential':
    case 'simultaneous':
      inMemberOrder(walk, 0);
      break;
    case 'round_robin':
      inMemberOrder(walk, (request.lastPosition + 1) % size);
      break;
    case 'random':
      atRandom(walk);
      break;
    case 'longest_idle':
      inOrder(walk, request.pool.byIdle);
      break;
    case 'least_busy':
      inOrder(walk, request.pool.byLoad);
      break;
  }
  const byPosition = inPositionOrder.has(request.strategy);
  if (walk.result.chosen.length === 0 && !byPosition) explainNobody(walk);
  return walk.result;
}
