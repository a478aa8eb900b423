import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Clock } from './clock.ts';

describe('the plane clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ticks every 20 ms against its start, not the previous tick, and stops', () => {
    const ticks: number[] = [];
    const clock = new Clock((now) => ticks.push(now));
    clock.start();
    vi.advanceTimersByTime(200);
    expect(ticks).toHaveLength(10);
    clock.stop();
    vi.advanceTimersByTime(200);
    expect(ticks).toHaveLength(10);
  });

  it('runs a few missed ticks after a stall, then skips ahead instead of bursting', () => {
    const ticks: number[] = [];
    const clock = new Clock((now) => {
      ticks.push(now);
      // The first tick blocks the event loop for 200 ms (ten ticks' worth).
      if (ticks.length === 1) vi.advanceTimersByTime(200);
    });
    clock.start();
    vi.advanceTimersByTime(20);
    // Right after the stall it runs three of the ten ticks it missed (late, all at once)…
    expect(ticks).toEqual([20, 220, 220, 220]);
    // …then skips ahead: the next tick is 20 ms later, not a burst of the other seven.
    vi.advanceTimersByTime(19);
    expect(ticks).toHaveLength(4);
    vi.advanceTimersByTime(1);
    expect(ticks).toEqual([20, 220, 220, 220, 240]);
    clock.stop();
  });
});
