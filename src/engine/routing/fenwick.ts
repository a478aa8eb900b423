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
  /** The same membership as bits, 32 positions a word: the next member nearby is one word test away. */
  private readonly bits: Uint32Array;
  private readonly top: number;

  constructor(size: number, isMember?: (position: number) => boolean) {
    this.size = size;
    this.tree = new Int32Array(size + 1);
    this.members = new Uint8Array(size);
    this.bits = new Uint32Array((size + 31) >>> 5);
    let top = 1;
    while (top * 2 <= size) top *= 2;
    this.top = top;
    if (!isMember) return;
    // Linear build: each node passes its sum to its parent once.
    for (let position = 0; position < size; position += 1) {
      if (!isMember(position)) continue;
      this.members[position] = 1;
      this.bits[position >>> 5]! |= 1 << (position & 31);
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
    if (member) this.bits[position >>> 5]! |= 1 << (position & 31);
    else this.bits[position >>> 5]! &= ~(1 << (position & 31));
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
    // A look at the next few words first: in a pool that is not nearly all busy the next member is close.
    let at = position >>> 5;
    let word = this.bits[at]! & (-1 << (position & 31));
    const near = Math.min(this.bits.length, at + 4);
    for (;;) {
      if (word !== 0) return (at << 5) + 31 - Math.clz32(word & -word);
      at += 1;
      if (at >= near) break;
      word = this.bits[at]!;
    }
    if (at >= this.bits.length) return -1;
    return this.kth(this.before(at << 5));
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

/** Chunk size of SortedPositions: inserts move at most this many items, not the whole pool. */
const chunkMax = 512;

/**
 * Positions kept sorted by a comparator, in chunks of at most chunkMax: insert and remove
 * find the chunk by binary search over the chunks' last items, then move items within that
 * chunk only, so keeping 50,000 agents in order costs about as much as keeping 500.
 */
export class SortedPositions {
  private chunks: number[][] = [];
  /** What to sort on first use; until then inserts and removes are no-ops (the source reads the keys then). */
  private pending: (() => number[]) | undefined;

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  /**
   * Sorted only when first read: a pool whose strategy never reads this order (sequential,
   * round robin …) never pays for the sort, nor for keeping it.
   */
  fillLater(source: () => number[]): void {
    this.chunks = [];
    this.pending = source;
  }

  private ready(): void {
    const source = this.pending;
    if (!source) return;
    this.pending = undefined;
    this.fill(source());
  }

  get size(): number {
    this.ready();
    let size = 0;
    for (const chunk of this.chunks) size += chunk.length;
    return size;
  }

  /** The first chunk whose last item is not before `position` (the last chunk if none is). */
  private chunkFor(position: number): number {
    let low = 0;
    let high = this.chunks.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      const chunk = this.chunks[mid]!;
      if (this.before(chunk[chunk.length - 1]!, position)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private lowerBound(chunk: number[], position: number): number {
    let low = 0;
    let high = chunk.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.before(chunk[mid]!, position)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  insert(position: number): void {
    if (this.pending) return;
    if (this.chunks.length === 0) {
      this.chunks.push([position]);
      return;
    }
    const at = this.chunkFor(position);
    const chunk = this.chunks[at]!;
    chunk.splice(this.lowerBound(chunk, position), 0, position);
    if (chunk.length > chunkMax) this.chunks.splice(at + 1, 0, chunk.splice(chunkMax >> 1));
  }

  /** Call before the keys the comparator reads change. */
  remove(position: number): void {
    if (this.pending || this.chunks.length === 0) return;
    const at = this.chunkFor(position);
    const chunk = this.chunks[at]!;
    const index = this.lowerBound(chunk, position);
    if (chunk[index] !== position) return;
    chunk.splice(index, 1);
    if (chunk.length === 0) this.chunks.splice(at, 1);
  }

  first(): number | undefined {
    this.ready();
    return this.chunks[0]?.[0];
  }

  /** In order, lazily: routing stops at the first member it can offer. */
  *[Symbol.iterator](): Generator<number> {
    this.ready();
    for (const chunk of this.chunks) yield* chunk;
  }

  /** Builds from unsorted positions in one sort. */
  fill(positions: number[]): void {
    // The order is total (every comparator ends on the position): one call per comparison.
    const sorted = [...positions].sort((a, b) => (a === b ? 0 : this.before(a, b) ? -1 : 1));
    this.chunks = [];
    for (let i = 0; i < sorted.length; i += chunkMax >> 1)
      this.chunks.push(sorted.slice(i, i + (chunkMax >> 1)));
  }
}
