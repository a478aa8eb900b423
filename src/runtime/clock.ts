/** Where time comes from. The engine never reads a clock; the runtime passes `now` in. */
export interface Clock {
  readonly kind: 'system' | 'virtual';
  now(): number;
}

export class SystemClock implements Clock {
  readonly kind = 'system';
  now(): number {
    return Date.now();
  }
}

/**
 * A clock that only moves when told to. The runtime's `advance` walks it from timer to
 * timer, so a 15-minute wait plays out in milliseconds, in the same order as for real.
 */
export class VirtualClock implements Clock {
  readonly kind = 'virtual';
  constructor(private time = Date.UTC(2026, 0, 5, 8, 0, 0)) {}

  now(): number {
    return this.time;
  }

  /** Moves forward only: never back, never to a time that is not a finite number (issue 12 item 6). */
  set(time: number): void {
    if (!Number.isFinite(time)) throw new RangeError(`the clock cannot move to ${time}`);
    if (time > this.time) this.time = time;
  }
}
