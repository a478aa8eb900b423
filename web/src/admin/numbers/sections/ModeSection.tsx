import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages/index.ts';
import { TextInput } from '../inputs.tsx';
import type { SectionProps } from '../NumberSettingsPage.tsx';
import { SettingsSection } from '../SettingsSection.tsx';
import { modes } from '../types.ts';

/** V4: receive calls, forward every call to one number, or take none; and where forwards go. */
export function ModeSection({ form, set, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <SettingsSection anchor="mode" title={t('telephony.mode.title')}>
      <fieldset className="choices">
        <legend>{t('telephony.mode.legend')}</legend>
        {modes.map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={form.mode === mode}
              onChange={() => set({ mode })}
            />
            <span>
              <strong>{t(`telephony.mode.${mode}` as MessageKey)}</strong>
              <span className="muted"> {t(`telephony.mode.${mode}.hint` as MessageKey)}</span>
            </span>
          </label>
        ))}
        {errors.mode && (
          <p className="field-error" role="alert">
            {errors.mode}
          </p>
        )}
      </fieldset>
      <h3>{t('telephony.forwarding.title')}</h3>
      <TextInput
        type="tel"
        label={t('telephony.forwarding.to')}
        hint={t(
          form.mode === 'forward_all' ? 'telephony.forwarding.hintActive' : 'telephony.forwarding.hint',
        )}
        placeholder="+34 600 000 000"
        value={form.forwardTo}
        error={errors.forwardTo}
        onChange={(forwardTo) => set({ forwardTo })}
      />
    </SettingsSection>
  );
}
