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
    const top = { at: this.at[0]!, item: this.items[0]! };
    const last = this.items.length - 1;
    this.swap(0, last);
    this.at.pop();
    this.order.pop();
    this.items.pop();
    this.down(0);
    return top;
  }

  private before(a: number, b: number): boolean {
    return this.at[a]! < this.at[b]! || (this.at[a] === this.at[b] && this.order[a]! < this.order[b]!);
  }

  private up(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private down(index: number): void {
    const size = this.items.length;
    let parent = index;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let first = parent;
      if (left < size && this.before(left, first)) first = left;
      if (right < size && this.before(right, first)) first = right;
      if (first === parent) return;
      this.swap(parent, first);
      parent = first;
    }
  }

  private swap(a: number, b: number): void {
    const at = this.at[a]!;
    this.at[a] = this.at[b]!;
    this.at[b] = at;
    const order = this.order[a]!;
    this.order[a] = this.order[b]!;
    this.order[b] = order;
    const item = this.items[a]!;
    this.items[a] = this.items[b]!;
    this.items[b] = item;
  }
}
