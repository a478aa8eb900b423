/**
 * Wall-clock arithmetic in a named time zone (the workspace's), with Intl only: the
 * console's times are the workspace's, whatever zone the browser is in.
 */

const partsFormat = new Map<string, Intl.DateTimeFormat>();

function wallClock(zone: string, at: number) {
  let format = partsFormat.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormat.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far the zone's wall clock is ahead of UTC at that instant. */
function offsetMs(zone: string, at: number): number {
  const c = wallClock(zone, at);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(at / 1000) * 1000;
}

/** The instant a wall-clock time in the zone names (the later one across a DST gap). */
export function zonedToInstant(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): number {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const first = naive - offsetMs(zone, naive);
  return naive - offsetMs(zone, first);
}

/** Midnight of the zone's day that contains `at`. */
export function startOfDayIn(zone: string, at: number): number {
  const c = wallClock(zone, at);
  return zonedToInstant(zone, c.year, c.month, c.day);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a datetime-local input's value on the zone's clock. */
export function instantToLocalInput(zone: string, iso: string | null): string {
  if (!iso) return '';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const c = wallClock(zone, at);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** A datetime-local input's value, read on the zone's clock, as an ISO instant. */
export function localInputToInstant(zone: string, value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  return new Date(zonedToInstant(zone, y!, mo!, d!, h!, mi!)).toISOString();
}
