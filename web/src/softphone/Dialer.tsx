import { type FormEvent, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { ErrorText, fieldOf } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { Keypad } from '../components/Keypad.tsx';
import { formatPhone } from '../components/phone.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { useAction } from './useAction.ts';
import type { Directory } from './useDirectory.ts';

/**
 * Outgoing calls (W8): from a number assigned to this person (chosen when they have
 * several) to any number; the call then shows on the phone as dialling.
 */
export function Dialer({ directory }: { directory: Directory }) {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const { busy, error, run } = useAction();
  const mine = directory.numbers.filter((number) => number.assignedUserIds.includes(session.user.id));
  const [chosen, setChosen] = useState<string>();
  const [to, setTo] = useState('');
  const [keypadOpen, setKeypadOpen] = useState(false);
  const numberId = mine.some((number) => number.id === chosen) ? chosen : mine[0]?.id;
  const chosenNumber = mine.find((number) => number.id === numberId);

  if (mine.length === 0) return <p className="muted dialer-none">{t('softphone.dial.noNumber')}</p>;

  const field = fieldOf(error);
  const messageFor = (name: string) =>
    error instanceof ApiError && field === name ? error.message : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!numberId || !to.trim()) return;
    const ok = await run(() => api.post('/calls', { body: { numberId, to: to.trim() } }));
    if (ok) setTo('');
  };

  return (
    <form className="dialer" onSubmit={(event) => void submit(event)} aria-label={t('softphone.dial.title')}>
      {mine.length > 1 ? (
        <Field
          label={t('softphone.dial.from')}
          error={messageFor('numberId')}
          hint={
            chosenNumber ? t('softphone.dial.shown', { number: formatPhone(chosenNumber.e164) }) : undefined
          }
        >
          {(props) => (
            // The label alone fits the 300 px phone; the number the callee sees is written under it.
            <select {...props} value={numberId} onChange={(event) => setChosen(event.target.value)}>
              {mine.map((number) => (
                <option key={number.id} value={number.id}>
                  {number.label || formatPhone(number.e164)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <p className="call-detail">
          {t('softphone.dial.fromOne', { label: mine[0]!.label, number: formatPhone(mine[0]!.e164) })}
        </p>
      )}
      <Field label={t('softphone.dial.to')} error={messageFor('to')}>
        {(props) => (
          <input
            {...props}
            type="tel"
            value={to}
            autoComplete="off"
            placeholder="+34 600 000 000"
            onChange={(event) => setTo(event.target.value)}
          />
        )}
      </Field>
      <div className="call-buttons">
        <button type="submit" className="ok" disabled={busy || !to.trim()}>
          {t('softphone.dial.call')}
        </button>
        <button type="button" aria-expanded={keypadOpen} onClick={() => setKeypadOpen((open) => !open)}>
          {t('softphone.keypad')}
        </button>
      </div>
      {keypadOpen && <Keypad label={t('softphone.keypad')} onKey={(key) => setTo((value) => value + key)} />}
      {!messageFor('to') && !messageFor('numberId') && <ErrorText error={error} />}
    </form>
  );
}
