import type { StoredEvent } from '../../engine/events.ts';
import { SqliteStore } from '../../store/sqlite/store.ts';

/** A file store whose commits wait until the test lets them through (or fails them). */
export class GatedStore extends SqliteStore {
  private gate: { open: Promise<void>; release: () => void; fail: (error: Error) => void } | undefined;

  hold(): void {
    let release!: () => void;
    let fail!: (error: Error) => void;
    const open = new Promise<void>((resolve, reject) => {
      release = resolve;
      fail = reject;
    });
    // Failed with no commit waiting on it: nothing to report.
    open.catch(() => undefined);
    this.gate = { open, release, fail };
  }

  release(): void {
    this.gate?.release();
    this.gate = undefined;
  }

  fail(): void {
    this.gate?.fail(new Error('disk full'));
    this.gate = undefined;
  }

  override async commit(events: StoredEvent[]): Promise<void> {
    await this.gate?.open;
    return super.commit(events);
  }
}
