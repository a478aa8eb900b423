import type { WorkspaceState } from '../state.ts';
import { type ChatPool, chatPool, type RoutingIndex, type VoicePool, voicePool } from './availability.ts';
import { type EffectiveSkill, qualifies, requirementKey } from './skills.ts';

/**
 * R1: a pool narrowed to the members who meet a set of skill requirements, with its own
 * availability index (the same structures as the whole pool's), so every strategy runs
 * unchanged on it and a decision stays O(log n). Built once per pool and set of
 * requirements, on first use, then kept by evolve like the whole pool's (syncUser); a
 * change of skills or of who is in the pool is a configuration change and rebuilds them.
 */
export interface Qualified<P> {
  pool: P;
  /** The whole pool's position of each qualified member, ascending (round-robin cursors live there); none: the whole pool. */
  fullPosition?: Int32Array;
  /** Members of the whole pool left out for their skills. */
  unqualified: number;
}

const qualifiedKey = (poolKey: string, required: readonly EffectiveSkill[]) =>
  `${poolKey}|${requirementKey(required)}`;

function qualifiedIds(state: WorkspaceState, ids: readonly string[], required: readonly EffectiveSkill[]) {
  const kept: string[] = [];
  const positions: number[] = [];
  ids.forEach((userId, position) => {
    if (!qualifies(state.users[userId]?.skills, required)) return;
    kept.push(userId);
    positions.push(position);
  });
  return { kept, fullPosition: Int32Array.from(positions) };
}

const remember = (map: Map<string, string[]>, userIds: readonly string[], key: string) => {
  for (const userId of new Set(userIds)) {
    const list = map.get(userId);
    if (list) list.push(key);
    else map.set(userId, [key]);
  }
};

/** The voice pool's qualified part for these requirements (the pool itself when there are none). */
export function qualifiedVoicePool(
  state: WorkspaceState,
  index: RoutingIndex,
  poolKey: string,
  pool: VoicePool,
  required: readonly EffectiveSkill[],
): Qualified<VoicePool> {
  if (required.length === 0) return { pool, unqualified: 0 };
  const key = qualifiedKey(poolKey, required);
  const known = index.qualifiedVoice.get(key);
  if (known) return known;
  const { kept, fullPosition } = qualifiedIds(state, pool.ids, required);
  const built = {
    pool: voicePool(state, index, kept),
    fullPosition,
    unqualified: pool.ids.length - kept.length,
  };
  index.qualifiedVoice.set(key, built);
  index.voice.set(key, built.pool);
  remember(index.voicePoolsOf, kept, key);
  return built;
}

/** The department's qualified part for these requirements (the department's pool when there are none). */
export function qualifiedChatPool(
  state: WorkspaceState,
  index: RoutingIndex,
  departmentId: string,
  pool: ChatPool,
  required: readonly EffectiveSkill[],
): Qualified<ChatPool> {
  if (required.length === 0) return { pool, unqualified: 0 };
  const key = qualifiedKey(departmentId, required);
  const known = index.qualifiedChat.get(key);
  if (known) return known;
  const { kept, fullPosition } = qualifiedIds(state, pool.ids, required);
  const built = { pool: chatPool(state, kept), fullPosition, unqualified: pool.ids.length - kept.length };
  index.qualifiedChat.set(key, built);
  index.chat.set(key, built.pool);
  remember(index.qualifiedChatOf, kept, key);
  return built;
}

/**
 * A cursor on the whole pool (the position offered last) as a cursor on the qualified part:
 * the last qualified position at or before it, -1 if none.
 */
export function narrowedCursor(fullPosition: Int32Array | undefined, last: number): number {
  if (!fullPosition) return last;
  let low = 0;
  let high = fullPosition.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (fullPosition[mid]! <= last) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Is this pool key one of the qualified parts (they are not part of a fresh build)? */
export const isQualifiedKey = (key: string) => key.includes('|');
