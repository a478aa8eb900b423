const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/**
 * The twelve phone keys; each press is reported at once (DTMF in a call, a digit in the
 * dialler). The agent's softphone and the caller's handset on Try it both use it.
 */
export function Keypad({
  label,
  className = 'keypad',
  onKey,
  disabled,
}: {
  label: string;
  className?: string;
  onKey(key: string): void;
  disabled?: boolean;
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of key buttons.
    <div className={className} role="group" aria-label={label}>
      {keys.map((key) => (
        <button key={key} type="button" disabled={disabled} onClick={() => onKey(key)}>
          {key}
        </button>
      ))}
    </div>
  );
}
