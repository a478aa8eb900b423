import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

/**
 * Removing a user: confirmed first, and refused by the server while they are on a call or
 * an IVR option still dials them (its message says which).
 */
export function RemoveUserPanel({ user }: { user: User }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();

  const remove = async () => {
    setError(undefined);
    try {
      await api.del(`/users/${encodeURIComponent(user.id)}`);
      navigate('..', {
        relative: 'path',
        state: { notice: t('directory.users.removed', { name: user.name }) },
      });
    } catch (caught) {
      setConfirming(false);
      setError(caught);
    }
  };

  return (
    <section className="panel" aria-labelledby="remove-user-title">
      <h2 id="remove-user-title">{t('directory.users.removeTitle')}</h2>
      <p className="muted">{t('directory.users.removeHint')}</p>
      <ErrorText error={error} />
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {t('directory.users.remove')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('directory.users.removeConfirmTitle', { name: user.name })}
        message={t('directory.users.removeConfirm', { name: user.name })}
        confirm={t('directory.users.remove')}
        onConfirm={remove}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}
