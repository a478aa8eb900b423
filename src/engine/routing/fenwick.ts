/** The largest power of two not above `words` (where a Fenwick descent starts). */
function topOf(words: number): number {
  let top = 1;
  while (top * 2 <= words) top *= 2;
  return top;
}

/** Set bits of a 32-bit word. */
function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** The bit index of the (r+1)-th set bit of a word (0-based r), which must have that many. */
function selectBit(word: number, r: number): number {
  let w = word;
  for (let i = 0; i < r; i += 1) w &= w - 1;
  return 31 - Math.clz32(w & -w);
}

/**
 * A set of positions 0..size-1 as a bitset, 32 positions a word, with a Fenwick tree over the
 * words' member counts: membership flips, "how many before p", "the k-th member" and "the
 * next member at or after p" all cost O(log(size / 32)). Routing keeps one per pool for its
 * available agents, so finding the next free agent does not depend on how many busy ones sit
 * in between. The tree counts words, not positions: for 50,000 agents it is 6 KB rather than
 * 200 KB, so a decision's descent stays in the processor's first-level cache at any pool size.
 */
export class PositionSet {
  size: number;
  count = 0;
  /** Fenwick tree over the words' member counts (1-based), over every word of capacity. */
  private tree: Int32Array;
  private bits: Uint32Array;
  /** Words of capacity: those past `size` hold no member, so the pool can grow without a rebuild. */
  private words: number;
  private top: number;

  constructor(size: number, isMember?: (position: number) => boolean) {
    this.size = size;
    this.words = (size + 31) >>> 5;
    this.tree = new Int32Array(this.words + 1);
    this.bits = new Uint32Array(this.words);
    this.top = topOf(this.words);
    if (!isMember) return;
    for (let position = 0; position < size; position += 1) {
      if (!isMember(position)) continue;
      this.bits[position >>> 5]! |= 1 << (position & 31);
      this.count += 1;
    }
    this.build();
  }

  /** Linear build of the tree from the words: each node passes its sum to its parent once. */
  private build(): void {
    this.tree.fill(0);
    for (let word = 0; word < this.words; word += 1) this.tree[word + 1]! += popcount(this.bits[word]!);
    for (let i = 1; i <= this.words; i += 1) {
      const parent = i + (i & -i);
      if (parent <= this.words) this.tree[parent]! += this.tree[i]!;
    }
  }

  /** One more position at the end, not a member (a user joined the pool); capacity doubles when full. */
  grow(): void {
    this.size += 1;
    if (this.size <= this.words << 5) return;
    const words = Math.max(4, this.words * 2);
    const bits = new Uint32Array(words);
    bits.set(this.bits);
    this.bits = bits;
    this.words = words;
    this.tree = new Int32Array(words + 1);
    this.top = topOf(words);
    this.build();
  }

  has(position: number): boolean {
    return (this.bits[position >>> 5]! & (1 << (position & 31))) !== 0;
  }

  set(position: number, member: boolean): void {
    if (this.has(position) === member) return;
    const word = position >>> 5;
    if (member) this.bits[word]! |= 1 << (position & 31);
    else this.bits[word]! &= ~(1 << (position & 31));
    const delta = member ? 1 : -1;
    this.count += delta;
    for (let i = word + 1; i <= this.words; i += i & -i) this.tree[i]! += delta;
  }

  /** Members in words below `word`. */
  private wordsBefore(word: number): number {
    let sum = 0;
    for (let i = word; i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }

  /** Members at positions below `position`. */
  before(position: number): number {
    if (position >= this.size) return this.count;
    if (position <= 0) return 0;
    const word = position >>> 5;
    const within = position & 31;
    const low = within === 0 ? 0 : popcount(this.bits[word]! & (0xffffffff >>> (32 - within)));
    return this.wordsBefore(word) + low;
  }

  /** The position of the k-th member (0-based), or -1 if there are not that many. */
  kth(k: number): number {
    if (k < 0 || k >= this.count) return -1;
    let word = 0;
    let remaining = k + 1;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = word + step;
      if (next > this.words) continue;
      // The node at `next` covers exactly `step` words here (binary lifting).
      const inBlock = this.tree[next]!;
      if (inBlock < remaining) {
        word = next;
        remaining -= inBlock;
      }
    }
    return (word << 5) + selectBit(this.bits[word]!, remaining - 1);
  }

  /** The position of the k-th non-member (0-based), or -1. */
  kthAbsent(k: number): number {
    if (k < 0 || k >= this.size - this.count) return -1;
    let word = 0;
    let remaining = k + 1;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = word + step;
      if (next > this.words) continue;
      // Padding past `size` in the last word reads as absent, but it follows every real position.
      const inBlock = (step << 5) - this.tree[next]!;
      if (inBlock < remaining) {
        word = next;
        remaining -= inBlock;
      }
    }
    return (word << 5) + selectBit(~this.bits[word]! >>> 0, remaining - 1);
  }

  /** The first member at or after `position`, or -1. */
  nextFrom(position: number): number {
    if (position >= this.size) return -1;
    // A look at the next few words first: in a pool that is not nearly all busy the next member is close.
    let at = position >>> 5;
    let word = this.bits[at]! & (-1 << (position & 31));
    const near = Math.min(this.words, at + 4);
    for (;;) {
      if (word !== 0) return (at << 5) + 31 - Math.clz32(word & -word);
      at += 1;
      if (at >= near) break;
      word = this.bits[at]!;
    }
    if (at >= this.words) return -1;
    return this.kth(this.wordsBefore(at));
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

  /**
   * Positions renumbered after members left the pool: `to[p]` is p's new position, -1 for one
   * that left. Renumbering keeps the order (positions only break ties, and shift together).
   */
  renumber(to: Int32Array): void {
    if (this.pending) return;
    const chunks: number[][] = [];
    for (const chunk of this.chunks) {
      const kept: number[] = [];
      for (const position of chunk) if (to[position]! !== -1) kept.push(to[position]!);
      if (kept.length > 0) chunks.push(kept);
    }
    this.chunks = chunks;
  }

  /** The positions in order, chunk by chunk (read-only): routing walks them with no iterator object. */
  inChunks(): readonly (readonly number[])[] {
    this.ready();
    return this.chunks;
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
