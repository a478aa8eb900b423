/**
 * Read-your-writes under a steady load. A read of a workspace's committed state needs a moment
 * when nothing decided is still waiting to be durable (decide changes the state in place). With
 * commits off the event loop the next batch is decided while one is written, so under load
 * that moment would never come: while a read waits, the workspace's new commands wait behind
 * it. Once what was decided is durable the waiting reads run first (they are synchronous once
 * resumed), then the commands, in the order they came.
 */
export class ReadGate {
  /** Resolves when the state is committed: the reads resume. */
  readonly reads: Promise<void>;
  /** Resolves after the reads have run: the commands resume. */
  readonly commands: Promise<void>;
  private openReads!: () => void;
  private openCommands!: () => void;
  private opened = false;

  constructor() {
    this.reads = new Promise((resolve) => (this.openReads = resolve));
    this.commands = new Promise((resolve) => (this.openCommands = resolve));
  }

  /**
   * Lets the reads go, then (on the next turn of the event loop, once every resumed read has
   * taken what it needs) the commands; `opened` runs just before the commands resume.
   */
  open(opened: () => void): void {
    if (this.opened) return;
    this.opened = true;
    this.openReads();
    setImmediate(() => {
      opened();
      this.openCommands();
    });
  }
}
