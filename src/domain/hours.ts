import { DateTime } from 'luxon';
import { invalid } from './errors.ts';

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** An opening interval in local wall-clock time, "09:00" to "14:00"; "24:00" ends a day. */
export interface Interval {
  start: string;
  end: string;
}

/** V3: working hours — a time zone, weekly intervals (several a day), holidays and one-off closures. */
export interface WorkingHours {
  timeZone: string;
  weekly: Partial<Record<Weekday, Interval[]>>;
  /** "2026-12-25" for one date, or "12-25" for every year. */
  holidays: string[];
  /** What a holiday is called ("Reyes"), keyed by its entry in holidays; shown to admins only. */
  holidayNames?: Record<string, string>;
  /** One-off closures in local time, e.g. { from: "2026-08-10T00:00", to: "2026-08-17T00:00" }. */
  closures: Array<{ from: string; to: string }>;
}

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/**
 * Is the business open at this instant? The instant is read as wall-clock time in the
 * schedule's zone, so 09:00 stays 09:00 across daylight-saving changes.
 */
export function isOpen(hours: WorkingHours, at: number): boolean {
  const local = DateTime.fromMillis(at, { zone: hours.timeZone });
  const date = local.toFormat('yyyy-MM-dd');
  if (hours.holidays.some((holiday) => holiday === date || holiday === date.slice(5))) return false;
  const wall = local.toFormat("yyyy-MM-dd'T'HH:mm");
  if (hours.closures.some((closure) => closure.from <= wall && wall < closure.to)) return false;
  const day = weekdays[local.weekday - 1]!;
  const minute = local.hour * 60 + local.minute;
  return (hours.weekly[day] ?? []).some(
    (interval) => minutesOf(interval.start) <= minute && minute < minutesOf(interval.end),
  );
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const datePattern = /^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const localPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Checks a schedule and returns it normalised (intervals sorted), naming the faulty field. */
export function checkWorkingHours(hours: WorkingHours, field = 'hours'): WorkingHours {
  if (!DateTime.local().setZone(hours.timeZone).isValid)
    throw invalid(
      `${field}.timeZone`,
      `${field}.timeZone "${hours.timeZone}" is not an IANA time zone such as Europe/Madrid`,
    );
  const weekly: WorkingHours['weekly'] = {};
  for (const [day, intervals] of Object.entries(hours.weekly ?? {})) {
    if (!(weekdays as readonly string[]).includes(day))
      throw invalid(`${field}.weekly.${day}`, `${day} is not a weekday (mon … sun)`);
    const sorted = [...(intervals ?? [])].sort((a, b) => a.start.localeCompare(b.start));
    sorted.forEach((interval, i) => {
      const path = `${field}.weekly.${day}[${i}]`;
      if (!timePattern.test(interval.start) || !timePattern.test(interval.end))
        throw invalid(path, `${path} times must be HH:MM (00:00 to 24:00)`);
      if (minutesOf(interval.start) >= minutesOf(interval.end))
        throw invalid(path, `${path} must end after it starts`);
      const previous = sorted[i - 1];
      if (previous && minutesOf(previous.end) > minutesOf(interval.start))
        throw invalid(path, `${path} overlaps the interval before it`);
    });
    weekly[day as Weekday] = sorted.map(({ start, end }) => ({ start, end }));
  }
  (hours.holidays ?? []).forEach((holiday, i) => {
    if (!datePattern.test(holiday))
      throw invalid(`${field}.holidays[${i}]`, `${field}.holidays[${i}] must be YYYY-MM-DD or MM-DD`);
  });
  const holidayNames: Record<string, string> = {};
  for (const [holiday, name] of Object.entries(hours.holidayNames ?? {})) {
    const path = `${field}.holidayNames.${holiday}`;
    if (!(hours.holidays ?? []).includes(holiday))
      throw invalid(path, `${path} names no holiday in the list`);
    const trimmed = String(name ?? '').trim();
    if (trimmed.length > 100) throw invalid(path, `${path} must be at most 100 characters`);
    if (trimmed) holidayNames[holiday] = trimmed;
  }
  (hours.closures ?? []).forEach((closure, i) => {
    const path = `${field}.closures[${i}]`;
    if (!localPattern.test(closure.from) || !localPattern.test(closure.to))
      throw invalid(path, `${path} from and to must be local times like 2026-08-10T00:00`);
    if (closure.from >= closure.to) throw invalid(path, `${path} must end after it starts`);
  });
  return {
    timeZone: hours.timeZone,
    weekly,
    holidays: [...(hours.holidays ?? [])],
    ...(Object.keys(holidayNames).length > 0 ? { holidayNames } : {}),
    closures: [...(hours.closures ?? [])],
  };
}
