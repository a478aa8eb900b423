import type { User, WorkspaceState } from '../state.ts';
import type { PositionSet } from './fenwick.ts';
import { idleOrder, lastIdle } from './idle-order.ts';
import { groupPoolKey, numberPoolKey } from './pool-index.ts';
import { type ChatPool, chatPool, type VoicePool, voicePool } from './pools.ts';
import { isQualifiedKey, type Qualified } from './qualified.ts';
import { dropQualified, reconcileRouting } from './reconcile.ts';
import { chatUnavailable, unavailableReason } from './unavailable.ts';
import { userCreated, userRemoved } from './users.ts';

export { type ChatPool, chatPool, type VoicePool, voicePool } from './pools.ts';

/**
 * Per-pool indexes of the agents who may take work now, so a routing decision costs
 * O(log n) however many of the pool are busy. Built from the entities on first use (after a
 * snapshot load, or users created or removed), then kept by evolve on presence, leg and
 * conversation events (see syncRouting); a configuration change rebuilds only the pools it
 * changed (reconcile.ts). Never stored: the state carries it as a
 * non-enumerable property, so snapshots and equality checks do not see it.
 */
export interface RoutingIndex {
  /** Built again from scratch on next use (a user created or removed, a snapshot loaded). */
  stale: boolean;
  /** Pools compared with the configuration on next use, and only those that changed built again (reconcile.ts). */
  dirty: boolean;
  voice: Map<string, VoicePool>;
  chat: Map<string, ChatPool>;
  voicePoolsOf: Map<string, string[]>;
  departmentsOf: Map<string, string[]>;
  /**
   * Longest-idle order as numbers: position in idleOrder(state) at build (minus 2^52 for those
   * who never answered, so a user created later fits after them), then a counter per answer.
   */
  idleRank: Map<string, number>;
  answeredAt: Map<string, number | undefined>;
  nextRank: number;
  /** The rank of the next user created (never answered: after those who never did either). */
  nextNeverRank: number;
  /** R1: the qualified parts of pools, built on first use (qualified.ts); their pools are also in voice/chat. */
  qualifiedVoice: Map<string, Qualified<VoicePool>>;
  qualifiedChat: Map<string, Qualified<ChatPool>>;
  qualifiedChatOf: Map<string, string[]>;
}

const key = Symbol('routing');
/** Never-answered users' ranks sit below every answered one's (see RoutingIndex.idleRank). */
const neverOffset = 2 ** 52;
type WithIndex = WorkspaceState & { [key]?: RoutingIndex };

const addTo = (map: Map<string, string[]>, userId: string, poolKey: string) => {
  const list = map.get(userId);
  if (list) list.push(poolKey);
  else map.set(userId, [poolKey]);
};

/** A fresh index from the entities alone (routingIndex caches it on the state). */
export function buildRoutingIndex(state: WorkspaceState): RoutingIndex {
  const order = idleOrder(state);
  const index: RoutingIndex = {
    stale: false,
    dirty: false,
    voice: new Map(),
    chat: new Map(),
    voicePoolsOf: new Map(),
    departmentsOf: new Map(),
    idleRank: new Map(),
    answeredAt: new Map(),
    nextRank: order.size,
    nextNeverRank: 0,
    qualifiedVoice: new Map(),
    qualifiedChat: new Map(),
    qualifiedChatOf: new Map(),
  };
  let rank = 0;
  index.nextNeverRank = -neverOffset;
  for (const userId of order) {
    const answeredAt = state.users[userId]?.lastAnsweredAt;
    index.idleRank.set(userId, answeredAt === undefined ? rank - neverOffset : rank);
    if (answeredAt === undefined) index.nextNeverRank = rank + 1 - neverOffset;
    index.answeredAt.set(userId, answeredAt);
    rank += 1;
  }
  const addVoice = (poolKey: string, ids: string[]) => {
    const pool = voicePool(state, index, ids);
    index.voice.set(poolKey, pool);
    for (const userId of pool.positionOf.keys()) addTo(index.voicePoolsOf, userId, poolKey);
  };
  for (const number of Object.values(state.numbers))
    addVoice(numberPoolKey(number.id), number.assignedUserIds);
  for (const group of Object.values(state.groups)) addVoice(groupPoolKey(group.id), group.memberIds);
  for (const department of Object.values(state.departments)) {
    const pool = chatPool(state, department.memberIds);
    index.chat.set(department.id, pool);
    for (const userId of pool.positionOf.keys()) addTo(index.departmentsOf, userId, department.id);
  }
  return index;
}

/** The state's routing index, built now if it has none or a configuration change made it stale. */
export function routingIndex(state: WorkspaceState): RoutingIndex {
  const holder = state as WithIndex;
  const current = holder[key];
  if (current && !current.stale) {
    if (current.dirty) reconcileRouting(state, current);
    return current;
  }
  const index = buildRoutingIndex(state);
  Object.defineProperty(holder, key, { value: index, writable: true, configurable: true, enumerable: false });
  return index;
}

/** The index as evolve left it, without building one (tests compare it with a fresh build). */
export const currentRoutingIndex = (state: WorkspaceState): RoutingIndex | undefined => {
  const index = (state as WithIndex)[key];
  if (!index || index.stale) return undefined;
  if (index.dirty) reconcileRouting(state, index);
  return index;
};

