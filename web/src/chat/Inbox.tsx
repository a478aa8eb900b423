import { useNavigate } from 'react-router';
import { useServerNow } from '../api/server-clock.tsx';
import { ErrorText } from '../components/ErrorText.tsx';
import { PresenceBadge } from '../components/PresenceBadge.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { useChatDirectory } from './directory.tsx';
import { InboxItem, type InboxList } from './InboxItem.tsx';
import { isUnread, useSeen } from './seen.ts';
import type { Conversation } from './types.ts';
import { useInbox } from './useInbox.ts';

/**
 * The agent's three lists: their conversations, their pending list (C5) and the queues of
 * their departments. Live: every conversation event reloads them, keeping what is shown
 * until the new answer arrives.
 */
export function Inbox() {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const { departmentName, departments } = useChatDirectory();
  const navigate = useNavigate();
  const inbox = useInbox();
  const now = useServerNow();
  const seen = useSeen(session.user.id);
  const { mine = [], pending = [], queued = [], othersPending = [] } = inbox.data ?? {};

  const taken = (conversation: Conversation) => {
    inbox.reload();
    navigate(`/chat/${encodeURIComponent(conversation.id)}`);
  };

  const list = (items: Conversation[], kind: InboxList, empty: string) =>
    items.length === 0 ? (
      <p className="muted inbox-empty">{empty}</p>
    ) : (
      <ul className="inbox-list">
        {items.map((conversation) => (
          <InboxItem
            key={conversation.id}
            conversation={conversation}
            list={kind}
            unread={kind !== 'queued' && isUnread(seen, conversation)}
            now={now}
            onTaken={taken}
          />
        ))}
      </ul>
    );

  // Agents see their own departments' queues, even empty ones; others every queue with someone waiting.
  const queueIds = [
    ...new Set([
      ...departments
        .filter((department) => department.memberIds.includes(session.user.id))
        .map((department) => department.id),
      ...queued.flatMap((conversation) => (conversation.departmentId ? [conversation.departmentId] : [])),
    ]),
  ];

  return (
    <nav className="chat-inbox" aria-label={t('chat.inbox.title')} aria-busy={inbox.loading}>
      {inbox.error && <ErrorText error={inbox.error} />}
      <section aria-labelledby="inbox-mine">
        <h2 id="inbox-mine" className="inbox-heading">
          {t('chat.inbox.mine')} <span className="count">{mine.length}</span>
        </h2>
        {list(mine, 'mine', inbox.data ? t('chat.inbox.mineEmpty') : t('common.loading'))}
      </section>
      <section aria-labelledby="inbox-pending">
        <h2 id="inbox-pending" className="inbox-heading">
          {t('chat.inbox.pending')} <span className="count">{pending.length}</span>
        </h2>
        <p className="muted inbox-hint">{t('chat.inbox.pendingHint')}</p>
        {list(pending, 'pending', inbox.data ? t('chat.inbox.pendingEmpty') : t('common.loading'))}
      </section>
      {queueIds.map((departmentId) => {
        const waiting = queued.filter((conversation) => conversation.departmentId === departmentId);
        const name = departmentName(departmentId) ?? departmentId;
        const headingId = `inbox-queue-${departmentId}`;
        return (
          <section key={departmentId} aria-labelledby={headingId}>
            <h2 id={headingId} className="inbox-heading">
              {t('chat.inbox.queue', { department: name })} <span className="count">{waiting.length}</span>
            </h2>
            {list(waiting, 'queued', inbox.data ? t('chat.inbox.queueEmpty') : t('common.loading'))}
          </section>
        );
      })}
      {othersPending.length > 0 && (
        <section aria-labelledby="inbox-others-pending">
          <h2 id="inbox-others-pending" className="inbox-heading">
            {t('chat.inbox.othersPending')}{' '}
            <span className="count">
              {othersPending.reduce((sum, list) => sum + list.conversations.length, 0)}
            </span>
          </h2>
          <p className="muted inbox-hint">{t('chat.inbox.othersPendingHint')}</p>
          {othersPending.map((other) => (
            <div key={other.userId} className="inbox-group">
              <h3 className="inbox-subheading">
                {other.name} <PresenceBadge presence={other.presence} />
              </h3>
              {list(other.conversations, 'pending', '')}
            </div>
          ))}
        </section>
      )}
      {queueIds.length === 0 && inbox.data && <p className="muted inbox-hint">{t('chat.inbox.noQueues')}</p>}
    </nav>
  );
}
