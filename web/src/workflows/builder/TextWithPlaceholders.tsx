import { useRef } from 'react';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';

/** A comment's text, with the placeholders the server fills in listed and insertable where the cursor is. */
export function TextWithPlaceholders({
  label,
  value,
  onChange,
  placeholders,
  error,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholders: { name: string; meaning: MessageKey }[];
  error?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLTextAreaElement>(null);
  const insert = (name: string) => {
    const area = ref.current;
    const token = `{{${name}}}`;
    const start = area?.selectionStart ?? value.length;
    const end = area?.selectionEnd ?? value.length;
    onChange(value.slice(0, start) + token + value.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  return (
    <>
      <Field label={label} error={error}>
        {(props) => (
          <textarea
            {...props}
            ref={ref}
            rows={3}
            maxLength={2000}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )}
      </Field>
      <div className="wf-placeholders">
        <p className="muted">{t('workflows.placeholders.title')}</p>
        <ul>
          {placeholders.map((placeholder) => (
            <li key={placeholder.name}>
              <button
                type="button"
                aria-label={t('workflows.placeholders.insert', { name: `{{${placeholder.name}}}` })}
                onClick={() => insert(placeholder.name)}
              >
                <code>{`{{${placeholder.name}}}`}</code>
              </button>{' '}
              <span className="muted">{t(placeholder.meaning)}</span>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
