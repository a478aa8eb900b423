import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { ClosuresEditor } from './ClosuresEditor.tsx';
import { type HoursForm, holidayKey } from './form.ts';
import { HolidaysEditor } from './HolidaysEditor.tsx';
import { IntervalsOfDay } from './IntervalsOfDay.tsx';
import { weekdays } from './types.ts';

const zones: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

/**
 * V3: the weekly schedule (several ranges a day), its time zone, holidays and one-off
 * closures. `errors` is keyed like the server's fields (`hours.weekly.mon[0]`).
 */
export function HoursEditor({
  value,
  onChange,
  errors,
}: {
  value: HoursForm;
  onChange(next: HoursForm): void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const id = useId();
  const zoneError = errors['hours.timeZone'];
  return (
    <div className="hours-editor">
      <label className="check">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(event) => onChange({ ...value, enabled: event.target.checked })}
        />
        {t('telephony.hours.enabled')}
      </label>
      {value.enabled && (
        <>
          <div className={`field${zoneError ? ' field-invalid' : ''}`}>
            <label htmlFor={`${id}-zone`}>{t('telephony.hours.timeZone')}</label>
            <input
              id={`${id}-zone`}
              list={`${id}-zones`}
              value={value.timeZone}
              aria-invalid={zoneError ? true : undefined}
              aria-describedby={zoneError ? `${id}-zone-error` : undefined}
              onChange={(event) => onChange({ ...value, timeZone: event.target.value })}
            />
            <datalist id={`${id}-zones`}>
              {zones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
            {zoneError && (
              <p id={`${id}-zone-error`} className="field-error" role="alert">
                {zoneError}
              </p>
            )}
          </div>
          <table className="hours-week">
            <caption>{t('telephony.hours.weekly')}</caption>
            <tbody>
              {weekdays.map((day) => (
                <IntervalsOfDay
                  key={day}
                  day={day}
                  dayName={t(`telephony.day.${day}` as MessageKey)}
                  intervals={value.weekly[day]}
                  errors={errors}
                  onChange={(intervals) =>
                    onChange({ ...value, weekly: { ...value.weekly, [day]: intervals } })
                  }
                />
              ))}
            </tbody>
          </table>
          <p>
            <button
              type="button"
              onClick={() =>
                onChange({
                  ...value,
                  weekly: Object.fromEntries(
                    weekdays.map((other) => [
                      other,
                      other === 'sat' || other === 'sun'
                        ? value.weekly[other]
                        : value.weekly.mon.map((interval) => ({ ...interval })),
                    ]),
                  ) as HoursForm['weekly'],
                })
              }
            >
              {t('telephony.hours.copyToWeekdays')}
            </button>
          </p>
          <HolidaysEditor
            holidays={value.holidays}
            errorOf={(row, i) =>
              errors[`hours.holidays[${i}]`] ?? errors[`hours.holidayNames.${holidayKey(row)}`]
            }
            onChange={(holidays) => onChange({ ...value, holidays })}
          />
          <ClosuresEditor
            closures={value.closures}
            errors={errors}
            onChange={(closures) => onChange({ ...value, closures })}
          />
        </>
      )}
    </div>
  );
}
