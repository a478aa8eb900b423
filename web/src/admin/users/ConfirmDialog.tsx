import { useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** "Are you sure?" for what cannot be undone; Cancel is focused first. */
export function ConfirmDialog({
  open,
  title,
  message,
  confirm,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  message: string;
  confirm: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <p>{message}</p>
      <div className="row">
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus in a destructive dialog. */}
        <button type="button" autoFocus onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={run}>
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
