import { describe, expect, it } from 'vitest';
import { instantToLocalInput, localInputToInstant, startOfDayIn } from '../../web/src/components/zoned.ts';

describe('workspace clock (issue 14: times in the workspace’s zone)', () => {
  it('midnight in Madrid is 23:00 UTC the day before in winter, 22:00 in summer', () => {
    expect(new Date(startOfDayIn('Europe/Madrid', Date.parse('2026-12-03T08:01:00Z'))).toISOString()).toBe(
      '2026-12-02T23:00:00.000Z',
    );
    expect(new Date(startOfDayIn('Europe/Madrid', Date.parse('2026-07-03T23:30:00Z'))).toISOString()).toBe(
      '2026-07-03T22:00:00.000Z',
    );
  });

  it('a form’s local time round-trips through the zone, across a DST change', () => {
    expect(instantToLocalInput('Europe/Madrid', '2026-12-03T08:01:00Z')).toBe('2026-12-03T09:01');
    expect(localInputToInstant('Europe/Madrid', '2026-12-03T09:01')).toBe('2026-12-03T08:01:00.000Z');
    expect(localInputToInstant('Europe/Madrid', '2026-03-29T12:00')).toBe('2026-03-29T10:00:00.000Z');
    expect(localInputToInstant('America/New_York', '2026-01-10T09:00')).toBe('2026-01-10T14:00:00.000Z');
    expect(localInputToInstant('UTC', 'nonsense')).toBeUndefined();
  });
});
