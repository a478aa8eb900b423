import { useI18n } from '../../i18n/i18n.tsx';
import { EditableRows } from './EditableRows.tsx';
import type { Closure } from './types.ts';

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
  return (
    <fieldset className="hours-closures">
      <legend>{t('telephony.hours.closures')}</legend>
      {closures.length === 0 && <p className="muted">{t('telephony.hours.noClosures')}</p>}
      <EditableRows
        rows={closures}
        className="rows"
        idOf={(i) => `closure-${i}`}
        errorOf={(_, i) => errors[`hours.closures[${i}]`]}
        removeLabel={(i) => t('telephony.hours.removeClosure', { n: i + 1 })}
        onChange={onChange}
      >
        {(closure, set, props, i) => (
          <>
            <input
              type="datetime-local"
              aria-label={t('telephony.hours.closureFrom', { n: i + 1 })}
              value={closure.from}
              {...props}
              onChange={(event) => set({ from: event.target.value })}
            />
            <span aria-hidden="true">–</span>
            <input
              type="datetime-local"
              aria-label={t('telephony.hours.closureTo', { n: i + 1 })}
              value={closure.to}
              {...props}
              onChange={(event) => set({ to: event.target.value })}
            />
          </>
        )}
      </EditableRows>
      <button type="button" onClick={() => onChange([...closures, { from: '', to: '' }])}>
        {t('telephony.hours.addClosure')}
      </button>
    </fieldset>
  );
}
