import { useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** A delete button that asks first and shows why the server refused (e.g. a number still uses it). */
export function ConfirmDelete({
  label,
  question,
  onConfirm,
  onDeleted,
}: {
  label: string;
  question: string;
  onConfirm(): Promise<unknown>;
  onDeleted(): void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      setOpen(false);
      onDeleted();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        {label}
      </button>
      <Dialog title={label} open={open} onClose={() => setOpen(false)}>
        <p>{question}</p>
        <ErrorText error={error} />
        <div className="row">
          <span className="spacer" />
          <button type="button" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={confirm}>
            {t('common.delete')}
          </button>
        </div>
      </Dialog>
    </>
  );
}
