/**
 * Counts what a key (an email, an address, a visitor) used in a fixed time window, to refuse
 * floods. In memory on purpose: limits guard one server process, and a restart forgetting
 * them costs an attacker a restart, not a bypass. Real time, not the workspace clock: a
 * virtual clock must not lift or stretch a limit.
 */
export interface WindowLimit {
  /** How much a key may use per window (attempts, messages, characters). */
  limit: number;
  windowMs: number;
}

interface Window {
  start: number;
  used: number;
}

/** Past this many keys, expired windows are swept, then the least recently used down to 3/4. */
const maxKeys = 20_000;

export class WindowCounter {
  private readonly windows = new Map<string, Window>();

  constructor(
    readonly rule: WindowLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `cost` more would fit, or undefined when it fits now. */
  retryAfter(key: string, cost = 1): number | undefined {
    const window = this.current(key);
    if (!window || window.used + cost <= this.rule.limit) return undefined;
    return Math.max(1, window.start + this.rule.windowMs - this.now());
  }

  add(key: string, cost = 1): void {
    const window = this.current(key) ?? { start: this.now(), used: 0 };
    window.used += cost;
    this.windows.delete(key);
    this.windows.set(key, window);
    if (this.windows.size > maxKeys) this.sweep();
  }

  /** Uses `cost` if it fits; else the milliseconds to wait, with nothing used. */
  take(key: string, cost = 1): number | undefined {
    const wait = this.retryAfter(key, cost);
    if (wait === undefined) this.add(key, cost);
    return wait;
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string): Window | undefined {
    const window = this.windows.get(key);
    if (window && this.now() - window.start >= this.rule.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, window] of this.windows)
      if (now - window.start >= this.rule.windowMs) this.windows.delete(key);
    // A flood of distinct keys must not grow memory without bound: the least recently used go,
    // a quarter at a time, so sweeps stay rare.
    for (const key of this.windows.keys()) {
      if (this.windows.size <= (maxKeys * 3) / 4) break;
      this.windows.delete(key);
    }
  }
}
