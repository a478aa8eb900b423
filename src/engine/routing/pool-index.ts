import type { WorkspaceState } from '../state.ts';
import { type Table, table } from '../table.ts';
import { invalidateRouting } from './availability.ts';
import { resetIdleOrder } from './idle-order.ts';

export { addIdle, removeIdle } from './idle-order.ts';

/**
 * Derived indexes that keep routing cheap with tens of thousands of agents. They live in
 * state (so snapshots carry them) but are always rebuildable from the rest of it.
 *
 * - poolIndex[`number:<id>`] / [`group:<id>`]: member → position, for O(1) membership
 *   and round-robin positions.
 * The longest-idle order is derived too, but kept off the state (idle-order.ts).
 */
const numberKeys = new Map<string, string>();
const groupKeys = new Map<string, string>();

/** `${prefix}${id}`, made once per id (routing reads these keys at every decision); bounded. */
function memoKey(memo: Map<string, string>, prefix: string, id: string): string {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const made = `${prefix}${id}`;
  if (memo.size >= 10_000) memo.clear();
  memo.set(id, made);
  return made;
}

export const numberPoolKey = (numberId: string) => memoKey(numberKeys, 'number:', numberId);
export const groupPoolKey = (groupId: string) => memoKey(groupKeys, 'group:', groupId);

export function indexMembers(members: string[]): Table<number> {
  const index = table<number>();
  members.forEach((userId, position) => {
    index[userId] = position;
  });
  return index;
}

/** Rebuilds every derived index from the entities (after loading a snapshot, or changing state outside evolve). */
export function rebuildRoutingIndexes(state: WorkspaceState): WorkspaceState {
  state.poolIndex = table();
  invalidateRouting(state);
  for (const number of Object.values(state.numbers))
    state.poolIndex[numberPoolKey(number.id)] = indexMembers(number.assignedUserIds);
  for (const group of Object.values(state.groups))
    state.poolIndex[groupPoolKey(group.id)] = indexMembers(group.memberIds);
  // Snapshots written before the idle order left the state still carry it: dropped, sorted again.
  delete (state as { idleOrder?: unknown }).idleOrder;
  resetIdleOrder(state);
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
