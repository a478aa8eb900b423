import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { NumberInput, Select } from './inputs.tsx';
import { type Strategy, strategies } from './types.ts';

interface Ringing {
  strategy: Strategy;
  ringTimeoutSec: string;
}

/** V5: which agent rings and for how long; a number and a telephony group set the same two things. */
export function StrategyFields({
  value,
  errors,
  onChange,
  timeoutHint,
}: {
  value: Ringing;
  errors: Record<string, string>;
  onChange(patch: Partial<Ringing>): void;
  timeoutHint?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <Select<Strategy>
        label={t('telephony.strategy.label')}
        value={value.strategy}
        error={errors.strategy}
        hint={t(`telephony.strategy.${value.strategy}.hint` as MessageKey)}
        options={strategies.map((strategy) => ({
          value: strategy,
          label: t(`telephony.strategy.${strategy}` as MessageKey),
        }))}
        onChange={(strategy) => onChange({ strategy })}
      />
      <NumberInput
        label={t('telephony.strategy.ringTimeout')}
        hint={timeoutHint}
        min={5}
        max={600}
        value={value.ringTimeoutSec}
        error={errors.ringTimeoutSec}
        onChange={(ringTimeoutSec) => onChange({ ringTimeoutSec })}
      />
    </>
  );
}
