import { useI18n } from '../../../i18n/i18n.tsx';
import { TextArea } from '../inputs.tsx';
import type { SectionProps } from '../NumberSettingsPage.tsx';
import { SettingsSection } from '../SettingsSection.tsx';

/** V7 welcome message and V9 voicedrop. */
export function MessagesSection({ form, set, errors }: SectionProps) {
  const { t } = useI18n();
  const written = [
    form.welcomeMessage.trim() && t('telephony.messages.welcome'),
    form.voicedropMessage.trim() && t('telephony.messages.voicedrop'),
  ].filter(Boolean);
  // Folded, the section still says which messages exist.
  const summary = written.length
    ? t('telephony.messages.summary', { messages: written.join(', ') })
    : t('telephony.messages.none');
  return (
    <SettingsSection anchor="messages" folded title={t('telephony.messages.title')} description={summary}>
      <div className="grid-2">
        <TextArea
          label={t('telephony.messages.welcome')}
          hint={t('telephony.messages.welcomeHint')}
          value={form.welcomeMessage}
          error={errors.welcomeMessage}
          onChange={(welcomeMessage) => set({ welcomeMessage })}
        />
        <TextArea
          label={t('telephony.messages.voicedrop')}
          hint={t('telephony.messages.voicedropHint')}
          value={form.voicedropMessage}
          error={errors.voicedropMessage}
          onChange={(voicedropMessage) => set({ voicedropMessage })}
        />
      </div>
    </SettingsSection>
  );
}
