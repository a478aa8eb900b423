import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useChatDirectory } from './directory.tsx';
import { type Conversation, isInternal, type Message } from './types.ts';

/** Close enough to the bottom that a new message should scroll into view. */
const stickPx = 80;

/**
 * The conversation in order. Internal notes and transfer reasons (C3) are set apart: another
 * background, full width, labelled, so nobody takes them for what the customer sees.
 */
export function MessageList({ conversation, messages }: { conversation: Conversation; messages: Message[] }) {
  const { t, formatTime, formatDateTime } = useI18n();
  const { userName, contactName } = useChatDirectory();
  const ref = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: follow new messages only.
  useLayoutEffect(() => {
    const list = ref.current;
    if (list && atBottom.current) list.scrollTop = list.scrollHeight;
  }, [messages.length]);

  const sender = (message: Message) => {
    if (message.kind === 'incoming') return contactName(conversation);
    return userName(message.userId) ?? t('chat.message.system');
  };

  const label = (message: Message) =>
    message.kind === 'transfer_reason'
      ? t('chat.message.transferReason')
      : message.kind === 'note'
        ? t('chat.message.note')
        : undefined;

  return (
    <ol
      ref={ref}
      className="messages"
      aria-label={t('chat.messages')}
      aria-live="polite"
      aria-relevant="additions"
      onScroll={(event) => {
        const list = event.currentTarget;
        atBottom.current = list.scrollHeight - list.scrollTop - list.clientHeight < stickPx;
      }}
    >
      {messages.length === 0 && <li className="muted messages-empty">{t('chat.messages.empty')}</li>}
      {messages.map((message) => (
        <li key={message.id} className={`message message-${isInternal(message) ? 'internal' : message.kind}`}>
          {isInternal(message) && (
            <span className="note-label">
              {label(message)} · {t('chat.message.notVisible')}
            </span>
          )}
          <span className="message-meta">
            <span className="message-sender">{sender(message)}</span>
            <time dateTime={message.at} title={formatDateTime(message.at)}>
              {formatTime(message.at)}
            </time>
          </span>
          <p className="message-text">{message.text}</p>
        </li>
      ))}
    </ol>
  );
}
