import type { User } from '../state.ts';
import type { RoutingIndex } from './availability.ts';
import { PositionSet } from './fenwick.ts';
import type { ChatPool, VoicePool } from './pools.ts';
import { chatUnavailable, unavailableReason } from './unavailable.ts';

/**
 * One member joining or leaving a pool of the routing index in place (a user created or
 * removed), instead of building the pool again from every member's record: joining appends at
 * the end (the pool's order is the configuration's, where a new user goes last); leaving
 * shifts the members after them down by one, arrays copied within themselves, no record read.
 */

/** A typed array with room for one more item at `length`: capacity doubles when full. */
function roomFor<T extends Float64Array | Int32Array>(array: T, length: number, make: (n: number) => T): T {
  if (length < array.length) return array;
  const bigger = make(Math.max(4, array.length * 2));
  bigger.set(array);
  return bigger;
}

export function appendVoice(index: RoutingIndex, pool: VoicePool, user: User | undefined, userId: string) {
  const position = pool.ids.length;
  pool.ids.push(userId);
  pool.positionOf.set(userId, position);
  pool.idleRank = roomFor(pool.idleRank, position, (n) => new Float64Array(n));
  pool.load = roomFor(pool.load, position, (n) => new Int32Array(n));
  pool.answered = roomFor(pool.answered, position, (n) => new Float64Array(n));
  const reason = unavailableReason(user);
  pool.reasons.push(reason);
  pool.idleRank[position] = index.idleRank.get(userId) ?? Number.MAX_VALUE;
  pool.load[position] = user ? user.ringingLegs + user.connectedLegs : 0;
  pool.answered[position] = user?.lastAnsweredAt ?? Number.NEGATIVE_INFINITY;
  pool.free.grow();
  if (reason !== undefined) return;
  pool.free.set(position, true);
  pool.byIdle.insert(position);
  pool.byLoad.insert(position);
}

export function appendChat(pool: ChatPool, user: User | undefined, userId: string) {
  const position = pool.ids.length;
  pool.ids.push(userId);
  pool.positionOf.set(userId, position);
  pool.load = roomFor(pool.load, position, (n) => new Int32Array(n));
  const reason = chatUnavailable(user);
  pool.reasons.push(reason);
  pool.load[position] = user?.chatSessions ?? 0;
  pool.free.grow();
  if (reason !== undefined) return;
  pool.free.set(position, true);
  pool.byLoad.insert(position);
}

/**
 * Every position of `userId` dropped from the pool's member list and per-member arrays (the
 * arrays listed, compacted in place), the free set rebuilt from the kept flags and the
 * positions renumbered. Returns the old → new position map, or undefined if they were not in it.
 */
function compact(
  pool: {
    ids: string[];
    positionOf: Map<string, number>;
    reasons: (string | undefined)[];
    free: PositionSet;
  },
  userId: string,
  arrays: (Float64Array | Int32Array)[],
): Int32Array | undefined {
  if (!pool.positionOf.has(userId)) return undefined;
  const n = pool.ids.length;
  const to = new Int32Array(n);
  const free = new Uint8Array(n);
  let kept = 0;
  for (let position = 0; position < n; position += 1) {
    const id = pool.ids[position]!;
    if (id === userId) {
      to[position] = -1;
      continue;
    }
    to[position] = kept;
    free[kept] = pool.free.has(position) ? 1 : 0;
    if (kept !== position) {
      pool.ids[kept] = id;
      pool.reasons[kept] = pool.reasons[position];
      for (const array of arrays) array[kept] = array[position]!;
      pool.positionOf.set(id, kept);
    }
    kept += 1;
  }
  pool.ids.length = kept;
  pool.reasons.length = kept;
  // Moved members were set in order above, so one listed twice keeps their last position (pools.ts).
  pool.positionOf.delete(userId);
  pool.free = new PositionSet(kept, (position) => free[position] === 1);
  return to;
}

export function removeFromVoice(pool: VoicePool, userId: string): void {
  const to = compact(pool, userId, [pool.idleRank, pool.load, pool.answered]);
  if (!to) return;
  pool.byIdle.renumber(to);
  pool.byLoad.renumber(to);
}

export function removeFromChat(pool: ChatPool, userId: string): void {
  const to = compact(pool, userId, [pool.load]);
  if (to) pool.byLoad.renumber(to);
}
