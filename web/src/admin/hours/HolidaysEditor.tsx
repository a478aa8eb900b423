import { useI18n } from '../../i18n/i18n.tsx';
import type { HolidayRow } from './form.ts';

/** Days the business is closed: a date (or the same day every year) and what it is called. */
export function HolidaysEditor({
  holidays,
  errorOf,
  onChange,
}: {
  holidays: HolidayRow[];
  errorOf(row: HolidayRow, index: number): string | undefined;
  onChange(next: HolidayRow[]): void;
}) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<HolidayRow>) =>
    onChange(holidays.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <fieldset className="hours-holidays">
      <legend>{t('telephony.hours.holidays')}</legend>
      {holidays.length === 0 && <p className="muted">{t('telephony.hours.noHolidays')}</p>}
      <ul className="rows">
        {holidays.map((row, i) => {
          const error = errorOf(row, i);
          const errorId = `holiday-${i}-error`;
          const n = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a holiday being typed has no identity yet.
            <li key={i} className={error ? 'field-invalid' : undefined}>
              <input
                type="date"
                aria-label={t('telephony.hours.holidayDate', { n })}
                value={row.date}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => set(i, { date: event.target.value })}
              />
              <input
                aria-label={t('telephony.hours.holidayName', { n })}
                placeholder={t('telephony.hours.holidayNamePlaceholder')}
                maxLength={100}
                value={row.name}
                onChange={(event) => set(i, { name: event.target.value })}
              />
              <label className="check">
                <input
                  type="checkbox"
                  checked={row.yearly}
                  onChange={(event) => set(i, { yearly: event.target.checked })}
                />
                {t('telephony.hours.everyYear')}
              </label>
              <button
                type="button"
                className="link-button"
                aria-label={t('telephony.hours.removeHoliday', { n })}
                onClick={() => onChange(holidays.filter((_, j) => j !== i))}
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
      <button type="button" onClick={() => onChange([...holidays, { date: '', yearly: false, name: '' }])}>
        {t('telephony.hours.addHoliday')}
      </button>
    </fieldset>
  );
}
