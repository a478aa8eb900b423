import { useI18n } from '../../../i18n/i18n.tsx';
import { CheckInput } from '../inputs.tsx';
import type { SectionProps } from '../NumberSettingsPage.tsx';
import { SettingsSection } from '../SettingsSection.tsx';

/** V16: a forwarded leg can show the caller's own number (rented numbers only). */
export function CallerIdSection({ form, set, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <SettingsSection
      anchor="caller-id"
      folded
      title={t('telephony.callerId.title')}
      description={t(
        form.passCallerId ? 'telephony.callerId.summaryCaller' : 'telephony.callerId.summaryNumber',
      )}
    >
      <CheckInput
        label={t('telephony.callerId.pass')}
        hint={t(form.kind === 'sip' ? 'telephony.callerId.sipHint' : 'telephony.callerId.hint')}
        checked={form.passCallerId}
        error={errors.passCallerId}
        onChange={(passCallerId) => set({ passCallerId })}
      />
    </SettingsSection>
  );
}
