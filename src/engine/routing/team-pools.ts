import type { Department, WorkspaceState } from '../state.ts';
import { routingIndex, type VoicePool, voicePool } from './availability.ts';
import { groupPoolKey } from './pool-index.ts';

/**
 * Voice pools a transfer picks from (T4): a telephony group's is the one its calls are offered
 * from; a department has none for calls, so its members get one on the first transfer to it,
 * kept by evolve like the others until the next configuration change. Its key holds '|' so
 * it is told apart from the pools a fresh build makes, as R1's qualified pools are.
 */
const departmentKey = (departmentId: string) => `department:${departmentId}|transfer`;

export function groupVoicePool(state: WorkspaceState, groupId: string): VoicePool {
  const index = routingIndex(state);
  return index.voice.get(groupPoolKey(groupId)) ?? voicePool(state, index, []);
}

export function departmentVoicePool(state: WorkspaceState, department: Department): VoicePool {
  const index = routingIndex(state);
  const key = departmentKey(department.id);
  const known = index.voice.get(key);
  if (known) return known;
  const pool = voicePool(state, index, department.memberIds);
  index.voice.set(key, pool);
  for (const userId of new Set(department.memberIds)) {
    const pools = index.voicePoolsOf.get(userId);
    if (pools) pools.push(key);
    else index.voicePoolsOf.set(userId, [key]);
  }
  return pool;
}
