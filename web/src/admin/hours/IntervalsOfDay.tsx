import { useI18n } from '../../i18n/i18n.tsx';
import type { Interval, Weekday } from './types.ts';

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A new range starts an hour after the last one ends (a lunch break), lasting up to four hours. */
function nextRange(last: Interval | undefined): Interval {
  if (!last) return { start: '09:00', end: '18:00' };
  const [h = 0, m = 0] = last.end.split(':').map(Number);
  const start = Math.min(h * 60 + m + 60, 23 * 60);
  return { start: clock(start), end: clock(Math.min(start + 240, 24 * 60)) };
}

/** One weekday's opening ranges; a day with none is closed. */
export function IntervalsOfDay({
  day,
  dayName,
  intervals,
  errors,
  onChange,
}: {
  day: Weekday;
  dayName: string;
  intervals: Interval[];
  errors: Record<string, string>;
  onChange(next: Interval[]): void;
}) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<Interval>) =>
    onChange(intervals.map((interval, j) => (j === i ? { ...interval, ...patch } : interval)));
  const next = nextRange(intervals[intervals.length - 1]);
  return (
    <tr>
      <th scope="row">{dayName}</th>
      <td>
        {intervals.length === 0 && <span className="muted">{t('telephony.hours.closed')}</span>}
        <ul className="intervals">
          {intervals.map((interval, i) => {
            const error = errors[`hours.weekly.${day}[${i}]`];
            const errorId = `hours-${day}-${i}-error`;
            const describedBy = error ? errorId : undefined;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: ranges have no identity but their place.
              <li key={i} className={error ? 'field-invalid' : undefined}>
                <input
                  type="time"
                  aria-label={t('telephony.hours.opens', { day: dayName, n: i + 1 })}
                  value={interval.start}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy}
                  onChange={(event) => set(i, { start: event.target.value })}
                />
                <span aria-hidden="true">–</span>
                <input
                  type="time"
                  aria-label={t('telephony.hours.closes', { day: dayName, n: i + 1 })}
                  value={interval.end === '24:00' ? '23:59' : interval.end}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy}
                  onChange={(event) =>
                    set(i, { end: event.target.value === '23:59' ? '24:00' : event.target.value })
                  }
                />
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('telephony.hours.removeRange', { day: dayName, n: i + 1 })}
                  onClick={() => onChange(intervals.filter((_, j) => j !== i))}
                >
                  {t('telephony.remove')}
                </button>
                {error && (
                  <p id={errorId} className="field-error" role="alert">
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </td>
      <td className="hours-day-actions">
        <button
          type="button"
          aria-label={t('telephony.hours.addRange', { day: dayName })}
          onClick={() => onChange([...intervals, next])}
        >
          {t('telephony.hours.addRangeShort')}
        </button>
      </td>
    </tr>
  );
}
