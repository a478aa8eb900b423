import { describe, expect, it } from 'vitest';
import { TimerQueue } from './timer-queue.ts';

describe('TimerQueue', () => {
  it('takes due timers earliest first and skips disarmed and re-armed ones', () => {
    const queue = new TimerQueue();
    queue.arm('w1', 'a', 300);
    queue.arm('w1', 'b', 100);
    queue.arm('w2', 'c', 200);
    queue.arm('w1', 'd', 50);
    queue.disarm('w1', 'd');
    queue.arm('w1', 'a', 150);
    expect(queue.takeDue(250).map((t) => t.timerId)).toEqual(['b', 'a', 'c']);
    expect(queue.size).toBe(0);
    expect(queue.peek()).toBeUndefined();
  });

  it('keeps order across many timers', () => {
    const queue = new TimerQueue();
    const times = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    times.forEach((at, i) => {
      queue.arm('w', `t${i}`, at);
    });
    const due = queue.takeDue(10_000).map((t) => t.at);
    expect(due).toEqual([...times].sort((a, b) => a - b));
  });
});
