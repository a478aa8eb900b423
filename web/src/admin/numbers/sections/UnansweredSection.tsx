import { useI18n } from '../../../i18n/i18n.tsx';
import { CallActionFields } from '../CallActionFields.tsx';
import type { SectionProps } from '../NumberSettingsPage.tsx';
import { SettingsSection } from '../SettingsSection.tsx';

/** V6: what a call does when no assigned agent is online (or the mode is reject), or nobody answers. */
export function UnansweredSection({ form, set, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <SettingsSection anchor="unanswered" title={t('telephony.unanswered.title')}>
      <div className="grid-2">
        <CallActionFields
          legend={t('telephony.unanswered.offline')}
          hint={t('telephony.unanswered.offlineHint')}
          field="offlineAction"
          value={form.offlineAction}
          errors={errors}
          onChange={(offlineAction) => set({ offlineAction })}
        />
        <CallActionFields
          legend={t('telephony.unanswered.noAnswer')}
          hint={t('telephony.unanswered.noAnswerHint')}
          field="noAnswerAction"
          value={form.noAnswerAction}
          errors={errors}
          onChange={(noAnswerAction) => set({ noAnswerAction })}
        />
      </div>
    </SettingsSection>
  );
}
