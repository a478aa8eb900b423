/**
 * The simulator's agenda: a binary min-heap of things due at a virtual time. Items due at
 * the same moment come out in the order they were put in, so a run is deterministic.
 *
 * The heap moves numbers only: each item sits in a slot of its own (slots are reused) and the
 * heap holds the slot's number. Moving an object reference from one place of an array to
 * another costs V8 a write barrier each time (the array is old, the items young); an agenda of
 * ~2,000 items moved them ~11 times per item taken. In a replay of the engine day's pattern
 * (3M takes and pushes of new items), 830 ms against 1,058 (median of 12).
 */
export class EventQueue<T> {
  private readonly at: number[] = [];
  private readonly order: number[] = [];
  private readonly slot: number[] = [];
  private readonly items: (T | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  private added = 0;

  get size(): number {
    return this.slot.length;
  }

  push(at: number, item: T): void {
    const slot = this.freeSlots.length > 0 ? this.freeSlots.pop()! : this.items.length;
    this.items[slot] = item;
    this.at.push(at);
    this.order.push(this.added++);
    this.slot.push(slot);
    this.up(this.slot.length - 1);
  }

  /** When the next item is due; Infinity when there is none. */
  peekAt(): number {
    return this.slot.length > 0 ? this.at[0]! : Number.POSITIVE_INFINITY;
  }

  pop(): { at: number; item: T } | undefined {
    if (this.slot.length === 0) return undefined;
    const at = this.at[0]!;
    return { at, item: this.take()! };
  }

  /** The next item, out of the agenda (peekAt first for when it is due): no pair made per item. */
  take(): T | undefined {
    const last = this.slot.length - 1;
    if (last < 0) return undefined;
    const topSlot = this.slot[0]!;
    const top = this.items[topSlot];
    this.items[topSlot] = undefined;
    this.freeSlots.push(topSlot);
    const at = this.at.pop()!;
    const order = this.order.pop()!;
    const slot = this.slot.pop()!;
    if (last > 0) this.down(at, order, slot);
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
    const slot = this.slot[index]!;
    let hole = index;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      if (!(at < this.at[parent]! || (at === this.at[parent] && order < this.order[parent]!))) break;
      this.move(parent, hole);
      hole = parent;
    }
    this.place(hole, at, order, slot);
  }

  /** Puts (at, order, slot) at the root's place and sifts it down. */
  private down(at: number, order: number, slot: number): void {
    const size = this.slot.length;
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
    this.place(hole, at, order, slot);
  }

  private move(from: number, to: number): void {
    this.at[to] = this.at[from]!;
    this.order[to] = this.order[from]!;
    this.slot[to] = this.slot[from]!;
  }

  private place(index: number, at: number, order: number, slot: number): void {
    this.at[index] = at;
    this.order[index] = order;
    this.slot[index] = slot;
  }
}
