import { useRef } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { formatPhone } from '../components/phone.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import type { Directory } from './useDirectory.ts';

interface Started {
  callId: string;
  method: 'direct' | 'assisted';
  target: { kind: 'user' | 'external'; userId?: string; number?: string };
}

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
    const data = event.data ?? {};
    if (event.type === 'call.transfer_started' && data.initiatorId === session.user.id) {
      started.current.set(data.transferId, { callId: data.callId, method: data.method, target: data.target });
      return;
    }
    const mine = typeof data.transferId === 'string' ? started.current.get(data.transferId) : undefined;
    if (!mine) return;
    const name =
      mine.target.kind === 'user'
        ? directory.userName(mine.target.userId)
        : formatPhone(mine.target.number ?? '');
    if (event.type === 'call.transfer_completed') notify(t('softphone.notice.completed', { name }));
    else if (event.type === 'call.transfer_failed') {
      const why =
        data.reason === 'declined'
          ? t('softphone.notice.declined', { name })
          : t('softphone.notice.noAnswer', { name });
      const then =
        mine.method === 'assisted'
          ? t('softphone.notice.backOnHold')
          : data.returnTo === 'initiator'
            ? t('softphone.notice.comingBack')
            : t('softphone.notice.fallback');
      notify(`${why} ${then}`);
    } else if (event.type === 'call.transfer_cancelled' && data.reason !== 'initiator')
      notify(
        data.reason === 'customer_hung_up'
          ? t('softphone.notice.callerLeft')
          : `${t('softphone.notice.targetLeft', { name })} ${t('softphone.notice.backOnHold')}`,
      );
    if (event.type !== 'call.transfer_consulting' && event.type !== 'call.transfer_conference_started')
      started.current.delete(data.transferId);
  });
}
