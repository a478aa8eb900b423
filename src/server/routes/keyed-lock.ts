/**
 * Runs tasks that share a key one after another, in this process; different keys run
 * freely. A workspace is owned by one node at a time, so this is enough to keep two
 * deliveries from the same contact from each opening a conversation.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release: () => void = () => {};
    const turn = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => turn);
    this.tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys with a task running or waiting: none once everything is done. */
  get size(): number {
    return this.tails.size;
  }
}
