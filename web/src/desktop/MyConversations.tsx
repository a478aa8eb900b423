import { Link } from 'react-router';
import type { Conversation } from '../chat/types.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { useReloadOn } from '../components/useReloadOn.ts';
import { useResource } from '../components/useResource.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { useSignedIn } from '../session/session.tsx';
import type { Directory } from '../softphone/useDirectory.ts';
import { DeskPanel } from './DeskPanel.tsx';

/** The customer wrote last and nobody has answered since. */
const awaitingReply = (conversation: Conversation) =>
  conversation.lastIncomingAt !== undefined &&
  (conversation.lastOutgoingAt === undefined || conversation.lastOutgoingAt < conversation.lastIncomingAt);

/** The contact by name: their own, the CRM's for a phone number, else the number written for people. */
function contactLabel(conversation: Conversation, directory: Directory): string {
  const { name, address } = conversation.contact;
  if (name) return name;
  return /^\+\d{6,15}$/.test(address) ? directory.callerName(address) : address;
}

/** A glance at this person's open chats; the work itself happens on /chat. */
export function MyConversations({ directory }: { directory: Directory }) {
  const { t, formatTime } = useI18n();
  const { api } = useSignedIn();
  const conversations = useResource(
    () => api.get('/conversations', { query: { assignee: 'me', status: 'open', limit: 20 } }),
    [api],
  );
  useReloadOn(['conversation.*'], conversations.reload);
  const items = conversations.data?.items ?? [];
  const waiting = items.filter(awaitingReply).length;
  const pending = items.filter((conversation) => conversation.status === 'pending').length;

  return (
    <DeskPanel
      id="desk-conversations-title"
      title={t('desktop.chats.title')}
      aside={<Link to="/chat">{t('desktop.chats.open')}</Link>}
      busy={conversations.loading}
    >
      <p className="muted">{t('desktop.chats.summary', { count: items.length, waiting, pending })}</p>
      <ErrorText error={conversations.error} />
      <ul className="desk-list">
        {items.map((conversation) => (
          <li key={conversation.id} className="desk-item">
            <div className="row">
              <Link to={`/chat/${encodeURIComponent(conversation.id)}`}>
                {contactLabel(conversation, directory)}
              </Link>
              <span className="muted desk-small">{conversation.channel}</span>
              <span className="spacer" />
              {awaitingReply(conversation) && (
                <span className="desk-badge desk-badge-new">{t('desktop.chats.awaiting')}</span>
              )}
              <span className="desk-badge">
                {t(`desktop.chats.status.${conversation.status}` as MessageKey)}
              </span>
            </div>
            <div className="muted desk-small">
              {t('desktop.chats.last', {
                time: formatTime(conversation.lastIncomingAt ?? conversation.openedAt),
              })}
              {conversation.transfer?.fromName &&
                ` · ${t('desktop.chats.transferredFrom', { name: conversation.transfer.fromName })}`}
            </div>
          </li>
        ))}
      </ul>
    </DeskPanel>
  );
}
