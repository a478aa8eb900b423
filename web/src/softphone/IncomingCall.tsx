import { useId } from 'react';
import { ErrorText } from '../components/ErrorText.tsx';
import { formatPhone } from '../components/phone.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import type { PhoneLine } from './types.ts';
import { useAction } from './useAction.ts';
import type { Directory } from './useDirectory.ts';

/**
 * A call ringing on this phone: who calls, which number they called, and for a transfer
 * who sent it and their note (T3), so the agent knows what to expect before answering.
 */
export function IncomingCall({
  line,
  directory,
  onAnswering,
}: {
  line: PhoneLine;
  directory: Directory;
  /** Told before answering, so a browser phone takes the call's audio on this console. */
  onAnswering?: (legId: string) => void;
}) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const { busy, error, run } = useAction();
  const titleId = useId();
  const contact = directory.contactOf(line.from);
  const called = directory.numberByE164(line.to);
  const leg = { path: { callId: line.callId, legId: line.legId } };
  return (
    <section className="call-card call-incoming" aria-labelledby={titleId}>
      <h3 id={titleId} className="call-state">
        {line.transfer ? t('softphone.incoming.transferred') : t('softphone.incoming.title')}
      </h3>
      <p className="call-party">{contact?.name ?? formatPhone(line.from)}</p>
      {contact && (
        <p className="muted call-detail">
          {formatPhone(line.from)}
          {contact.company ? ` · ${contact.company}` : ''}
        </p>
      )}
      <p className="call-detail">
        {called
          ? t('softphone.incoming.calledNamed', { label: called.label, number: formatPhone(line.to) })
          : t('softphone.incoming.called', { number: formatPhone(line.to) })}
      </p>
      {line.transfer && (
        <div className="call-transfer">
          <p className="call-detail">
            {t('softphone.incoming.transferredBy', { name: directory.userName(line.transfer.fromUserId) })}
          </p>
          {line.transfer.note && (
            <p className="note">
              <span className="visually-hidden">{t('softphone.incoming.note')}: </span>
              {line.transfer.note}
            </p>
          )}
        </div>
      )}
      <div className="call-buttons">
        <button
          type="button"
          className="ok"
          disabled={busy}
          onClick={() => {
            onAnswering?.(line.legId);
            void run(() => api.post('/calls/{callId}/legs/{legId}/answer', leg));
          }}
        >
          {t('softphone.answer')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => void run(() => api.post('/calls/{callId}/legs/{legId}/reject', leg))}
        >
          {t('softphone.decline')}
        </button>
      </div>
      <ErrorText error={error} />
    </section>
  );
}
