import { useRef } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { useChatDirectory } from './directory.tsx';
import { type KeyActor, keyActorName } from './key-actor.ts';

export interface Notice {
  text: string;
  conversationId?: string;
}

interface Transferred {
  fromUserId?: string;
  by?: string;
  byKey?: KeyActor;
  reason?: string;
}

/**
 * X1, C4: tells the agent, as it happens, that a transfer reached them. The stream sends the
 * transfer first, then the assignment (or the pending list, C5) that makes it theirs.
 */
export function useTransferNotices(onNotice: (notice: Notice) => void): void {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const { userName } = useChatDirectory();
  const transfers = useRef(new Map<string, Transferred>());
  const me = session.user.id;

  useStreamEvents((event) => {
    if (!event.type.startsWith('conversation.')) return;
    const { conversationId, userId } = event.data as { conversationId: string; userId?: string };
    if (event.type === 'conversation.transferred') {
      transfers.current.set(conversationId, event.data as Transferred);
      return;
    }
    if ((event.type !== 'conversation.assigned' && event.type !== 'conversation.pending') || userId !== me)
      return;
    const transfer = transfers.current.get(conversationId);
    transfers.current.delete(conversationId);
    if (!transfer) return;
    // C4: made with a key, the key sent it, not whoever had the conversation.
    const sender = transfer.byKey ? undefined : (transfer.by ?? transfer.fromUserId);
    if (sender === me) return;
    const name = transfer.byKey
      ? keyActorName(t, transfer.byKey)
      : (userName(sender) ?? t('chat.message.system'));
    const key =
      event.type === 'conversation.pending'
        ? transfer.reason
          ? 'chat.notice.pendingWithReason'
          : 'chat.notice.pending'
        : transfer.reason
          ? 'chat.notice.receivedWithReason'
          : 'chat.notice.received';
    onNotice({ text: t(key, { name, reason: transfer.reason ?? '' }), conversationId });
  });
}
