import type { WorkspaceState } from '../state.ts';
import type { RoutingIndex } from './availability.ts';
import { PositionSet, SortedPositions } from './fenwick.ts';
import { chatUnavailable, unavailableReason } from './unavailable.ts';

/** One pool's availability index (availability.ts keeps them, evolve keeps them current). */
export interface VoicePool {
  ids: string[];
  positionOf: Map<string, number>;
  /** Members who may be offered a call now (V5's eligibility, before W8's assignment check). */
  free: PositionSet;
  /** Why each member may not be offered a call now (unavailable.ts), undefined for the free ones. */
  reasons: (string | undefined)[];
  /** Free members by idle rank (longest_idle). */
  byIdle: SortedPositions;
  /** Free members by open legs, then longest idle by answer time, then member order (least_busy). */
  byLoad: SortedPositions;
  idleRank: Float64Array;
  load: Int32Array;
  answered: Float64Array;
}

export interface ChatPool {
  ids: string[];
  positionOf: Map<string, number>;
  /** Members with chat room now (W5). */
  free: PositionSet;
  /** Why each member may not take a new conversation now (unavailable.ts), undefined for the free ones. */
  reasons: (string | undefined)[];
  /** Free members by open conversations, then member order (least_busy). */
  byLoad: SortedPositions;
  load: Int32Array;
}

export function voicePool(state: WorkspaceState, index: RoutingIndex, ids: string[]): VoicePool {
  const n = ids.length;
  const reasons = new Array<string | undefined>(n);
  const idleRank = new Float64Array(n);
  const load = new Int32Array(n);
  const answered = new Float64Array(n);
  // One pass over the members' records: everything after reads typed arrays only.
  for (let position = 0; position < n; position += 1) {
    const userId = ids[position]!;
    const user = state.users[userId];
    const reason = unavailableReason(user);
    reasons[position] = reason;
    idleRank[position] = index.idleRank.get(userId) ?? Number.MAX_VALUE;
    load[position] = user ? user.ringingLegs + user.connectedLegs : 0;
    answered[position] = user?.lastAnsweredAt ?? Number.NEGATIVE_INFINITY;
  }
  const pool: VoicePool = {
    ids: [...ids],
    positionOf: positionsOf(ids),
    free: new PositionSet(n, (position) => reasons[position] === undefined),
    reasons,
    // The keys are read through the pool: a pool that grows (a user created) gets longer arrays.
    byIdle: new SortedPositions((a, b) => {
      const rank = pool.idleRank;
      return rank[a]! < rank[b]! || (rank[a] === rank[b] && a < b);
    }),
    byLoad: new SortedPositions((a, b) => {
      const { load, answered } = pool;
      if (load[a] !== load[b]) return load[a]! < load[b]!;
      if (answered[a] !== answered[b]) return answered[a]! < answered[b]!;
      return a < b;
    }),
    idleRank,
    load,
    answered,
  };
  // Sorted on first use, from the free members then (the keys are kept up to date meanwhile).
  const freeNow = () => freePositions(pool.free);
  pool.byIdle.fillLater(freeNow);
  pool.byLoad.fillLater(freeNow);
  return pool;
}

export function chatPool(state: WorkspaceState, ids: string[]): ChatPool {
  const n = ids.length;
  const reasons = new Array<string | undefined>(n);
  const load = new Int32Array(n);
  for (let position = 0; position < n; position += 1) {
    const user = state.users[ids[position]!];
    const reason = chatUnavailable(user);
    reasons[position] = reason;
    load[position] = user?.chatSessions ?? 0;
  }
  const pool: ChatPool = {
    ids: [...ids],
    positionOf: positionsOf(ids),
    free: new PositionSet(n, (position) => reasons[position] === undefined),
    reasons,
    byLoad: new SortedPositions((a, b) => {
      const load = pool.load;
      return load[a]! < load[b]! || (load[a] === load[b] && a < b);
    }),
    load,
  };
  pool.byLoad.fillLater(() => freePositions(pool.free));
  return pool;
}

export function freePositions(free: PositionSet): number[] {
  const positions: number[] = [];
  for (let position = free.nextFrom(0); position !== -1; position = free.nextFrom(position + 1))
    positions.push(position);
  return positions;
}

/** Member → position; a member listed twice keeps their last position, as pool-index.ts's does. */
export function positionsOf(ids: readonly string[]): Map<string, number> {
  const positions = new Map<string, number>();
  for (let position = 0; position < ids.length; position += 1) positions.set(ids[position]!, position);
  return positions;
}
