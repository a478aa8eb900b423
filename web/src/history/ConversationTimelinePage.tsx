import { Link, useParams } from 'react-router';
import { useStreamEvents } from '../api/stream.tsx';
import { conversationIdOf, isFresh } from '../api/stream-topics.ts';
import { contactName, type Message } from '../chat/types.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { useResource } from '../components/useResource.ts';
import { ZoneNote } from '../components/ZoneNote.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { type Directory, userName } from './directory.ts';
import { Timeline } from './Timeline.tsx';
import type { ConversationDetail } from './types.ts';

/** One conversation: its messages and notes, and every event with routing and transfer reasons (C3). */
export function ConversationTimelinePage({ directory }: { directory: Directory }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useSignedIn();
  const conversationId = useParams().conversationId ?? '';
  const conversation = useResource(
    (): Promise<ConversationDetail> =>
      api.get('/conversations/{conversationId}', { path: { conversationId } }),
    [conversationId],
  );
  useStreamEvents((event) => {
    if (isFresh(event) || conversationIdOf(event) === conversationId) conversation.reload();
  });
  const data = conversation.data;

  return (
    <article className="history-detail" aria-busy={conversation.loading}>
      <p>
        <Link to="/history/conversations">{t('history.back.conversations')}</Link>
      </p>
      <ErrorText error={conversation.error} />
      {data && (
        <>
          <h1>{t('history.conversationTitle', { contact: contactName(data) })}</h1>
          <ZoneNote />
          <section className="panel" aria-labelledby="conversation-summary">
            <h2 id="conversation-summary">{t('history.summary')}</h2>
            <dl className="history-summary">
              <dt>{t('history.field.channel')}</dt>
              <dd>{data.channel}</dd>
              <dt>{t('history.field.status')}</dt>
              <dd>{t(`history.chatStatus.${data.status}`)}</dd>
              <dt>{t('history.field.department')}</dt>
              <dd>
                {data.departmentId
                  ? (directory.departments[data.departmentId]?.name ?? data.departmentId)
                  : '—'}
              </dd>
              <dt>{t('history.field.assignee')}</dt>
              <dd>{data.assigneeId ? userName(directory, data.assigneeId) : '—'}</dd>
              <dt>{t('history.field.opened')}</dt>
              <dd>{formatDateTime(data.openedAt)}</dd>
              <dt>{t('history.field.resolved')}</dt>
              <dd>{data.resolvedAt ? formatDateTime(data.resolvedAt) : '—'}</dd>
            </dl>
          </section>
          <div className="history-columns">
            <section className="panel" aria-labelledby="conversation-timeline">
              <h2 id="conversation-timeline">{t('history.timeline')}</h2>
              <Timeline events={data.history} directory={directory} label={t('history.timeline')} />
            </section>
            <section className="panel" aria-labelledby="conversation-messages">
              <h2 id="conversation-messages">{t('history.messages')}</h2>
              <Messages messages={data.messages} directory={directory} />
            </section>
          </div>
        </>
      )}
    </article>
  );
}

function Messages({ messages, directory }: { messages: Message[]; directory: Directory }) {
  const { t, formatTime } = useI18n();
  if (messages.length === 0) return <p className="muted">{t('history.messages.none')}</p>;
  return (
    <ol className="history-messages">
      {messages.map((message) => (
        <li key={message.seq} className={`history-message message-${message.kind}`}>
          <p className="history-message-meta">
            <span>
              {message.kind === 'incoming'
                ? t('history.message.incoming')
                : t(`history.message.${message.kind}`, {
                    name: userName(directory, message.userId) || t('history.someone'),
                  })}
            </span>{' '}
            <time dateTime={message.at} className="muted">
              {formatTime(message.at)}
            </time>
          </p>
          <p className="history-message-text">{message.text}</p>
        </li>
      ))}
    </ol>
  );
}
