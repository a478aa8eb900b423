import { describe, expect, it } from 'vitest';
import { SourceBuckets } from './source-buckets.ts';

describe('per-source request limits (S5, issue 13 item 6)', () => {
  it('lets a burst through, then the rate; one flooding address does not take the others’ share', () => {
    let now = 0;
    const buckets = new SourceBuckets(5, 10, () => now);
    const admitted = (address: string, count: number) =>
      Array.from({ length: count }, () => buckets.admit(address)).filter(Boolean).length;
    expect(admitted('198.51.100.7', 30)).toBe(10);
    expect(admitted('203.0.113.9', 3)).toBe(3);
    now += 1000;
    expect(admitted('198.51.100.7', 30)).toBe(5);
    expect(buckets.retryAfterSeconds()).toBe(1);
  });

  it('remembers a bounded number of addresses, forgetting the least recently seen', () => {
    const buckets = new SourceBuckets(1, 1, () => 0, 2);
    expect(buckets.admit('a')).toBe(true);
    expect(buckets.admit('a')).toBe(false);
    buckets.admit('b');
    buckets.admit('c'); // 'a' is forgotten: it starts again with a full bucket
    expect(buckets.admit('a')).toBe(true);
  });
});
