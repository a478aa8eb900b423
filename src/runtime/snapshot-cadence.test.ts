import { describe, expect, it } from 'vitest';
import { snapshotDue } from './snapshot-cadence.ts';

describe('snapshot cadence (issue 16 goals 3 and 5)', () => {
  it('a small workspace is snapshotted every `every` events', () => {
    expect(snapshotDue(999, 1000, 50_000)).toBe(false);
    expect(snapshotDue(1000, 1000, 50_000)).toBe(true);
    expect(snapshotDue(1000, 1000, 0)).toBe(true);
  });

  it('a big one waits one event per 200 bytes of its last snapshot: 30 MB, 150,000 events', () => {
    expect(snapshotDue(149_999, 1000, 30_000_000)).toBe(false);
    expect(snapshotDue(150_000, 1000, 30_000_000)).toBe(true);
  });
});
