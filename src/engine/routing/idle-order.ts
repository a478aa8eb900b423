import type { WorkspaceState } from '../state.ts';

/**
 * The longest-idle order of a workspace's users: never-answered first (in creation order),
 * then by when they last answered a call, equal times in the order they got there. The
 * routing index seeds its idle ranks from it (availability.ts).
 *
 * Derived, never stored: kept on the state as a non-enumerable property (snapshots and
 * equality checks do not see it), built from the users on first use, then kept by evolve.
 * In chunks of at most chunkMax, so moving an agent who answered to the back shifts one
 * chunk, not 50,000 ids. A state rebuilt without it (a snapshot load, a copy) sorts the users
 * again: agents who answered in the same millisecond then keep their creation order, as a
 * snapshot load always did.
 */
const chunkMax = 512;
const neverAnswered = -1e15;
const key = Symbol('idleOrder');

const idleKey = (state: WorkspaceState, userId: string) => {
  const user = state.users[userId];
  return user?.lastAnsweredAt ?? neverAnswered + (user?.order ?? 0);
};

/**
 * The users by idle key, equal keys in the users' own order: the keys read once into a typed
 * array and positions sorted by them, so 50,000 agents sort without a record look-up per comparison.
 */
function sortedByIdle(state: WorkspaceState): { ids: string[]; keys: number[] } {
  const ids = Object.keys(state.users);
  const keys = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i += 1) keys[i] = idleKey(state, ids[i]!);
  const positions = Array.from(ids, (_, i) => i);
  positions.sort((a, b) => keys[a]! - keys[b]! || a - b);
  return { ids: positions.map((i) => ids[i]!), keys: positions.map((i) => keys[i]!) };
}

/**
 * A user's place: their idle key when they took it (it changes only by an answer, which takes
 * them out first) and when they took it, which breaks ties between equal keys. Kept here so a
 * search compares numbers instead of looking users up in the state's record.
 */
type Place = { key: number; seq: number };

class IdleOrder {
  private chunks: string[][] = [];
  private readonly places = new Map<string, Place>();
  private next = 0;

  constructor(private readonly state: WorkspaceState) {
    const sorted = sortedByIdle(state);
    sorted.ids.forEach((userId, i) => {
      this.places.set(userId, { key: sorted.keys[i]!, seq: this.next++ });
    });
    for (let i = 0; i < sorted.ids.length; i += chunkMax >> 1)
      this.chunks.push(sorted.ids.slice(i, i + (chunkMax >> 1)));
  }

  get size(): number {
    return this.places.size;
  }

  last(): string | undefined {
    return this.chunks.at(-1)?.at(-1);
  }

  private before(a: string, b: string): boolean {
    const pa = this.places.get(a)!;
    const pb = this.places.get(b)!;
    return pa.key < pb.key || (pa.key === pb.key && pa.seq < pb.seq);
  }

  /** The first chunk whose last id is not before `userId` (the last chunk if none is). */
  private chunkFor(userId: string): number {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.before(this.chunks[mid]!.at(-1)!, userId)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private lowerBound(chunk: string[], userId: string): number {
    let low = 0;
    let high = chunk.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.before(chunk[mid]!, userId)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** After everyone with the same or an earlier idle key. */
  add(userId: string): void {
    if (this.places.has(userId)) return;
    this.places.set(userId, { key: idleKey(this.state, userId), seq: this.next++ });
    if (this.chunks.length === 0) {
      this.chunks.push([userId]);
      return;
    }
    // Usually the agent just answered, later than anyone: the back, with no search.
    const back = this.chunks.length - 1;
    const at = this.before(this.chunks[back]!.at(-1)!, userId) ? back : this.chunkFor(userId);
    const chunk = this.chunks[at]!;
    if (at === back && this.before(chunk.at(-1)!, userId)) chunk.push(userId);
    else chunk.splice(this.lowerBound(chunk, userId), 0, userId);
    if (chunk.length > chunkMax) this.chunks.splice(at + 1, 0, chunk.splice(chunkMax >> 1));
  }

  /** Call before the user's lastAnsweredAt changes (or once they are gone: then by a scan). */
  remove(userId: string): void {
    if (!this.places.has(userId)) return;
    let at = this.chunkFor(userId);
    let index = this.lowerBound(this.chunks[at]!, userId);
    if (this.chunks[at]![index] !== userId) {
      at = this.chunks.findIndex((chunk) => chunk.includes(userId));
      index = this.chunks[at]!.indexOf(userId);
    }
    const chunk = this.chunks[at]!;
    chunk.splice(index, 1);
    if (chunk.length === 0) this.chunks.splice(at, 1);
    this.places.delete(userId);
  }

  *[Symbol.iterator](): Generator<string> {
    for (const chunk of this.chunks) yield* chunk;
  }
}

type WithIdleOrder = WorkspaceState & { [key]?: IdleOrder };

function idleOrderOf(state: WorkspaceState): IdleOrder {
  const holder = state as WithIdleOrder;
  const current = holder[key];
  if (current) return current;
  const built = new IdleOrder(state);
  Object.defineProperty(holder, key, { value: built, writable: true, configurable: true, enumerable: false });
  return built;
}

/** The users, longest idle first. */
export const idleOrder = (state: WorkspaceState): Iterable<string> & { readonly size: number } =>
  idleOrderOf(state);

/** The user who last took their place at the back (the last to answer), if any. */
export const lastIdle = (state: WorkspaceState): string | undefined => idleOrderOf(state).last();

export const addIdle = (state: WorkspaceState, userId: string): void => idleOrderOf(state).add(userId);

export const removeIdle = (state: WorkspaceState, userId: string): void => idleOrderOf(state).remove(userId);

/** Forgets the order; the next use sorts the users again (after a snapshot load). */
export function resetIdleOrder(state: WorkspaceState): void {
  (state as WithIdleOrder)[key] = undefined;
}
