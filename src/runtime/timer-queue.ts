/** A due-time priority queue over every workspace's timers (binary min-heap, lazy removal). */
export interface QueuedTimer {
  workspaceId: string;
  timerId: string;
  at: number;
}

const keyOf = (workspaceId: string, timerId: string) => `${workspaceId}\u0000${timerId}`;

export class TimerQueue {
  private heap: QueuedTimer[] = [];
  /** The live entry per timer; heap entries not identical to it are stale. */
  private live = new Map<string, QueuedTimer>();

  get size(): number {
    return this.live.size;
  }

  arm(workspaceId: string, timerId: string, at: number): void {
    const entry = { workspaceId, timerId, at };
    this.live.set(keyOf(workspaceId, timerId), entry);
    this.push(entry);
  }

  disarm(workspaceId: string, timerId: string): void {
    this.live.delete(keyOf(workspaceId, timerId));
  }

  disarmWorkspace(workspaceId: string): void {
    for (const [key, entry] of this.live) if (entry.workspaceId === workspaceId) this.live.delete(key);
  }

  /** The earliest armed timer, without removing it. */
  peek(): QueuedTimer | undefined {
    this.dropStale();
    return this.heap[0];
  }

  /** Removes and returns every timer due at or before `now`, earliest first. */
  takeDue(now: number): QueuedTimer[] {
    const due: QueuedTimer[] = [];
    for (let next = this.peek(); next && next.at <= now; next = this.peek()) {
      this.pop();
      this.live.delete(keyOf(next.workspaceId, next.timerId));
      due.push(next);
    }
    return due;
  }

  private dropStale(): void {
    while (this.heap.length > 0) {
      const top = this.heap[0]!;
      if (this.live.get(keyOf(top.workspaceId, top.timerId)) === top) return;
      this.pop();
    }
  }

  private push(entry: QueuedTimer): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.at <= heap[i]!.at) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left]!.at < heap[smallest]!.at) smallest = left;
      if (right < heap.length && heap[right]!.at < heap[smallest]!.at) smallest = right;
      if (smallest === i) return;
      [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
      i = smallest;
    }
  }
}
