import { nextRandom } from '../prng.ts';
import type { CandidateExplanation } from '../voice/events.ts';
import type { VoicePool } from './availability.ts';
import type { SortedPositions } from './fenwick.ts';
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
  /** W8: only users assigned to the call's number receive it, whatever group they are in; none: everyone is. */
  assigned?: (userId: string) => boolean;
  /** The number members must be assigned to (W8), named in the reason a member who is not was passed over. */
  assignedTo: string;
}

/**
 * A decision, written into one record that every pick reuses (routing runs per call, and a
 * decision that allocates nothing leaves no garbage to collect among 50,000 agents' records):
 * valid until the next pick, so a caller copies what it keeps (explanations go into events
 * as copies, see explanationOf).
 */
export interface VoicePick {
  chosen: string[];
  /** The first members looked at, in the strategy's order, with why each was or was not offered. */
  examined: CandidateExplanation[];
  /** Members looked at beyond those listed. */
  unlisted: number;
  seed: number;
  /** The pool position of the first chosen (round robin moves on from there), -1 if none. */
  position: number;
}

/** The explanation of a pick as new objects, for an event to keep. */
export const explanationOf = (picked: VoicePick): CandidateExplanation[] =>
  picked.examined.map((candidate) => ({ ...candidate }));

const inPositionOrder: ReadonlySet<Strategy> = new Set(['sequential', 'simultaneous', 'round_robin']);
const noneTried: ReadonlySet<string> = new Set();
const notAssignedTexts = new Map<string, string>();

/** "not assigned to <number>", one string per number however many decisions name it. */
function notAssigned(e164: string): string {
  const known = notAssignedTexts.get(e164);
  if (known !== undefined) return known;
  const text = `not assigned to ${e164}`;
  if (notAssignedTexts.size < 10_000) notAssignedTexts.set(e164, text);
  return text;
}

/**
 * Empties an array and keeps its storage: `length = 0` would drop it, and the next push
 * allocate it again (V8), which is most of what a decision used to allocate.
 */
function empty(array: unknown[]): void {
  while (array.length > 0) array.pop();
}

class Walk {
  /** `unqualified` is R1's, written by offer.ts's pick: part of the record from the start. */
  readonly result: VoicePick & { unqualified: number } = {
    chosen: [],
    examined: [],
    unlisted: 0,
    seed: 0,
    position: -1,
    unqualified: 0,
  };
  /** The listed explanations' objects, reused from one decision to the next. */
  private readonly slots: CandidateExplanation[] = [];
  request!: VoicePickRequest;
  tried: ReadonlySet<string> = noneTried;

  reset(request: VoicePickRequest): void {
    this.request = request;
    empty(this.result.chosen);
    empty(this.result.examined);
    this.result.unlisted = 0;
    this.result.seed = request.seed;
    this.result.position = -1;
    this.result.unqualified = 0;
    // Most decisions are a call's first offer: nobody tried yet, no set to build.
    this.tried = request.tried.length > 0 ? new Set(request.tried) : noneTried;
  }

  get full(): boolean {
    const { chosen } = this.result;
    return chosen.length > 0 && (!this.request.ringAll || chosen.length >= ringAllMax);
  }

  private isAssigned(userId: string): boolean {
    const { assigned } = this.request;
    return assigned === undefined || assigned(userId);
  }

  note(userId: string, offered: boolean, reason: string): void {
    const { examined } = this.result;
    if (examined.length >= listedMax) {
      this.result.unlisted += 1;
      return;
    }
    let slot = this.slots[examined.length];
    if (slot === undefined) {
      slot = { userId, offered, reason };
      this.slots.push(slot);
    } else {
      slot.userId = userId;
      slot.offered = offered;
      slot.reason = reason;
    }
    examined.push(slot);
  }

  /** Why the member at `position` may not be offered the call: assignment first, then availability. */
  reason(position: number, userId: string): string {
    if (!this.isAssigned(userId)) return notAssigned(this.request.assignedTo);
    return this.request.pool.reasons[position] ?? 'available';
  }

  /** A free member: offered unless already tried or not assigned to the number. */
  consider(position: number): void {
    const userId = this.request.pool.ids[position]!;
    if (this.tried.size > 0 && this.tried.has(userId)) return;
    if (!this.isAssigned(userId)) return this.note(userId, false, notAssigned(this.request.assignedTo));
    this.note(userId, true, 'available');
    if (this.result.chosen.length === 0) this.result.position = position;
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

/** Member order over positions [from, to): free members considered, the others passed over. */
function inMemberOrder(walk: Walk, from: number, to: number): void {
  const { free } = walk.request.pool;
  let position = from;
  while (position < to && !walk.full) {
    const next = free.nextFrom(position);
    const stop = next === -1 || next >= to ? to : next;
    walk.passOver(position, stop);
    if (stop === to) return;
    walk.consider(stop);
    position = stop + 1;
  }
}

/** sequential, simultaneous, round_robin: member order from `start`, wrapping once. */
function fromPosition(walk: Walk, start: number): void {
  inMemberOrder(walk, start, walk.request.pool.free.size);
  if (!walk.full) inMemberOrder(walk, 0, start);
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
function inOrder(walk: Walk, order: SortedPositions): void {
  for (const chunk of order.inChunks())
    for (let i = 0; i < chunk.length; i += 1) {
      if (walk.full) return;
      walk.consider(chunk[i]!);
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
    walk.note(userId, false, walk.reason(position, userId));
  }
  walk.result.unlisted += busy - listed;
}

const walk = new Walk();

/**
 * Chooses who to ring for a call from the pool's availability index (availability.ts): the
 * first free member by the strategy (up to ringAllMax for simultaneous), in O(log n) plus
 * the members passed over for W8 or because they already had this call. The result is reused
 * by the next pick (see VoicePick).
 */
export function pickVoice(request: VoicePickRequest): VoicePick & { unqualified: number } {
  walk.reset(request);
  const size = request.pool.ids.length;
  if (size === 0) return walk.result;
  switch (request.strategy) {
    case 'sequential':
    case 'simultaneous':
      fromPosition(walk, 0);
      break;
    case 'round_robin':
      fromPosition(walk, (request.lastPosition + 1) % size);
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
