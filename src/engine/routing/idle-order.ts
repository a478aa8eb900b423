import type { WorkspaceState } from '../state.ts';

/**
 * The longest-idle order of a workspace's users: never-answered first (in creation order),
 * then by when they last answered a call, equal times in the order they got there. The
 * routing index seeds its idle ranks from it (availability.ts).
 *
 * Derived, never stored: kept on the state as a non-enumerable property (snapshots and
 * equality checks do not see it), built from the users on first use, then kept by evolve.
 * A doubly linked list with each user's node in a Map: every answer takes the agent out of
 * their place and puts them at the back, so both are O(1) with no search and no array shifted
 * (a sorted array in chunks cost a binary search of Map look-ups and a splice per answer, 4 %
 * of the engine day). A state rebuilt without it (a snapshot load, a copy) sorts the users
 * again: agents who answered in the same millisecond then keep their creation order, as a
 * snapshot load always did.
 */
const neverAnswered = -1e15;
/** Keys below this are of users who never answered (neverAnswered plus their creation order). */
const answeredFloor = neverAnswered / 2;
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

/** A user's place: their idle key when they took it (it changes only by an answer, which takes them out first). */
class Place {
  prev: Place | undefined = undefined;
  next: Place | undefined = undefined;
  constructor(
    readonly userId: string,
    readonly key: number,
  ) {}
}

class IdleOrder {
  private head: Place | undefined;
  private tail: Place | undefined;
  /**
   * The last place of a user who never answered: a user created later goes right after it
   * (their creation order is larger), with no walk over every agent who has answered since.
   */
  private lastNever: Place | undefined;
  private readonly places = new Map<string, Place>();

  constructor(state: WorkspaceState) {
    const sorted = sortedByIdle(state);
    for (let i = 0; i < sorted.ids.length; i += 1)
      this.insertAfter(this.tail, new Place(sorted.ids[i]!, sorted.keys[i]!));
  }

  get size(): number {
    return this.places.size;
  }

  last(): string | undefined {
    return this.tail?.userId;
  }

  /** After everyone with the same or an earlier idle key. */
  add(userId: string, state: WorkspaceState): void {
    if (this.places.has(userId)) return;
    const place = new Place(userId, idleKey(state, userId));
    this.insertAfter(this.lastNotAfter(place.key), place);
  }

  /** Takes the user out of the order (before their lastAnsweredAt changes, or once they are gone). */
  remove(userId: string): void {
    const place = this.places.get(userId);
    if (!place) return;
    this.places.delete(userId);
    if (this.lastNever === place) this.lastNever = place.prev;
    if (place.prev) place.prev.next = place.next;
    else this.head = place.next;
    if (place.next) place.next.prev = place.prev;
    else this.tail = place.prev;
  }

  /**
   * The last place whose key is not after `key` (undefined: none, the new one goes first).
   * Usually the agent just answered, later than anyone: the back, with no walk. A user created
   * starts after the last who never answered; anything else (a clock that went back) walks back.
   */
  private lastNotAfter(key: number): Place | undefined {
    let at = key < answeredFloor ? this.lastNever : this.tail;
    while (at && at.key > key) at = at.prev;
    return at;
  }

  private insertAfter(prev: Place | undefined, place: Place): void {
    this.places.set(place.userId, place);
    place.prev = prev;
    place.next = prev ? prev.next : this.head;
    if (prev) prev.next = place;
    else this.head = place;
    if (place.next) place.next.prev = place;
    else this.tail = place;
    if (place.key < answeredFloor && (!this.lastNever || this.lastNever === prev)) this.lastNever = place;
  }

  *[Symbol.iterator](): Generator<string> {
    for (let at = this.head; at; at = at.next) yield at.userId;
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

export const addIdle = (state: WorkspaceState, userId: string): void => idleOrderOf(state).add(userId, state);

export const removeIdle = (state: WorkspaceState, userId: string): void => idleOrderOf(state).remove(userId);

/** Forgets the order; the next use sorts the users again (after a snapshot load). */
export function resetIdleOrder(state: WorkspaceState): void {
  (state as WithIdleOrder)[key] = undefined;
}
