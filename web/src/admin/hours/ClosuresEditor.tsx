import { useI18n } from '../../i18n/i18n.tsx';

type Closure = { from: string; to: string };

/** One-off closures (a week in August, a move): from and to in the schedule's local time. */
export function ClosuresEditor({
  closures,
  errors,
  onChange,
}: {
  closures: Closure[];
  errors: Record<string, string>;
  onChange(next: Closure[]): void;
}) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<Closure>) =>
    onChange(closures.map((closure, j) => (j === i ? { ...closure, ...patch } : closure)));
  return (
    <fieldset className="hours-closures">
      <legend>{t('telephony.hours.closures')}</legend>
      {closures.length === 0 && <p className="muted">{t('telephony.hours.noClosures')}</p>}
      <ul className="rows">
        {closures.map((closure, i) => {
          const error = errors[`hours.closures[${i}]`];
          const errorId = `closure-${i}-error`;
          const n = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a closure being typed has no identity yet.
            <li key={i} className={error ? 'field-invalid' : undefined}>
              <input
                type="datetime-local"
                aria-label={t('telephony.hours.closureFrom', { n })}
                value={closure.from}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => set(i, { from: event.target.value })}
              />
              <span aria-hidden="true">–</span>
              <input
                type="datetime-local"
                aria-label={t('telephony.hours.closureTo', { n })}
                value={closure.to}
                aria-describedby={error ? errorId : undefined}
                onChange={(event) => set(i, { to: event.target.value })}
              />
              <button
                type="button"
                className="link-button"
                aria-label={t('telephony.hours.removeClosure', { n })}
                onClick={() => onChange(closures.filter((_, j) => j !== i))}
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
      <button type="button" onClick={() => onChange([...closures, { from: '', to: '' }])}>
        {t('telephony.hours.addClosure')}
      </button>
    </fieldset>
  );
}
