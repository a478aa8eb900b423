export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export interface Interval {
  start: string;
  end: string;
}

/** V3, as src/domain/hours.ts keeps it. */
export interface WorkingHours {
  timeZone: string;
  weekly: Partial<Record<Weekday, Interval[]>>;
  /** "2026-12-25" for one date, "12-25" for every year. */
  holidays: string[];
  holidayNames?: Record<string, string>;
  closures: Array<{ from: string; to: string }>;
}
