import { useI18n } from '../../../i18n/i18n.tsx';
import { HoursEditor } from '../../hours/HoursEditor.tsx';
import { CallActionFields } from '../CallActionFields.tsx';
import type { SectionProps } from '../NumberSettingsPage.tsx';
import { SettingsSection } from '../SettingsSection.tsx';

/** V3: working hours come before everything else; out of hours the call takes its own action. */
export function HoursSection({ form, set, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <SettingsSection
      anchor="hours"
      folded
      title={t('telephony.hours.title')}
      description={t('telephony.hours.description')}
    >
      <HoursEditor value={form.hours} errors={errors} onChange={(hours) => set({ hours })} />
      {form.hours.enabled && (
        <CallActionFields
          legend={t('telephony.hours.outOfHours')}
          field="outOfHoursAction"
          value={form.outOfHoursAction}
          errors={errors}
          onChange={(outOfHoursAction) => set({ outOfHoursAction })}
        />
      )}
    </SettingsSection>
  );
}