/** What an index says, as member ids: free members by position, by idle order and by load. */
export function describeRoutingIndex(index: RoutingIndex) {
  const free = (pool: { ids: string[]; free: PositionSet }) =>
    Array.from({ length: pool.free.count }, (_, k) => pool.ids[pool.free.kth(k)]);
  const voice = [...index.voice]
    .filter(([poolKey]) => !isQualifiedKey(poolKey))
    .map(([poolKey, pool]) => ({
      poolKey,
      free: free(pool),
      reasons: [...pool.reasons],
      byIdle: [...pool.byIdle].map((position) => pool.ids[position]),
      byLoad: [...pool.byLoad].map((position) => pool.ids[position]),
    }));
  const chat = [...index.chat]
    .filter(([departmentId]) => !isQualifiedKey(departmentId))
    .map(([departmentId, pool]) => ({
      departmentId,
      free: free(pool),
      reasons: [...pool.reasons],
      byLoad: [...pool.byLoad].map((position) => pool.ids[position]),
    }));
  const byKey = <T extends { poolKey?: string; departmentId?: string }>(list: T[]) =>
    list.sort((a, b) => ((a.poolKey ?? a.departmentId)! < (b.poolKey ?? b.departmentId)! ? -1 : 1));
  const memberships = (map: Map<string, string[]>) =>
    [...map]
      .map(([userId, keys]) => [userId, keys.filter((k) => !isQualifiedKey(k)).sort()] as const)
      .filter(([, keys]) => keys.length > 0)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    voice: byKey(voice),
    chat: byKey(chat),
    voicePoolsOf: memberships(index.voicePoolsOf),
    departmentsOf: memberships(index.departmentsOf),
  };
}

/** A user created or removed: their pools change by that one member (users.ts). */
export function usersChanged(state: WorkspaceState, change: { created: string } | { removed: string }): void {
  const index = (state as WithIndex)[key];
  if (!index || index.stale) return;
  if ('created' in change) userCreated(state, index, change.created);
  else userRemoved(state, index, change.removed);
}

/** Drops the index; the next decision rebuilds it (users created or removed, or a snapshot was loaded). */
export function invalidateRouting(state: WorkspaceState): void {
  const index = (state as WithIndex)[key];
  if (index) index.stale = true;
}

/**
 * Pools may have changed members: the next decision rebuilds only those that did (reconcile.ts).
 * With skills changed, R1's qualified parts are dropped now, to be built on their next use.
 */
export function configurationChanged(state: WorkspaceState, skills = false): void {
  const index = (state as WithIndex)[key];
  if (!index || index.stale) return;
  index.dirty = true;
  if (skills) dropQualified(index);
}

function syncVoice(index: RoutingIndex, user: User | undefined, userId: string): void {
  const pools = index.voicePoolsOf.get(userId);
  if (!pools) return;
  const reason = unavailableReason(user);
  const free = reason === undefined;
  const rank = index.idleRank.get(userId) ?? Number.MAX_VALUE;
  const load = user ? user.ringingLegs + user.connectedLegs : 0;
  const answered = user?.lastAnsweredAt ?? Number.NEGATIVE_INFINITY;
  for (const poolKey of pools) {
    const pool = index.voice.get(poolKey)!;
    const position = pool.positionOf.get(userId)!;
    pool.reasons[position] = reason;
    const wasFree = pool.free.has(position);
    if (
      wasFree === free &&
      pool.idleRank[position] === rank &&
      pool.load[position] === load &&
      pool.answered[position] === answered
    )
      continue;
    if (wasFree) {
      pool.byIdle.remove(position);
      pool.byLoad.remove(position);
    }
    pool.idleRank[position] = rank;
    pool.load[position] = load;
    pool.answered[position] = answered;
    pool.free.set(position, free);
    if (free) {
      pool.byIdle.insert(position);
      pool.byLoad.insert(position);
    }
  }
}

function syncChat(index: RoutingIndex, user: User | undefined, userId: string): void {
  const member = index.departmentsOf.get(userId);
  const qualified = index.qualifiedChatOf.get(userId);
  // No copy for an agent in no department (every voice event comes through here).
  if (!member && !qualified) return;
  const departments = qualified ? [...(member ?? []), ...qualified] : (member ?? []);
  const reason = chatUnavailable(user);
  const free = reason === undefined;
  const load = user?.chatSessions ?? 0;
  for (const departmentId of departments) {
    const pool = index.chat.get(departmentId)!;
    const position = pool.positionOf.get(userId)!;
    pool.reasons[position] = reason;
    const wasFree = pool.free.has(position);
    if (wasFree === free && pool.load[position] === load) continue;
    if (wasFree) pool.byLoad.remove(position);
    pool.load[position] = load;
    pool.free.set(position, free);
    if (free) pool.byLoad.insert(position);
  }
}

/** Brings one agent's entries up to date after an event that may have changed their availability. */
export function syncUser(state: WorkspaceState, userId: string): void {
  const index = (state as WithIndex)[key];
  if (!index || index.stale) return;
  const user = state.users[userId];
  const atBack = lastIdle(state) === userId;
  const answered = user && user.lastAnsweredAt !== index.answeredAt.get(userId);
  // Answering moves an agent to the back of the idle order (even at the same instant as
  // before); anything else (a clock that went back) is rare enough to rebuild from idleOrder(state).
  if (answered && !atBack) {
    index.stale = true;
    return;
  }
  if (answered || (atBack && index.idleRank.get(userId) !== index.nextRank - 1)) {
    index.answeredAt.set(userId, user?.lastAnsweredAt);
    index.idleRank.set(userId, index.nextRank);
    index.nextRank += 1;
  }
  syncVoice(index, user, userId);
  syncChat(index, user, userId);
}
