import { nextRandom } from '../prng.ts';
import type { WorkspaceState } from '../state.ts';
import { idleOrder } from './idle-order.ts';
import type { Strategy } from './strategy.ts';

/** The members of a pool, in order, with O(1) membership (see pool-index.ts). */
export interface PoolMembers {
  ids: string[];
  positionOf: (userId: string) => number | undefined;
}

export interface PickContext {
  state: WorkspaceState;
  members: PoolMembers;
  /** Round-robin: the member position offered last on this pool; -1 if none yet. */
  lastPosition: number;
  /** The PRNG state; random draws advance it. */
  seed: number;
}

/** How many random probes before `random` falls back to a scan from a random start. */
const randomProbes = 16;

/** Members from `start`, wrapping around once. */
function* wrapped(ids: string[], start: number): Generator<string> {
  for (let i = 0; i < ids.length; i += 1) yield ids[(start + i) % ids.length]!;
}

/** Pools much smaller than the workspace are sorted directly; large ones read the global idle order. */
function* byIdle(context: PickContext): Generator<string> {
  const { state, members } = context;
  const order = idleOrder(state);
  if (members.ids.length * 8 < order.size) {
    const key = (id: string) => state.users[id]?.lastAnsweredAt ?? Number.NEGATIVE_INFINITY;
    yield* [...members.ids].sort(
      (a, b) => key(a) - key(b) || members.positionOf(a)! - members.positionOf(b)!,
    );
    return;
  }
  for (const userId of order) if (members.positionOf(userId) !== undefined) yield userId;
}

function* byLoad(context: PickContext): Generator<string> {
  const { state, members } = context;
  const load = (id: string) =>
    state.users[id] ? state.users[id]!.ringingLegs + state.users[id]!.connectedLegs : 0;
  const idle = (id: string) => state.users[id]?.lastAnsweredAt ?? Number.NEGATIVE_INFINITY;
  yield* [...members.ids].sort((a, b) => load(a) - load(b) || idle(a) - idle(b));
}

function* atRandom(context: PickContext): Generator<string> {
  const { ids } = context.members;
  if (ids.length === 0) return;
  for (let probe = 0; probe < randomProbes; probe += 1) {
    const draw = nextRandom(context.seed);
    context.seed = draw.seed;
    yield ids[Math.floor(draw.value * ids.length)]!;
  }
  const draw = nextRandom(context.seed);
  context.seed = draw.seed;
  yield* wrapped(ids, Math.floor(draw.value * ids.length));
}

/**
 * The members of a pool in the order a strategy prefers them, produced lazily: the router
 * stops at the first available one, so a decision costs what it looks at, not the size of
 * the pool. Members may repeat (random probes); callers skip those already seen.
 */
export function membersByStrategy(strategy: Strategy, context: PickContext): Generator<string> {
  const { ids } = context.members;
  switch (strategy) {
    case 'sequential':
    case 'simultaneous':
      return wrapped(ids, 0);
    case 'round_robin':
      return wrapped(ids, context.lastPosition + 1);
    case 'longest_idle':
      return byIdle(context);
    case 'least_busy':
      return byLoad(context);
    case 'random':
      return atRandom(context);
  }
}
