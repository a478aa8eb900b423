/**
 * A set of positions 0..size-1 over a Fenwick tree: membership flips, "how many before p",
 * "the k-th member" and "the next member at or after p" all cost O(log size). Routing keeps
 * one per pool for its available agents, so finding the next free agent does not depend on
 * how many busy ones sit in between.
 */
export class PositionSet {
  readonly size: number;
  count = 0;
  private readonly tree: Int32Array;
  private readonly members: Uint8Array;
  private readonly top: number;

  constructor(size: number, isMember?: (position: number) => boolean) {
    this.size = size;
    this.tree = new Int32Array(size + 1);
    this.members = new Uint8Array(size);
    let top = 1;
    while (top * 2 <= size) top *= 2;
    this.top = top;
    if (!isMember) return;
    // Linear build: each node passes its sum to its parent once.
    for (let position = 0; position < size; position += 1) {
      if (!isMember(position)) continue;
      this.members[position] = 1;
      this.tree[position + 1]! += 1;
      this.count += 1;
    }
    for (let i = 1; i <= size; i += 1) {
      const parent = i + (i & -i);
      if (parent <= size) this.tree[parent]! += this.tree[i]!;
    }
  }

  has(position: number): boolean {
    return this.members[position] === 1;
  }

  set(position: number, member: boolean): void {
    if ((this.members[position] === 1) === member) return;
    this.members[position] = member ? 1 : 0;
    const delta = member ? 1 : -1;
    this.count += delta;
    for (let i = position + 1; i <= this.size; i += i & -i) this.tree[i]! += delta;
  }

  /** Members at positions below `position`. */
  before(position: number): number {
    let sum = 0;
    for (let i = Math.min(position, this.size); i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }

  /** The position of the k-th member (0-based), or -1 if there are not that many. */
  kth(k: number): number {
    return this.descend(k, true);
  }

  /** The position of the k-th non-member (0-based), or -1. */
  kthAbsent(k: number): number {
    return this.descend(k, false);
  }

  /** The first member at or after `position`, or -1. */
  nextFrom(position: number): number {
    if (position >= this.size) return -1;
    if (this.members[position] === 1) return position;
    return this.kth(this.before(position));
  }

  private descend(k: number, members: boolean): number {
    const total = members ? this.count : this.size - this.count;
    if (k < 0 || k >= total) return -1;
    let position = 0;
    let remaining = k + 1;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = position + step;
      if (next > this.size) continue;
      // The node at `next` covers exactly `step` positions here (binary lifting).
      const inBlock = members ? this.tree[next]! : step - this.tree[next]!;
      if (inBlock < remaining) {
        position = next;
        remaining -= inBlock;
      }
    }
    return position;
  }
}

/** Positions kept sorted by a comparator, with binary-search insert and remove. */
export class SortedPositions {
  readonly items: number[] = [];

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  private lowerBound(position: number): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.before(this.items[mid]!, position)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  insert(position: number): void {
    this.items.splice(this.lowerBound(position), 0, position);
  }

  /** Call before the keys the comparator reads change. */
  remove(position: number): void {
    const at = this.lowerBound(position);
    if (this.items[at] === position) this.items.splice(at, 1);
  }

  /** Builds from unsorted positions in one sort. */
  fill(positions: number[]): void {
    this.items.length = 0;
    for (const position of positions) this.items.push(position);
    this.items.sort((a, b) => (this.before(a, b) ? -1 : this.before(b, a) ? 1 : 0));
  }
}
