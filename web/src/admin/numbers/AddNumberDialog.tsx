import { type FormEvent, useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { fieldOf } from '../../components/ErrorText.tsx';
import { looksLikePhone } from '../../components/phone.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { Select, TextInput } from './inputs.tsx';
import type { NumberKind, PhoneNumber } from './types.ts';

/** W6–W8: a new number, in international format; it starts assigned to every user. */
export function AddNumberDialog({
  open,
  onClose,
  onAdded,
}: {
  open: boolean;
  onClose(): void;
  onAdded(number: PhoneNumber): void;
}) {
  const { api } = useSignedIn();
  const { t } = useI18n();
  const [e164, setE164] = useState('');
  const [kind, setKind] = useState<NumberKind>('rented');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (!looksLikePhone(e164)) {
      setErrors({ e164: t('telephony.problem.phone') });
      return;
    }
    setBusy(true);
    try {
      const number = await api.post('/numbers', { body: { e164, kind, ...(label.trim() ? { label } : {}) } });
      setErrors({});
      setE164('');
      setLabel('');
      onAdded(number);
    } catch (error) {
      const field = fieldOf(error);
      const message = error instanceof Error ? error.message : String(error);
      if (field) setErrors({ [field]: message });
      else setFailure(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('telephony.numbers.add')} open={open} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextInput
          type="tel"
          label={t('telephony.numbers.e164')}
          hint={t('telephony.phoneHint')}
          value={e164}
          error={errors.e164}
          onChange={setE164}
        />
        <Select<NumberKind>
          label={t('telephony.number.kind')}
          value={kind}
          error={errors.kind}
          options={[
            { value: 'rented', label: t('telephony.kind.rented') },
            { value: 'sip', label: t('telephony.kind.sip') },
          ]}
          onChange={setKind}
        />
        <TextInput
          label={t('telephony.number.label')}
          value={label}
          maxLength={200}
          error={errors.label}
          onChange={setLabel}
        />
        {failure && (
          <p className="error" role="alert">
            {failure}
          </p>
        )}
        <div className="row">
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('telephony.numbers.addSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
