import { useRef } from 'react';
import type { MessageData } from '../../../src/api/stream-messages.ts';
import { useStreamEvents } from '../api/stream.tsx';
import { isMessage } from '../api/stream-topics.ts';
import { formatPhone } from '../components/phone.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import type { Directory } from './useDirectory.ts';

type Started = Pick<MessageData<'transfer.started'>, 'callId' | 'method' | 'target'>;

/**
 * What became of the transfers this person started, told in one line: handed over, declined
 * or unanswered (and where the call went then), or ended by the other side. The initiator's
 * stream keeps the call's events until it ends, even after a direct transfer freed them.
 */
export function useTransferNotices(directory: Directory, notify: (text: string) => void): void {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const started = useRef(new Map<string, Started>());

  useStreamEvents((event) => {
    if (!isMessage(event)) return;
    if (event.type === 'transfer.started') {
      const { initiatorId, transferId, callId, method, target } = event.data;
      if (initiatorId === session.user.id) started.current.set(transferId, { callId, method, target });
      return;
    }
    // Only an outcome ends what this person started (transfer.received, consulting … are steps).
    if (
      event.type !== 'transfer.completed' &&
      event.type !== 'transfer.failed' &&
      event.type !== 'transfer.cancelled'
    )
      return;
    const { transferId } = event.data;
    const mine = started.current.get(transferId);
    if (!mine) return;
    started.current.delete(transferId);
    const name =
      mine.target.kind === 'user' ? directory.userName(mine.target.userId) : formatPhone(mine.target.number);
    if (event.type === 'transfer.completed') notify(t('softphone.notice.completed', { name }));
    else if (event.type === 'transfer.failed') {
      const why =
        event.data.reason === 'declined'
          ? t('softphone.notice.declined', { name })
          : t('softphone.notice.noAnswer', { name });
      const then =
        mine.method === 'assisted'
          ? t('softphone.notice.backOnHold')
          : event.data.returnTo === 'initiator'
            ? t('softphone.notice.comingBack')
            : t('softphone.notice.fallback');
      notify(`${why} ${then}`);
    } else if (event.type === 'transfer.cancelled' && event.data.reason !== 'initiator')
      notify(
        event.data.reason === 'customer_hung_up'
          ? t('softphone.notice.callerLeft')
          : `${t('softphone.notice.targetLeft', { name })} ${t('softphone.notice.backOnHold')}`,
      );
  });
}
