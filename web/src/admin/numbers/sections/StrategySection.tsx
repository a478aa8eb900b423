import { useI18n } from '../../../i18n/i18n.tsx';
import { CheckInput, NumberInput } from '../inputs.tsx';
import type { SectionProps } from '../NumberSettingsPage.tsx';
import { SettingsSection } from '../SettingsSection.tsx';
import { StrategyFields } from '../StrategyFields.tsx';

/** V5: which online agent rings, for how long, and how callers wait when everyone is busy. */
export function StrategySection({ form, set, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <SettingsSection anchor="strategy" title={t('telephony.strategy.title')}>
      <div className="grid-2">
        <StrategyFields
          value={form}
          errors={errors}
          onChange={set}
          timeoutHint={t('telephony.strategy.ringTimeoutHint')}
        />
      </div>
      <h3>{t('telephony.queue.title')}</h3>
      <CheckInput
        label={t('telephony.queue.enabled')}
        hint={t('telephony.queue.hint')}
        checked={form.queueEnabled}
        error={errors['queue.enabled']}
        onChange={(queueEnabled) => set({ queueEnabled })}
      />
      <div className="grid-3">
        <NumberInput
          label={t('telephony.queue.maxWait')}
          min={10}
          max={3600}
          value={form.queueMaxWaitSec}
          error={errors['queue.maxWaitSec']}
          onChange={(queueMaxWaitSec) => set({ queueMaxWaitSec })}
        />
        <NumberInput
          label={t('telephony.queue.maxLength')}
          min={1}
          max={10000}
          value={form.queueMaxLength}
          error={errors['queue.maxLength']}
          onChange={(queueMaxLength) => set({ queueMaxLength })}
        />
        <NumberInput
          label={t('telephony.queue.priority')}
          hint={t('telephony.queue.priorityHint')}
          min={0}
          max={9}
          value={form.queuePriority}
          error={errors['queue.priority']}
          onChange={(queuePriority) => set({ queuePriority })}
        />
      </div>
    </SettingsSection>
  );
}
