import { useI18n } from '../i18n/i18n.tsx';

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** The twelve phone keys; each press is reported at once (DTMF in a call, a digit in the dialler). */
export function Keypad({ onKey, disabled }: { onKey(key: string): void; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of key buttons.
    <div className="keypad" role="group" aria-label={t('softphone.keypad')}>
      {keys.map((key) => (
        <button key={key} type="button" disabled={disabled} onClick={() => onKey(key)}>
          {key}
        </button>
      ))}
    </div>
  );
}
