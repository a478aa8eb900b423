import { it, expect as vitestExpect } from 'vitest';
import { expect } from './quick-expect.ts';

it('fails wherever Vitest’s expect fails', () => {
  const failing: Array<() => void> = [
    () => expect(1).toBe(2),
    () => expect([1, { a: 2 }]).toEqual([1, { a: 3 }]),
    () => expect(3).toBeLessThanOrEqual(2),
    () => expect(2).toBeGreaterThan(2),
    () => expect(1).toBeGreaterThanOrEqual(2),
    () => expect(undefined).toBeDefined(),
    () => expect(1).toBeUndefined(),
    () => expect(['a']).toContain('b'),
    () => expect('abc').toContain('d'),
    () => expect({ a: 1 }).toMatchObject({ a: 2 }),
    () => expect([1]).toHaveLength(2),
    () => expect(1).not.toBe(1),
  ];
  for (const check of failing) vitestExpect(check).toThrow();
  vitestExpect(() => expect(1, 'the count').toBe(2)).toThrow('the count');
});

it('passes wherever Vitest’s expect passes, also where node’s equality is stricter', () => {
  expect({ a: 1, b: undefined }).toEqual({ a: 1 });
  expect({ a: 1, b: { c: 2 } }).toMatchObject({ b: { c: 2 } });
  expect([1, 2]).toContain(2);
  expect(2).toBeLessThanOrEqual(2);
  expect(null).toBeDefined();
  expect(1).not.toBe(2);
});
