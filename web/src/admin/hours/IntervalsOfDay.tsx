import { useI18n } from '../../i18n/i18n.tsx';
import { EditableRows } from './EditableRows.tsx';
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
  const next = nextRange(intervals[intervals.length - 1]);
  return (
    <tr>
      <th scope="row">{dayName}</th>
      <td>
        {intervals.length === 0 && <span className="muted">{t('telephony.hours.closed')}</span>}
        <EditableRows
          rows={intervals}
          className="intervals"
          idOf={(i) => `hours-${day}-${i}`}
          errorOf={(_, i) => errors[`hours.weekly.${day}[${i}]`]}
          removeLabel={(i) => t('telephony.hours.removeRange', { day: dayName, n: i + 1 })}
          onChange={onChange}
        >
          {(interval, set, props, i) => (
            <>
              <input
                type="time"
                aria-label={t('telephony.hours.opens', { day: dayName, n: i + 1 })}
                value={interval.start}
                {...props}
                onChange={(event) => set({ start: event.target.value })}
              />
              <span aria-hidden="true">–</span>
              <input
                type="time"
                aria-label={t('telephony.hours.closes', { day: dayName, n: i + 1 })}
                value={interval.end === '24:00' ? '23:59' : interval.end}
                {...props}
                onChange={(event) =>
                  set({ end: event.target.value === '23:59' ? '24:00' : event.target.value })
                }
              />
            </>
          )}
        </EditableRows>
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
