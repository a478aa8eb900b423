import type { WorkspaceState } from '../state.ts';
import type { RoutingIndex } from './availability.ts';
import { appendChat, appendVoice, removeFromChat, removeFromVoice } from './members.ts';
import { groupPoolKey, numberPoolKey } from './pool-index.ts';
import { isQualifiedKey } from './qualified.ts';
import { dropChat, dropDerivedChat, dropDerivedVoice, dropVoice } from './reconcile.ts';

/**
 * A user created or removed, applied to the routing index in place: the pools they joined or
 * left change by that one member (members.ts), what derives from those pools (R1's qualified
 * parts, a department's transfer pool) is dropped to be built on next use, and a pool that
 * changed some other way is left to reconcile (reconcile.ts). A workspace of 50,000 agents
 * used to build its whole index again for each of these.
 */

/** The configuration's member lists, by the index's pool keys. */
function memberLists(state: WorkspaceState) {
  const voice: Array<[string, string[]]> = [];
  for (const number of Object.values(state.numbers))
    voice.push([numberPoolKey(number.id), number.assignedUserIds]);
  for (const group of Object.values(state.groups)) voice.push([groupPoolKey(group.id), group.memberIds]);
  const chat = Object.values(state.departments).map((d) => [d.id, d.memberIds] as [string, string[]]);
  return { voice, chat };
}

const addTo = (map: Map<string, string[]>, userId: string, key: string) => {
  const list = map.get(userId);
  if (list) list.push(key);
  else map.set(userId, [key]);
};

/** A new user goes last in the pools they were put in (W8's numbers, their departments). */
export function userCreated(state: WorkspaceState, index: RoutingIndex, userId: string): void {
  const user = state.users[userId];
  // Never answered, created last: after every never-answered user, before everyone who answered.
  index.idleRank.set(userId, index.nextNeverRank);
  index.nextNeverRank += 1;
  index.answeredAt.set(userId, user?.lastAnsweredAt);
  const { voice, chat } = memberLists(state);
  for (const [key, ids] of voice) {
    const pool = index.voice.get(key);
    if (pool && ids.length === pool.ids.length) continue;
    if (!pool || ids.length !== pool.ids.length + 1 || ids[ids.length - 1] !== userId) {
      index.dirty = true;
      continue;
    }
    appendVoice(index, pool, user, userId);
    addTo(index.voicePoolsOf, userId, key);
    dropDerivedVoice(index, key);
  }
  for (const [departmentId, ids] of chat) {
    const pool = index.chat.get(departmentId);
    if (pool && ids.length === pool.ids.length) continue;
    if (!pool || ids.length !== pool.ids.length + 1 || ids[ids.length - 1] !== userId) {
      index.dirty = true;
      continue;
    }
    appendChat(pool, user, userId);
    addTo(index.departmentsOf, userId, departmentId);
    dropDerivedChat(index, departmentId);
  }
}

/** A removed user leaves every pool they were in; those after them move up one place. */
export function userRemoved(state: WorkspaceState, index: RoutingIndex, userId: string): void {
  for (const key of [...(index.voicePoolsOf.get(userId) ?? [])]) {
    if (isQualifiedKey(key)) {
      dropVoice(index, key);
      continue;
    }
    const pool = index.voice.get(key);
    if (pool) removeFromVoice(pool, userId);
  }
  for (const key of [...(index.qualifiedChatOf.get(userId) ?? [])]) dropChat(index, key);
  for (const departmentId of index.departmentsOf.get(userId) ?? []) {
    const pool = index.chat.get(departmentId);
    if (pool) removeFromChat(pool, userId);
  }
  index.voicePoolsOf.delete(userId);
  index.departmentsOf.delete(userId);
  index.qualifiedChatOf.delete(userId);
  index.idleRank.delete(userId);
  index.answeredAt.delete(userId);
  // Anything else that changed with them (a list edited another way) is reconciled on next use.
  const { voice, chat } = memberLists(state);
  for (const [key, ids] of voice) if (index.voice.get(key)?.ids.length !== ids.length) index.dirty = true;
  for (const [id, ids] of chat) if (index.chat.get(id)?.ids.length !== ids.length) index.dirty = true;
}
