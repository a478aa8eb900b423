import { useId } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

/** A contact's phone numbers, one input each, with its own error under it. */
export function PhoneList({
  phones,
  errors,
  listError,
  onChange,
}: {
  phones: string[];
  errors: (string | undefined)[];
  listError?: string;
  onChange(phones: string[]): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const set = (index: number, value: string) =>
    onChange(phones.map((phone, at) => (at === index ? value : phone)));
  return (
    <fieldset className="phone-list">
      <legend>{t('directory.contacts.phones')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('directory.phoneHint')}
      </p>
      {phones.map((phone, index) => {
        const error = errors[index];
        const inputId = `${id}-${index}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; their text is what changes.
          <div key={index} className={`field${error ? ' field-invalid' : ''}`}>
            <label htmlFor={inputId} className="visually-hidden">
              {t('directory.contacts.phoneN', { n: index + 1 })}
            </label>
            <div className="row">
              <input
                id={inputId}
                type="tel"
                autoComplete="off"
                value={phone}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${inputId}-error` : `${id}-hint`}
                onChange={(event) => set(index, event.target.value)}
              />
              <button
                type="button"
                aria-label={t('directory.contacts.removePhone', { n: index + 1 })}
                onClick={() => onChange(phones.length > 1 ? phones.filter((_, at) => at !== index) : [''])}
              >
                ×
              </button>
            </div>
            {error && (
              <p id={`${inputId}-error`} className="field-error" role="alert">
                {error}
              </p>
            )}
          </div>
        );
      })}
      {listError && (
        <p className="field-error" role="alert">
          {listError}
        </p>
      )}
      <button type="button" onClick={() => onChange([...phones, ''])}>
        {t('directory.contacts.addPhone')}
      </button>
    </fieldset>
  );
}
