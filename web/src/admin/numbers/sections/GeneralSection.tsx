import { useI18n } from '../../../i18n/i18n.tsx';
import { CheckInput, Select, TextInput } from '../inputs.tsx';
import type { SectionProps } from '../NumberSettingsPage.tsx';
import { SettingsSection } from '../SettingsSection.tsx';
import type { NumberKind } from '../types.ts';

/** The number's name and kind (W7), and V2: whether its calls are recorded. */
export function GeneralSection({ form, set, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <>
      <SettingsSection anchor="general" title={t('telephony.number.general')}>
        <div className="grid-2">
          <TextInput
            label={t('telephony.number.label')}
            value={form.label}
            maxLength={200}
            error={errors.label}
            onChange={(label) => set({ label })}
          />
          <Select<NumberKind>
            label={t('telephony.number.kind')}
            value={form.kind}
            error={errors.kind}
            hint={t(form.kind === 'rented' ? 'telephony.kind.rentedHint' : 'telephony.kind.sipHint')}
            options={[
              { value: 'rented', label: t('telephony.kind.rented') },
              { value: 'sip', label: t('telephony.kind.sip') },
            ]}
            onChange={(kind) => set({ kind })}
          />
        </div>
      </SettingsSection>
      <SettingsSection anchor="recording" title={t('telephony.recording.title')}>
        <CheckInput
          label={t('telephony.recording.record')}
          hint={t('telephony.recording.hint')}
          checked={form.record}
          error={errors.record}
          onChange={(record) => set({ record })}
        />
      </SettingsSection>
    </>
  );
}
