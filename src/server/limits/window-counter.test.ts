import { describe, expect, it } from 'vitest';
import { WindowCounter } from './window-counter.ts';

describe('WindowCounter', () => {
  it('refuses once the window’s limit is used, says how long to wait, and forgets after the window', () => {
    let now = 0;
    const counter = new WindowCounter({ limit: 3, windowMs: 1000 }, () => now);
    expect([counter.take('a'), counter.take('a'), counter.take('a')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    now = 400;
    expect(counter.take('a')).toBe(600);
    expect(counter.take('b')).toBeUndefined();
    now = 1000;
    expect(counter.take('a')).toBeUndefined();
  });

  it('counts costs (characters), refusing what would not fit and using nothing then', () => {
    const counter = new WindowCounter({ limit: 100, windowMs: 1000 }, () => 0);
    expect(counter.take('v', 60)).toBeUndefined();
    expect(counter.take('v', 60)).toBe(1000);
    expect(counter.take('v', 40)).toBeUndefined();
  });

  it('reset clears a key; keys are plain strings, never looked up on a prototype', () => {
    const counter = new WindowCounter({ limit: 1, windowMs: 1000 }, () => 0);
    counter.add('__proto__');
    expect(counter.retryAfter('__proto__')).toBe(1000);
    expect(counter.retryAfter('constructor')).toBeUndefined();
    counter.reset('__proto__');
    expect(counter.retryAfter('__proto__')).toBeUndefined();
  });

  it('keeps memory bounded under a flood of distinct keys', () => {
    const counter = new WindowCounter({ limit: 1, windowMs: 60_000 }, () => 0);
    for (let i = 0; i < 50_000; i++) counter.add(`k${i}`);
    expect((counter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(
      20_000,
    );
  });
});
