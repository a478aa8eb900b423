import type { WorkspaceState } from '../state.ts';
import { type Table, table } from '../table.ts';
import { invalidateRouting } from './availability.ts';

/**
 * Derived indexes that keep routing cheap with tens of thousands of agents. They live in
 * state (so snapshots carry them) but are always rebuildable from the rest of it.
 *
 * - poolIndex[`number:<id>`] / [`group:<id>`]: member → position, for O(1) membership
 *   and round-robin positions.
 * - idleOrder: user ids, never-answered first (in creation order), then by the time they
 *   last answered a call: longest_idle reads it front to back.
 */
export const numberPoolKey = (numberId: string) => `number:${numberId}`;
export const groupPoolKey = (groupId: string) => `group:${groupId}`;

export function indexMembers(members: string[]): Table<number> {
  const index = table<number>();
  members.forEach((userId, position) => {
    index[userId] = position;
  });
  return index;
}

/** Never-answered agents sort first, in creation order; then by when they last answered. */
const neverAnswered = -1e15;
const idleKey = (state: WorkspaceState, userId: string) => {
  const user = state.users[userId];
  return user?.lastAnsweredAt ?? neverAnswered + (user?.order ?? 0);
};

/** First position whose idle key is greater than `key` (binary search). */
function upperBound(state: WorkspaceState, key: number): number {
  let low = 0;
  let high = state.idleOrder.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (idleKey(state, state.idleOrder[mid]!) <= key) low = mid + 1;
    else high = mid;
  }
  return high;
}

/** Adds a user at their place in idleOrder (after everyone with the same or an earlier key). */
export function addIdle(state: WorkspaceState, userId: string): void {
  state.idleOrder.splice(upperBound(state, idleKey(state, userId)), 0, userId);
}

/** Removes a user from idleOrder; call it before their lastAnsweredAt changes. */
export function removeIdle(state: WorkspaceState, userId: string): void {
  const key = idleKey(state, userId);
  let position = upperBound(state, key) - 1;
  while (
    position >= 0 &&
    state.idleOrder[position] !== userId &&
    idleKey(state, state.idleOrder[position]!) === key
  )
    position -= 1;
  if (position >= 0 && state.idleOrder[position] === userId) state.idleOrder.splice(position, 1);
  else state.idleOrder = state.idleOrder.filter((id) => id !== userId);
}

/** Rebuilds every derived index from the entities (after loading a snapshot, or changing state outside evolve). */
export function rebuildRoutingIndexes(state: WorkspaceState): WorkspaceState {
  state.poolIndex = table();
  invalidateRouting(state);
  for (const number of Object.values(state.numbers))
    state.poolIndex[numberPoolKey(number.id)] = indexMembers(number.assignedUserIds);
  for (const group of Object.values(state.groups))
    state.poolIndex[groupPoolKey(group.id)] = indexMembers(group.memberIds);
  state.idleOrder = Object.keys(state.users).sort((a, b) => idleKey(state, a) - idleKey(state, b));
  state.pendingFor = table();
  for (const conversation of Object.values(state.conversations ?? {})) {
    const userId = conversation.assigneeId;
    if (conversation.status !== 'pending' || !userId) continue;
    state.pendingFor[userId] = [...(state.pendingFor[userId] ?? []), conversation.id];
  }
  state.userByEmail = table();
  state.userByExtension = table();
  for (const user of Object.values(state.users)) {
    state.userByEmail[user.email] = user.id;
    if (user.extension) state.userByExtension[user.extension] = user.id;
  }
  return state;
}
