import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';

describe('newId', () => {
  it('is the prefix, the time and 56 random bits: ids made later sort after, none repeats', async () => {
    const first = newId('call');
    await new Promise((resolve) => setTimeout(resolve, 3));
    const later = newId('call');
    expect(first).toMatch(/^call_[0-9a-f]{26}$/);
    expect(first < later).toBe(true);
    const many = new Set(Array.from({ length: 10_000 }, () => newId('call')));
    expect(many.size).toBe(10_000);
  });
});
