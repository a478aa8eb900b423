import { type FormEvent, type ReactNode, useState } from 'react';
import { Field } from '../components/Field.tsx';
import { instantToLocalInput, localInputToInstant } from '../components/zoned.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The two filters that are instants: edited on the workspace's clock, sent as ISO. */
const instants = new Set(['from', 'to']);

/**
 * A list's filter values while the person edits them, starting from the address. Mount it
 * again (a `key` of the address) when the address changes, so Back shows the filters used.
 */
export function useFilterValues<K extends string>(params: URLSearchParams, keys: readonly K[]) {
  const { timeZone } = useI18n();
  const isoToLocal = (iso: string | null) => instantToLocalInput(timeZone, iso);
  const localToIso = (value: string) => localInputToInstant(timeZone, value);
  const [values, setValues] = useState(
    () =>
      Object.fromEntries(
        keys.map((key) => [key, instants.has(key) ? isoToLocal(params.get(key)) : (params.get(key) ?? '')]),
      ) as Record<K, string>,
  );
  return {
    values,
    /** An input's value and onChange for one filter. */
    bind: (key: K) => ({
      value: values[key],
      onChange: (event: { target: { value: string } }) =>
        setValues((previous) => ({ ...previous, [key]: event.target.value })),
    }),
    /** The values as the address keeps them. */
    applied: () =>
      Object.fromEntries(
        keys.map((key) => [key, instants.has(key) ? (localToIso(values[key]) ?? '') : values[key]]),
      ) as Record<K, string>,
    cleared: () => Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>,
  };
}

/** The filters' panel with Apply and Clear. */
export function FilterForm({
  onApply,
  onClear,
  children,
}: {
  onApply(): void;
  onClear(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form className="history-filters panel" onSubmit={submit} aria-label={t('history.filters')}>
      {children}
      <div className="history-filter-actions">
        <button type="submit" className="primary">
          {t('history.filter.apply')}
        </button>
        <button type="button" onClick={onClear}>
          {t('history.filter.clear')}
        </button>
      </div>
    </form>
  );
}

type Bound = { value: string; onChange(event: { target: { value: string } }): void };

/** The period a list covers: From and To, in the browser's local time. */
export function PeriodFields({
  from,
  to,
  errorOf,
}: {
  from: Bound;
  to: Bound;
  errorOf(field: string): string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <Field label={t('history.filter.from')} error={errorOf('from')}>
        {(props) => <input {...props} type="datetime-local" {...from} />}
      </Field>
      <Field label={t('history.filter.to')} error={errorOf('to')}>
        {(props) => <input {...props} type="datetime-local" {...to} />}
      </Field>
    </>
  );
}

/** A filter picked from a list, "Any" first (no filter). */
export function FilterSelect({
  label,
  error,
  options,
  ...bound
}: Bound & {
  label: string;
  error?: string;
  options: Array<{ value: string; label: string }>;
}) {
  const { t } = useI18n();
  return (
    <Field label={label} error={error}>
      {(props) => (
        <select {...props} {...bound}>
          <option value="">{t('history.filter.any')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
