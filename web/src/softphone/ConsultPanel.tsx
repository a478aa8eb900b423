import type { LiveTransfer } from '../api/calls.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { formatPhone } from '../components/phone.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { useAction } from './useAction.ts';
import type { Directory } from './useDirectory.ts';

/**
 * An assisted transfer this agent started (T2): the caller waits on hold while the agent
 * talks to the target, then hands the caller over (complete), brings all three together,
 * or cancels and goes back to the caller.
 */
export function ConsultPanel({
  callId,
  transfer,
  directory,
}: {
  callId: string;
  transfer: LiveTransfer;
  directory: Directory;
}) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const { busy, error, run } = useAction();
  const call = { path: { callId } };
  const target =
    transfer.target.kind === 'user'
      ? directory.userName(transfer.target.userId)
      : formatPhone(transfer.target.number ?? '');
  const status =
    transfer.state === 'ringing_target'
      ? t('softphone.consult.ringing', { name: target })
      : transfer.state === 'conference'
        ? t('softphone.consult.conference', { name: target })
        : t('softphone.consult.talking', { name: target });
  const answered = transfer.state !== 'ringing_target';

  return (
    <section className="consult" aria-label={t('softphone.consult.title')}>
      <p className="consult-status" role="status">
        {status}
      </p>
      <div className="call-buttons">
        <button
          type="button"
          className="primary"
          disabled={busy || !answered}
          onClick={() => void run(() => api.post('/calls/{callId}/transfer/complete', call))}
        >
          {t('softphone.consult.complete')}
        </button>
        {transfer.state === 'consulting' && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => api.post('/calls/{callId}/transfer/conference', call))}
          >
            {t('softphone.consult.conferenceButton')}
          </button>
        )}
        {transfer.state !== 'conference' && (
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await api.post('/calls/{callId}/transfer/cancel', call);
                // Back to the caller means talking to them again, not leaving them on hold.
                await api.post('/calls/{callId}/resume', call);
              })
            }
          >
            {t('softphone.consult.cancel')}
          </button>
        )}
      </div>
      <ErrorText error={error} />
    </section>
  );
}
