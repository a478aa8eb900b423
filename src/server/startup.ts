/** The part of a server that failed to start, for the operator (`serve` names it). */
export type StartPart = 'store' | 'sip' | 'api' | 'cluster';

/** A server's start failed in `part`; `cause` is what that part threw. */
export class StartFailure extends Error {
  constructor(
    readonly part: StartPart,
    override readonly cause: unknown,
  ) {
    super(`${part}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * A server starting, step by step: each step names its part, and what the steps opened is
 * closed again, the latest first, when a later step fails. A failed start then leaves no
 * socket, thread, timer or connection behind to keep the process alive.
 */
export class Startup {
  private readonly opened: Array<() => unknown> = [];

  /** Closes what was just opened if a later step fails (a close that fails is passed over). */
  opens(close: () => unknown): void {
    this.opened.push(close);
  }

  async step<T>(part: StartPart, run: () => Promise<T> | T): Promise<T> {
    try {
      return await run();
    } catch (error) {
      await this.unwind();
      throw error instanceof StartFailure ? error : new StartFailure(part, error);
    }
  }

  private async unwind(): Promise<void> {
    for (const close of this.opened.splice(0).reverse())
      await Promise.resolve()
        .then(close)
        .catch(() => {});
  }
}
