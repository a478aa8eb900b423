import { NavLink } from 'react-router';
import { formatDuration } from '../api/server-clock.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useChatDirectory } from './directory.tsx';
import { TakeButton } from './TakeButton.tsx';
import { TransferLine } from './TransferBanner.tsx';
import type { Conversation } from './types.ts';

export type InboxList = 'mine' | 'pending' | 'queued';

/** Since when the contact has been waiting for an agent, or for an answer; undefined when not waiting. */
function waitingSince(conversation: Conversation, list: InboxList): string | undefined {
  if (list === 'queued' || list === 'pending') {
    const transferred = conversation.transfer?.at;
    return transferred && transferred > conversation.openedAt ? transferred : conversation.openedAt;
  }
  const { lastIncomingAt, lastOutgoingAt } = conversation;
  if (lastIncomingAt && (!lastOutgoingAt || lastIncomingAt > lastOutgoingAt)) return lastIncomingAt;
  return undefined;
}

/** One conversation in an inbox list: contact, channel, last message, waiting time, transfer. */
export function InboxItem({
  conversation,
  list,
  unread,
  now,
  onTaken,
}: {
  conversation: Conversation;
  list: InboxList;
  unread: boolean;
  now: number | undefined;
  onTaken(conversation: Conversation): void;
}) {
  const { t } = useI18n();
  const { departmentName, contactName } = useChatDirectory();
  const since = waitingSince(conversation, list);
  const department = departmentName(conversation.departmentId);
  const preview = conversation.lastMessage;
  return (
    <li className={`inbox-item${unread ? ' inbox-item-unread' : ''}`}>
      <NavLink to={`/chat/${encodeURIComponent(conversation.id)}`} className="inbox-link">
        <span className="inbox-line">
          {unread && (
            <span className="unread-dot" title={t('chat.inbox.unread')}>
              <span className="visually-hidden">{t('chat.inbox.unread')}</span>
            </span>
          )}
          <strong className="inbox-contact">{contactName(conversation)}</strong>
          {conversation.status === 'on_hold' && (
            <span className="status-tag">{t('chat.status.on_hold')}</span>
          )}
          <span className="spacer" />
          {since && (
            <span className="waiting" title={t('chat.inbox.waitingTitle')}>
              {t('chat.inbox.waiting', {
                time: now === undefined ? '' : formatDuration(now - Date.parse(since)),
              })}
            </span>
          )}
        </span>
        <span className="inbox-preview">
          <span className="channel-tag">{conversation.channel}</span>{' '}
          {preview ? (
            <>
              {preview.kind === 'reply' && <span className="muted">{t('chat.inbox.you')} </span>}
              {preview.text}
            </>
          ) : (
            <span className="muted">{department ?? '\u00a0'}</span>
          )}
        </span>
        {conversation.transfer && <TransferLine transfer={conversation.transfer} />}
      </NavLink>
      {(list === 'queued' || list === 'pending') && (
        <TakeButton conversation={conversation} onTaken={onTaken} compact />
      )}
    </li>
  );
}
