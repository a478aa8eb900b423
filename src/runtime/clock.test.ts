import { describe, expect, it } from 'vitest';
import { VirtualClock } from './clock.ts';

describe('virtual clock (issue 12 item 6)', () => {
  it('never moves back', () => {
    const clock = new VirtualClock(1_000);
    clock.set(500);
    expect(clock.now()).toBe(1_000);
    clock.set(2_000);
    expect(clock.now()).toBe(2_000);
  });

  it('refuses a time that is not a finite number, and stays where it was', () => {
    const clock = new VirtualClock(1_000);
    for (const time of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN])
      expect(() => clock.set(time)).toThrow(RangeError);
    expect(clock.now()).toBe(1_000);
  });
});
