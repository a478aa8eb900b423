import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/**
 * Removing a user, contact or department: confirmed first, then back to the list with a
 * notice. The server may refuse (a user on a call, one an IVR option still dials): its
 * message shows here.
 */
export function RemovePanel({
  id,
  title,
  hint,
  remove,
  confirmTitle,
  confirmMessage,
  onRemove,
  notice,
}: {
  /** The heading's id, unique on the page. */
  id: string;
  title: string;
  hint?: string;
  /** The button's text, in the panel and in the dialog. */
  remove: string;
  confirmTitle: string;
  confirmMessage: string;
  /** Deletes it (the API's delete of that user, contact or department). */
  onRemove(): Promise<unknown>;
  /** Said on the list once it is gone. */
  notice: string;
}) {
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();

  const confirm = async () => {
    setError(undefined);
    try {
      await onRemove();
      navigate('..', { relative: 'path', state: { notice } });
    } catch (caught) {
      setConfirming(false);
      setError(caught);
    }
  };

  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {hint && <p className="muted">{hint}</p>}
      <ErrorText error={error} />
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {remove}
      </button>
      <ConfirmDialog
        open={confirming}
        title={confirmTitle}
        message={confirmMessage}
        confirm={remove}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}
