export const tickMs = 20;
/** Past this many late ticks the clock skips ahead rather than bursting packets out. */
const maxCatchUp = 3;

/**
 * The plane's one 20 ms clock for all its legs. Timers drift and fire late under load, so each
 * tick is scheduled against the start time, not the previous tick; a tick that fires late runs
 * the ticks it missed (a few at most) so the peers' audio keeps its pace.
 */
export class Clock {
  private timer: NodeJS.Timeout | undefined;
  private active = false;
  private due = 0;

  constructor(private readonly onTick: (now: number) => void) {}

  get running(): boolean {
    return this.active;
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    this.due = performance.now() + tickMs;
    this.schedule();
  }

  stop(): void {
    this.active = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.timer = setTimeout(() => this.fire(), Math.max(0, this.due - performance.now()));
  }

  private fire(): void {
    this.timer = undefined;
    const now = performance.now();
    let ran = 0;
    while (this.due <= now && ran < maxCatchUp) {
      this.due += tickMs;
      this.onTick(now);
      if (!this.active) return;
      ran++;
    }
    if (this.due <= now) this.due = now + tickMs;
    if (!this.timer) this.schedule();
  }
}
