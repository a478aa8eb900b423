import { pickIndex } from '../prng.ts';

/** V5: how a number or group chooses among its available agents. */
export const strategies = [
  'random',
  'longest_idle',
  'simultaneous',
  'round_robin',
  'least_busy',
  'sequential',
] as const;
export type Strategy = (typeof strategies)[number];

/** An agent who may be offered the call now (online, assigned, room, not ringing elsewhere). */
export interface Candidate {
  userId: string;
  /** Position in the number's or group's member list: the fixed order of `sequential`. */
  position: number;
  /** When they last answered a call; undefined if never. */
  lastAnsweredAt?: number;
  /** Sessions open now (calls and conversations): what `least_busy` compares. */
  openSessions: number;
}

export interface StrategyContext {
  /** The workspace PRNG state; `random` draws from it and returns the advanced seed. */
  seed: number;
  /** Position of the member offered last by `round_robin` on this pool; -1 if none yet. */
  lastPosition: number;
}

export interface Ordering {
  /** Who to offer, in order. `simultaneous` offers them all at once; the others one at a time. */
  order: string[];
  ringAll: boolean;
  seed: number;
}

const byPosition = (a: Candidate, b: Candidate) => a.position - b.position;

/** Never-answered agents have been idle longest; ties keep the member order. */
const byIdle = (a: Candidate, b: Candidate) =>
  (a.lastAnsweredAt ?? Number.NEGATIVE_INFINITY) - (b.lastAnsweredAt ?? Number.NEGATIVE_INFINITY) ||
  byPosition(a, b);

function shuffled(candidates: Candidate[], seed: number): { order: string[]; seed: number } {
  const pool = [...candidates].sort(byPosition);
  const order: string[] = [];
  let next = seed;
  while (pool.length > 0) {
    const draw = pickIndex(next, pool.length);
    next = draw.seed;
    order.push(pool.splice(draw.index, 1)[0]!.userId);
  }
  return { order, seed: next };
}

/** Members after the last one offered come first, wrapping around. */
function rotated(candidates: Candidate[], lastPosition: number): string[] {
  const sorted = [...candidates].sort(byPosition);
  const after = sorted.filter((candidate) => candidate.position > lastPosition);
  const before = sorted.filter((candidate) => candidate.position <= lastPosition);
  return [...after, ...before].map((candidate) => candidate.userId);
}

/** Orders the candidates for one call. Pure: same candidates and context, same order. */
export function orderCandidates(
  strategy: Strategy,
  candidates: Candidate[],
  context: StrategyContext,
): Ordering {
  const ids = (list: Candidate[]) => list.map((candidate) => candidate.userId);
  switch (strategy) {
    case 'random': {
      const { order, seed } = shuffled(candidates, context.seed);
      return { order, ringAll: false, seed };
    }
    case 'longest_idle':
      return { order: ids([...candidates].sort(byIdle)), ringAll: false, seed: context.seed };
    case 'simultaneous':
      return { order: ids([...candidates].sort(byPosition)), ringAll: true, seed: context.seed };
    case 'round_robin':
      return { order: rotated(candidates, context.lastPosition), ringAll: false, seed: context.seed };
    case 'least_busy':
      return {
        order: ids([...candidates].sort((a, b) => a.openSessions - b.openSessions || byIdle(a, b))),
        ringAll: false,
        seed: context.seed,
      };
    case 'sequential':
      return { order: ids([...candidates].sort(byPosition)), ringAll: false, seed: context.seed };
  }
}
