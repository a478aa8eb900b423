import { useI18n } from '../../i18n/i18n.tsx';
import { type Directory, IvrActionFields } from './IvrActionFields.tsx';
import type { OptionRow } from './menuForm.ts';
import { ivrKeys } from './types.ts';

/** The key pad: which key does what. A key can be used once. */
export function OptionsEditor({
  options,
  onChange,
  errors,
  directory,
  selfId,
}: {
  options: OptionRow[];
  onChange(next: OptionRow[]): void;
  errors: Record<string, string>;
  directory: Directory;
  selfId?: string;
}) {
  const { t } = useI18n();
  const used = new Set(options.map((row) => row.key));
  const free = ivrKeys.find((key) => !used.has(key));
  const set = (i: number, row: OptionRow) => onChange(options.map((other, j) => (j === i ? row : other)));
  return (
    <fieldset className="ivr-options">
      <legend>{t('telephony.ivr.options')}</legend>
      {options.length === 0 && <p className="muted">{t('telephony.ivr.noOptions')}</p>}
      {options.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('telephony.ivr.key')}</th>
              <th scope="col">{t('telephony.ivr.action')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {options.map((row, i) => {
              const label = t('telephony.ivr.keyLabel', { key: row.key });
              const keyError = errors[`key.${i}`];
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the key itself is what is being edited.
                <tr key={i}>
                  <td>
                    <select
                      aria-label={t('telephony.ivr.keyOf', { n: i + 1 })}
                      value={row.key}
                      aria-invalid={keyError ? true : undefined}
                      onChange={(event) => set(i, { ...row, key: event.target.value })}
                    >
                      {ivrKeys.map((key) => (
                        <option key={key} value={key}>
                          {key}
                        </option>
                      ))}
                    </select>
                    {keyError && (
                      <p className="field-error" role="alert">
                        {keyError}
                      </p>
                    )}
                  </td>
                  <td>
                    <IvrActionFields
                      label={label}
                      field={`options.${row.key}`}
                      value={row.action}
                      errors={errors}
                      directory={directory}
                      selfId={selfId}
                      onChange={(action) => set(i, { ...row, action })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('telephony.ivr.removeOption', { key: row.key })}
                      onClick={() => onChange(options.filter((_, j) => j !== i))}
                    >
                      {t('telephony.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button
        type="button"
        disabled={!free}
        onClick={() => free && onChange([...options, { key: free, action: { kind: 'voicemail' } }])}
      >
        {t('telephony.ivr.addOption')}
      </button>
    </fieldset>
  );
}
