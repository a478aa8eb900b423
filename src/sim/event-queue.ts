/**
 * The simulator's agenda: a binary min-heap of things due at a virtual time. Items due at
 * the same moment come out in the order they were put in, so a run is deterministic.
 */
export class EventQueue<T> {
  private readonly at: number[] = [];
  private readonly order: number[] = [];
  private readonly items: T[] = [];
  private added = 0;

  get size(): number {
    return this.items.length;
  }

  push(at: number, item: T): void {
    this.at.push(at);
    this.order.push(this.added++);
    this.items.push(item);
    this.up(this.items.length - 1);
  }

  /** When the next item is due; Infinity when there is none. */
  peekAt(): number {
    return this.items.length > 0 ? this.at[0]! : Number.POSITIVE_INFINITY;
  }

  pop(): { at: number; item: T } | undefined {
    if (this.items.length === 0) return undefined;
    const at = this.at[0]!;
    return { at, item: this.take()! };
  }

  /** The next item, out of the agenda (peekAt first for when it is due): no pair made per item. */
  take(): T | undefined {
    const last = this.items.length - 1;
    if (last < 0) return undefined;
    const top = this.items[0]!;
    const at = this.at.pop()!;
    const order = this.order.pop()!;
    const item = this.items.pop()!;
    if (last > 0) this.down(at, order, item);
    return top;
  }

  /** Whether the entry at `index` comes before (at, order). */
  private before(index: number, at: number, order: number): boolean {
    const other = this.at[index]!;
    return other < at || (other === at && this.order[index]! < order);
  }

  /**
   * Sifts by moving a hole rather than swapping: the entry is written once, where it lands.
   * (at, order) pairs are all different, so the order items come out in is the same as any
   * heap's.
   */
  private up(index: number): void {
    const at = this.at[index]!;
    const order = this.order[index]!;
    const item = this.items[index]!;
    let hole = index;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      if (!(at < this.at[parent]! || (at === this.at[parent] && order < this.order[parent]!))) break;
      this.move(parent, hole);
      hole = parent;
    }
    this.place(hole, at, order, item);
  }

  /** Puts (at, order, item) at the root's place and sifts it down. */
  private down(at: number, order: number, item: T): void {
    const size = this.items.length;
    let hole = 0;
    for (;;) {
      const left = hole * 2 + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && this.before(right, this.at[left]!, this.order[left]!) ? right : left;
      if (!this.before(child, at, order)) break;
      this.move(child, hole);
      hole = child;
    }
    this.place(hole, at, order, item);
  }

  private move(from: number, to: number): void {
    this.at[to] = this.at[from]!;
    this.order[to] = this.order[from]!;
    this.items[to] = this.items[from]!;
  }

  private place(index: number, at: number, order: number, item: T): void {
    this.at[index] = at;
    this.order[index] = order;
    this.items[index] = item;
  }
}
