import { isDeepStrictEqual } from 'node:util';
import { expect as vitestExpect } from 'vitest';

/**
 * Vitest's `expect` for the property tests' invariant checks, which run it hundreds of
 * thousands of times: each call of Vitest's costs tens of microseconds (it copies its state
 * object and builds a chai assertion), most of those files' time. Here a check that holds costs
 * a comparison; one that does not is handed to Vitest's own `expect`, which decides and words
 * the failure, so a test passes and fails exactly as with Vitest's. Only the matchers those
 * files use; `toEqual`'s quick test (node's deep strict equality) never holds where Vitest's
 * would not.
 */
export function expect<T>(actual: T, message?: string) {
  const slow = () => vitestExpect(actual, message);
  return {
    toBe(expected: unknown): void {
      if (!Object.is(actual, expected)) slow().toBe(expected);
    },
    toEqual(expected: unknown): void {
      if (!isDeepStrictEqual(actual, expected)) slow().toEqual(expected);
    },
    toBeLessThanOrEqual(expected: number): void {
      if (!(typeof actual === 'number' && actual <= expected)) slow().toBeLessThanOrEqual(expected);
    },
    toBeGreaterThan(expected: number): void {
      if (!(typeof actual === 'number' && actual > expected)) slow().toBeGreaterThan(expected);
    },
    toBeGreaterThanOrEqual(expected: number): void {
      if (!(typeof actual === 'number' && actual >= expected)) slow().toBeGreaterThanOrEqual(expected);
    },
    toHaveLength(expected: number): void {
      const length = (actual as { length?: unknown } | null | undefined)?.length;
      if (length !== expected) slow().toHaveLength(expected);
    },
    toBeDefined(): void {
      if (actual === undefined) slow().toBeDefined();
    },
    toBeUndefined(): void {
      if (actual !== undefined) slow().toBeUndefined();
    },
    toContain(item: unknown): void {
      const found = Array.isArray(actual)
        ? actual.includes(item)
        : typeof actual === 'string' && typeof item === 'string' && actual.includes(item);
      if (!found) slow().toContain(item);
    },
    toMatchObject(expected: Record<string, unknown>): void {
      // Quick only for fields with plain values; anything nested is Vitest's to judge.
      const object = actual as Record<string, unknown> | undefined;
      const plain = Object.values(expected).every((value) => value === null || typeof value !== 'object');
      const holds =
        plain &&
        typeof object === 'object' &&
        object !== null &&
        Object.entries(expected).every(
          ([key, value]) => Object.hasOwn(object, key) && Object.is(object[key], value),
        );
      if (!holds) slow().toMatchObject(expected);
    },
    not: {
      toBe(expected: unknown): void {
        if (Object.is(actual, expected)) slow().not.toBe(expected);
      },
    },
  };
}
