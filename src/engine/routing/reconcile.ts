import type { WorkspaceState } from '../state.ts';
import { type ChatPool, chatPool, type RoutingIndex, type VoicePool, voicePool } from './availability.ts';
import { groupPoolKey, numberPoolKey } from './pool-index.ts';
import { isQualifiedKey } from './qualified.ts';

/**
 * After a configuration change (numbers, groups, departments, a user's settings), brings the
 * routing index in line with the state without rebuilding it: only the pools whose members
 * changed are built again, and the parts derived from them (R1's qualified parts, a
 * department's transfer pool) are dropped, to be built on their next use. Comparing every
 * pool's member list costs a pointer comparison per member; rebuilding 50,000 agents' pools
 * costs about a second.
 */
export function reconcileRouting(state: WorkspaceState, index: RoutingIndex): void {
  index.dirty = false;
  const voice = new Map<string, string[]>();
  for (const number of Object.values(state.numbers))
    voice.set(numberPoolKey(number.id), number.assignedUserIds);
  for (const group of Object.values(state.groups)) voice.set(groupPoolKey(group.id), group.memberIds);
  const chat = new Map<string, string[]>();
  for (const department of Object.values(state.departments)) chat.set(department.id, department.memberIds);
  for (const poolKey of [...index.voice.keys()])
    if (!isQualifiedKey(poolKey) && !voice.has(poolKey)) dropVoice(index, poolKey);
  for (const departmentId of [...index.chat.keys()])
    if (!isQualifiedKey(departmentId) && !chat.has(departmentId)) dropChat(index, departmentId);
  for (const [poolKey, ids] of voice) {
    const pool = index.voice.get(poolKey);
    if (pool && sameMembers(pool.ids, ids)) continue;
    if (pool) dropVoice(index, poolKey);
    const built = voicePool(state, index, ids);
    index.voice.set(poolKey, built);
    for (const userId of built.positionOf.keys()) addTo(index.voicePoolsOf, userId, poolKey);
  }
  for (const [departmentId, ids] of chat) {
    const pool = index.chat.get(departmentId);
    if (pool && sameMembers(pool.ids, ids)) continue;
    if (pool) dropChat(index, departmentId);
    const built = chatPool(state, ids);
    index.chat.set(departmentId, built);
    for (const userId of built.positionOf.keys()) addTo(index.departmentsOf, userId, departmentId);
  }
}

/** R1: skills changed, so who is qualified changed: every qualified part is built again on its next use. */
export function dropQualified(index: RoutingIndex): void {
  for (const key of [...index.qualifiedVoice.keys()]) dropVoice(index, key);
  for (const key of [...index.qualifiedChat.keys()]) dropChat(index, key);
}

/** What derives from a voice pool (its qualified parts): dropped, built again on their next use. */
export function dropDerivedVoice(index: RoutingIndex, poolKey: string): void {
  for (const key of [...index.voice.keys()]) if (key.startsWith(`${poolKey}|`)) dropVoice(index, key);
}

/** What derives from a department's pool (its qualified parts, its transfer pool): dropped likewise. */
export function dropDerivedChat(index: RoutingIndex, departmentId: string): void {
  for (const key of [...index.chat.keys()]) if (key.startsWith(`${departmentId}|`)) dropChat(index, key);
  dropVoice(index, `department:${departmentId}|transfer`);
}

function sameMembers(kept: readonly string[], now: readonly string[]): boolean {
  if (kept.length !== now.length) return false;
  for (let position = 0; position < kept.length; position += 1)
    if (kept[position] !== now[position]) return false;
  return true;
}

const addTo = (map: Map<string, string[]>, userId: string, poolKey: string) => {
  const list = map.get(userId);
  if (list) list.push(poolKey);
  else map.set(userId, [poolKey]);
};

function forget(map: Map<string, string[]>, pool: VoicePool | ChatPool, poolKey: string): void {
  for (const userId of pool.positionOf.keys()) {
    const list = map.get(userId);
    if (!list) continue;
    const at = list.indexOf(poolKey);
    if (at !== -1) list.splice(at, 1);
    if (list.length === 0) map.delete(userId);
  }
}

/** A voice pool and everything derived from it (its qualified parts). */
export function dropVoice(index: RoutingIndex, poolKey: string): void {
  const pool = index.voice.get(poolKey);
  if (!pool) return;
  forget(index.voicePoolsOf, pool, poolKey);
  index.voice.delete(poolKey);
  index.qualifiedVoice.delete(poolKey);
  if (isQualifiedKey(poolKey)) return;
  for (const key of [...index.voice.keys()]) if (key.startsWith(`${poolKey}|`)) dropVoice(index, key);
}

/** A department's chat pool and what derives from it: its qualified parts and its transfer pool (team-pools.ts). */
export function dropChat(index: RoutingIndex, departmentId: string): void {
  const pool = index.chat.get(departmentId);
  if (!pool) return;
  const qualified = index.qualifiedChat.has(departmentId);
  forget(qualified ? index.qualifiedChatOf : index.departmentsOf, pool, departmentId);
  index.chat.delete(departmentId);
  index.qualifiedChat.delete(departmentId);
  if (qualified) return;
  for (const key of [...index.chat.keys()]) if (key.startsWith(`${departmentId}|`)) dropChat(index, key);
  dropVoice(index, `department:${departmentId}|transfer`);
}
