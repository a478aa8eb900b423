import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { type Duration, durationUnits } from './duration.ts';

/** An amount and its unit (seconds to days), labelled together and each on its own. */
export function DurationInput({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: Duration;
  onChange(value: Duration): void;
  error?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-amount`}>{label}</label>
      <div className="row">
        <input
          id={`${id}-amount`}
          className="wf-amount"
          type="number"
          inputMode="decimal"
          min={0}
          value={value.amount}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onChange({ ...value, amount: event.target.value })}
        />
        <label className="visually-hidden" htmlFor={`${id}-unit`}>
          {t('workflows.duration.unit', { label })}
        </label>
        <select
          id={`${id}-unit`}
          value={value.unit}
          onChange={(event) => onChange({ ...value, unit: event.target.value as Duration['unit'] })}
        >
          {durationUnits.map((unit) => (
            <option key={unit} value={unit}>
              {t(`workflows.duration.${unit}`)}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
