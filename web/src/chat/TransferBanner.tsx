import { useI18n } from '../i18n/i18n.tsx';
import type { Conversation } from './types.ts';

type Transfer = NonNullable<Conversation['transfer']>;

function useTransferText(transfer: Transfer): string {
  const { t } = useI18n();
  const name = transfer.fromName;
  if (name && transfer.reason) return t('chat.transferred.fromWithReason', { name, reason: transfer.reason });
  if (name) return t('chat.transferred.from', { name });
  if (transfer.reason) return t('chat.transferred.withReason', { reason: transfer.reason });
  return t('chat.transferred.plain');
}

/**
 * C4: at the top of a received conversation: who transferred it, and why. `by` names a
 * supervisor who moved it on from someone else's pending list.
 */
export function TransferBanner({ transfer, by }: { transfer: Transfer; by?: string }) {
  const { t, formatDateTime } = useI18n();
  return (
    <p className="banner transfer-banner" role="note">
      <span>{useTransferText(transfer)}</span>
      <span className="muted transfer-when">
        {by && by !== transfer.fromName && <>{t('chat.transferred.by', { name: by })} · </>}
        <time dateTime={transfer.at}>{formatDateTime(transfer.at)}</time>
      </span>
    </p>
  );
}

/** The same, as one line of an inbox item. */
export function TransferLine({ transfer }: { transfer: Transfer }) {
  return <span className="inbox-transfer">{useTransferText(transfer)}</span>;
}
