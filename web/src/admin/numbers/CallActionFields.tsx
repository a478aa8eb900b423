import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { Select, TextArea, TextInput } from './inputs.tsx';
import { type CallAction, type CallActionKind, callActionKinds } from './types.ts';

/**
 * V6: one of the six things a call nobody can take does, with what that kind needs
 * (the message to play, the voicemail greeting, the number to forward to).
 * `field` is the setting's name in the API (`offlineAction`), for its errors.
 */
export function CallActionFields({
  legend,
  hint,
  field,
  value,
  onChange,
  errors,
}: {
  legend: string;
  hint?: string;
  field: string;
  value: CallAction;
  onChange(next: CallAction): void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="call-action">
      <legend>{legend}</legend>
      {hint && <p className="muted field-hint">{hint}</p>}
      <Select<CallActionKind>
        label={t('telephony.action.kind')}
        value={value.kind}
        error={errors[`${field}.kind`]}
        options={callActionKinds.map((kind) => ({
          value: kind,
          label: t(`telephony.action.${kind}` as MessageKey),
        }))}
        onChange={(kind) => onChange({ ...value, kind })}
      />
      {value.kind === 'message' && (
        <TextArea
          label={t('telephony.action.message')}
          value={value.message ?? ''}
          error={errors[`${field}.message`]}
          onChange={(message) => onChange({ ...value, message })}
        />
      )}
      {value.kind === 'voicemail' && (
        <TextArea
          label={t('telephony.action.greeting')}
          hint={t('telephony.action.greetingHint')}
          value={value.greeting ?? ''}
          error={errors[`${field}.greeting`]}
          onChange={(greeting) => onChange({ ...value, greeting })}
        />
      )}
      {value.kind === 'forward' && (
        <TextInput
          type="tel"
          label={t('telephony.action.to')}
          hint={t('telephony.phoneHint')}
          value={value.to ?? ''}
          error={errors[`${field}.to`]}
          onChange={(to) => onChange({ ...value, to })}
        />
      )}
    </fieldset>
  );
}
