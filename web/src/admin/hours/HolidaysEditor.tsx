import { useI18n } from '../../i18n/i18n.tsx';
import { EditableRows } from './EditableRows.tsx';
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
  return (
    <fieldset className="hours-holidays">
      <legend>{t('telephony.hours.holidays')}</legend>
      {holidays.length === 0 && <p className="muted">{t('telephony.hours.noHolidays')}</p>}
      <EditableRows
        rows={holidays}
        className="rows"
        idOf={(i) => `holiday-${i}`}
        errorOf={errorOf}
        removeLabel={(i) => t('telephony.hours.removeHoliday', { n: i + 1 })}
        onChange={onChange}
      >
        {(row, set, props, i) => (
          <>
            <input
              type="date"
              aria-label={t('telephony.hours.holidayDate', { n: i + 1 })}
              value={row.date}
              {...props}
              onChange={(event) => set({ date: event.target.value })}
            />
            <input
              aria-label={t('telephony.hours.holidayName', { n: i + 1 })}
              placeholder={t('telephony.hours.holidayNamePlaceholder')}
              maxLength={100}
              value={row.name}
              onChange={(event) => set({ name: event.target.value })}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={row.yearly}
                onChange={(event) => set({ yearly: event.target.checked })}
              />
              {t('telephony.hours.everyYear')}
            </label>
          </>
        )}
      </EditableRows>
      <button type="button" onClick={() => onChange([...holidays, { date: '', yearly: false, name: '' }])}>
        {t('telephony.hours.addHoliday')}
      </button>
    </fieldset>
  );
}
