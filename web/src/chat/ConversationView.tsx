import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Api, ApiError } from '../api/client.ts';
import { useStreamEvents } from '../api/stream.tsx';
import { conversationIdOf, isFresh } from '../api/stream-topics.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { useResource } from '../components/useResource.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { Composer } from './Composer.tsx';
import { ContactCard } from './ContactCard.tsx';
import { ConversationActions } from './ConversationActions.tsx';
import { useChatDirectory } from './directory.tsx';
import { keyActorName } from './key-actor.ts';
import { MessageList } from './MessageList.tsx';
import { markSeen } from './seen.ts';
import { TransferBanner } from './TransferBanner.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import type { Conversation, ConversationDetail } from './types.ts';

/** How many messages the detail route answers with (src/server/routes/conversations.ts). */
const detailPage = 500;

/** The detail answers the first page of messages; a long conversation reads on from there. */
async function loadConversation(api: Api, id: string): Promise<ConversationDetail> {
  const path = { conversationId: id };
  const detail = await api.get('/conversations/{conversationId}', { path });
  let messages = detail.messages;
  if (messages.length < detailPage) return detail;
  for (let afterSeq = messages.at(-1)?.seq; afterSeq !== undefined; ) {
    const page = await api.get('/conversations/{conversationId}/messages', {
      path,
      query: { afterSeq, limit: detailPage },
    });
    messages = [...messages, ...page.items];
    afterSeq = page.nextAfterSeq;
  }
  return { ...detail, messages };
}

/** A transfer is a burst of events (transferred, unassigned, assigned): read the conversation once after it. */
const settleMs = 80;

/**
 * Reloads the conversation after the stream's events about it, until it is taken from an
 * agent who is looking at it (transferred on, reassigned): then an agent may no longer read
 * it, so it is not asked for again (the server would refuse) and the view says so instead.
 */
function useHandedOn(id: string, reload: () => void): boolean {
  const { session } = useSignedIn();
  const [handedOn, setHandedOn] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const gone = useRef(false);
  useEffect(() => () => clearTimeout(timer.current), []);
  useStreamEvents((event) => {
    if (gone.current) return;
    if (!isFresh(event) && conversationIdOf(event) !== id) return;
    const takenFromMe =
      session.user.role === 'agent' &&
      event.type === 'conversation.unassigned' &&
      event.data.userId === session.user.id;
    clearTimeout(timer.current);
    if (takenFromMe) {
      gone.current = true;
      setHandedOn(true);
      return;
    }
    timer.current = setTimeout(reload, settleMs);
  });
  return handedOn;
}

/** One conversation: the transfer banner, messages and notes, the reply box and the contact. */
export function ConversationView({ id, onNotice }: { id: string; onNotice(notice: string): void }) {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const navigate = useNavigate();
  const { userName, contactName } = useChatDirectory();
  const [transferring, setTransferring] = useState(false);
  const detail = useResource(() => loadConversation(api, id), [api, id]);
  const handedOn = useHandedOn(id, detail.reload);

  const conversation = detail.data?.id === id ? detail.data : undefined;
  useEffect(() => {
    if (conversation) markSeen(session.user.id, conversation.id, conversation.lastIncomingAt);
  }, [conversation, session.user.id]);

  if (handedOn)
    return (
      <section className="conversation conversation-gone">
        <p>{t('chat.conversation.notYours')}</p>
        <Link to="/chat">{t('chat.conversation.back')}</Link>
      </section>
    );
  const error = detail.error;
  if (error && (!conversation || error instanceof ApiError)) {
    const gone = error instanceof ApiError && (error.status === 403 || error.status === 404);
    return (
      <section className="conversation conversation-gone">
        {gone ? (
          <p>{t(error.status === 403 ? 'chat.conversation.notYours' : 'common.notFound')}</p>
        ) : (
          <ErrorText error={error} />
        )}
        <Link to="/chat">{t('chat.conversation.back')}</Link>
      </section>
    );
  }
  if (!conversation) return <section className="conversation" aria-busy="true" />;

  const changed = (_: Conversation) => detail.reload();
  const transferred = (after: Conversation, target: string) => {
    setTransferring(false);
    onNotice(t('chat.transfer.done', { contact: contactName(after), target }));
    // An agent no longer sees a conversation they handed on; a supervisor still does.
    if (session.user.role === 'agent' && after.assigneeId !== session.user.id) navigate('/chat');
    else detail.reload();
  };
  const received = conversation.transfer && conversation.transfer.fromUserId !== session.user.id;

  return (
    <section className="conversation" aria-labelledby="conversation-title">
      <header className="conversation-header">
        <div>
          <h2 id="conversation-title">{contactName(conversation)}</h2>
          <p className="muted conversation-sub">
            <span className="channel-tag">{conversation.channel}</span>{' '}
            <span className={`status-tag status-${conversation.status}`}>
              {t(`chat.status.${conversation.status}`)}
            </span>
            {conversation.queuePosition !== undefined && (
              <> · {t('chat.conversation.queuePosition', { position: conversation.queuePosition })}</>
            )}
          </p>
        </div>
        <ConversationActions
          conversation={conversation}
          onChanged={changed}
          onTransfer={() => setTransferring(true)}
        />
      </header>
      {received && conversation.transfer && (
        <TransferBanner
          transfer={conversation.transfer}
          by={
            conversation.transfer.byKey
              ? keyActorName(t, conversation.transfer.byKey)
              : (conversation.transfer.byName ?? userName(conversation.transfer.by))
          }
        />
      )}
      <div className="conversation-body">
        <div className="conversation-thread">
          <MessageList conversation={conversation} messages={conversation.messages} />
          <Composer
            conversation={conversation}
            disabled={conversation.status === 'resolved'}
            replyBlocked={
              session.user.role === 'agent' && conversation.assigneeId !== session.user.id
                ? t('chat.composer.takeFirst')
                : conversation.status === 'pending'
                  ? t('chat.composer.pendingFirst')
                  : undefined
            }
            onSent={() => detail.reload()}
          />
        </div>
        <ContactCard conversation={conversation} />
      </div>
      <TransferDialog
        conversation={conversation}
        open={transferring}
        onClose={() => setTransferring(false)}
        onTransferred={transferred}
      />
    </section>
  );
}
