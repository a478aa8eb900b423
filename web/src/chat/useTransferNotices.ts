import { useRef } from 'react';
import type { MessageData } from '../../../src/api/stream-messages.ts';
import { useStreamEvents } from '../api/stream.tsx';
import { isMessage } from '../api/stream-topics.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { useChatDirectory } from './directory.tsx';
import { keyActorName } from './key-actor.ts';

export interface Notice {
  text: string;
  conversationId?: string;
}

type Transferred = MessageData<'conversation.transferred'>;

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
    if (!isMessage(event)) return;
    if (event.type === 'conversation.transferred') {
      transfers.current.set(event.data.conversationId, event.data);
      return;
    }
    if (
      (event.type !== 'conversation.assigned' && event.type !== 'conversation.pending') ||
      event.data.userId !== me
    )
      return;
    const { conversationId } = event.data;
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
