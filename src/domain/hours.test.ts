import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { checkWorkingHours, isOpen, type WorkingHours } from './hours.ts';

const madrid: WorkingHours = {
  timeZone: 'Europe/Madrid',
  weekly: {
    mon: [
      { start: '09:00', end: '14:00' },
      { start: '16:00', end: '19:00' },
    ],
    sun: [{ start: '09:00', end: '12:00' }],
  },
  holidays: ['12-25', '2026-01-06'],
  closures: [{ from: '2026-08-10T00:00', to: '2026-08-17T00:00' }],
};

const at = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Madrid' }).toMillis();

describe('V3 working hours', () => {
  it('opens in each of several intervals a day and closes between them', () => {
    expect(isOpen(madrid, at('2026-03-02T09:00'))).toBe(true);
    expect(isOpen(madrid, at('2026-03-02T13:59'))).toBe(true);
    expect(isOpen(madrid, at('2026-03-02T14:00'))).toBe(false);
    expect(isOpen(madrid, at('2026-03-02T16:30'))).toBe(true);
    expect(isOpen(madrid, at('2026-03-03T10:00'))).toBe(false);
  });

  it('keeps local hours across the daylight-saving change (last Sunday of March and October)', () => {
    // 2026-03-29: clocks go from 02:00 to 03:00 in Madrid; 09:00 local is 07:00 UTC that day.
    expect(isOpen(madrid, Date.UTC(2026, 2, 29, 7, 0))).toBe(true);
    expect(isOpen(madrid, Date.UTC(2026, 2, 29, 6, 59))).toBe(false);
    // 2026-10-25: back to UTC+1; 09:00 local is 08:00 UTC.
    expect(isOpen(madrid, Date.UTC(2026, 9, 25, 8, 0))).toBe(true);
    expect(isOpen(madrid, Date.UTC(2026, 9, 25, 7, 59))).toBe(false);
  });

  it('closes on yearly and one-off holidays and during closures', () => {
    expect(isOpen(madrid, at('2028-12-25T10:00'))).toBe(false);
    expect(isOpen(madrid, at('2026-08-10T10:00'))).toBe(false);
    expect(isOpen(madrid, at('2026-08-17T10:00'))).toBe(true);
  });

  it('refuses bad schedules naming the field', () => {
    expect(() => checkWorkingHours({ ...madrid, timeZone: 'Mars/Base' })).toThrow(/timeZone/);
    expect(() =>
      checkWorkingHours({ ...madrid, weekly: { mon: [{ start: '14:00', end: '09:00' }] } }),
    ).toThrow(expect.objectContaining({ field: 'hours.weekly.mon[0]' }));
    expect(() =>
      checkWorkingHours({
        ...madrid,
        weekly: {
          mon: [
            { start: '09:00', end: '12:00' },
            { start: '11:00', end: '13:00' },
          ],
        },
      }),
    ).toThrow(/overlaps/);
    expect(() => checkWorkingHours({ ...madrid, holidays: ['25/12'] })).toThrow(
      expect.objectContaining({ field: 'hours.holidays[0]' }),
    );
  });

  it('keeps holiday names for admins, and refuses a name for a date not in the list', () => {
    const named = checkWorkingHours({
      ...madrid,
      holidayNames: { '12-25': ' Christmas ', '2026-01-06': '' },
    });
    expect(named.holidayNames).toEqual({ '12-25': 'Christmas' });
    expect(checkWorkingHours(madrid)).not.toHaveProperty('holidayNames');
    expect(() => checkWorkingHours({ ...madrid, holidayNames: { '05-01': 'Labour day' } })).toThrow(
      expect.objectContaining({ field: 'hours.holidayNames.05-01' }),
    );
  });
});
