import type { Interval, Weekday, WorkingHours } from './types.ts';
import { weekdays } from './types.ts';

/** One holiday as an admin edits it: a full date, whether it recurs every year, a name. */
export interface HolidayRow {
  date: string;
  yearly: boolean;
  name: string;
}

/** Working hours as the editor holds them (rows may be half-filled while typing). */
export interface HoursForm {
  enabled: boolean;
  timeZone: string;
  weekly: Record<Weekday, Interval[]>;
  holidays: HolidayRow[];
  closures: WorkingHours['closures'];
}

/** Monday to Friday, 09:00–18:00: what most businesses start from. */
const officeHours = (): Record<Weekday, Interval[]> =>
  Object.fromEntries(
    weekdays.map((day) => [day, day === 'sat' || day === 'sun' ? [] : [{ start: '09:00', end: '18:00' }]]),
  ) as Record<Weekday, Interval[]>;

export function hoursToForm(hours: WorkingHours | undefined, defaultTimeZone: string): HoursForm {
  if (!hours)
    return { enabled: false, timeZone: defaultTimeZone, weekly: officeHours(), holidays: [], closures: [] };
  const year = new Date().getFullYear();
  return {
    enabled: true,
    timeZone: hours.timeZone,
    weekly: Object.fromEntries(weekdays.map((day) => [day, [...(hours.weekly[day] ?? [])]])) as Record<
      Weekday,
      Interval[]
    >,
    holidays: hours.holidays.map((holiday) => ({
      date: holiday.length === 5 ? `${year}-${holiday}` : holiday,
      yearly: holiday.length === 5,
      name: hours.holidayNames?.[holiday] ?? '',
    })),
    closures: hours.closures.map((closure) => ({ ...closure })),
  };
}

/** The key a holiday is stored under: "MM-DD" when it recurs every year. */
export const holidayKey = (row: HolidayRow) => (row.yearly ? row.date.slice(5) : row.date);

export function hoursFromForm(form: HoursForm): WorkingHours | null {
  if (!form.enabled) return null;
  const weekly: WorkingHours['weekly'] = {};
  for (const day of weekdays) if (form.weekly[day].length > 0) weekly[day] = form.weekly[day];
  const holidayNames: Record<string, string> = {};
  for (const row of form.holidays) if (row.name.trim()) holidayNames[holidayKey(row)] = row.name.trim();
  return {
    timeZone: form.timeZone.trim(),
    weekly,
    holidays: form.holidays.map(holidayKey),
    ...(Object.keys(holidayNames).length > 0 ? { holidayNames } : {}),
    closures: form.closures,
  };
}

export type HoursProblem = 'timeZone' | 'interval' | 'overlap' | 'holidayDate' | 'holidayTwice' | 'closure';

const minutes = (time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/**
 * The problems the browser can see at once, keyed like the server's error fields
 * (`hours.weekly.mon[1]`, `hours.holidays[0]`), so each shows next to its row.
 */
export function checkHours(form: HoursForm): Record<string, HoursProblem> {
  const problems: Record<string, HoursProblem> = {};
  if (!form.enabled) return problems;
  if (!knownTimeZone(form.timeZone.trim())) problems['hours.timeZone'] = 'timeZone';
  for (const day of weekdays) {
    const intervals = form.weekly[day];
    intervals.forEach((interval, i) => {
      const field = `hours.weekly.${day}[${i}]`;
      if (!interval.start || !interval.end || minutes(interval.start) >= minutes(interval.end))
        problems[field] = 'interval';
      else if (
        intervals.some(
          (other, j) =>
            j !== i &&
            minutes(other.start) < minutes(interval.end) &&
            minutes(interval.start) < minutes(other.end),
        )
      )
        problems[field] = 'overlap';
    });
  }
  const seen = new Set<string>();
  form.holidays.forEach((row, i) => {
    const field = `hours.holidays[${i}]`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) problems[field] = 'holidayDate';
    else if (seen.has(holidayKey(row))) problems[field] = 'holidayTwice';
    seen.add(holidayKey(row));
  });
  form.closures.forEach((closure, i) => {
    if (!closure.from || !closure.to || closure.from >= closure.to)
      problems[`hours.closures[${i}]`] = 'closure';
  });
  return problems;
}
