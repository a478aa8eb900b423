import { useI18n } from '../i18n/i18n.tsx';

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** The caller's keypad: each key sends its digit (DTMF) to the call, as a phone's keys do. */
export function DialPad({ onPress, disabled }: { onPress(key: string): void; disabled: boolean }) {
  const { t } = useI18n();
  return (
    <fieldset className="dialpad">
      <legend className="visually-hidden">{t('tryit.keypad')}</legend>
      {keys.map((key) => (
        <button key={key} type="button" onClick={() => onPress(key)} disabled={disabled}>
          {key}
        </button>
      ))}
    </fieldset>
  );
}
