import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { ErrorText } from '../components/ErrorText.tsx';
import { Tabs } from '../components/Tabs.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { type Conversation, contactName, type Message } from './types.ts';

type Mode = 'reply' | 'note';

const maxText = 10_000;

/** Write to the customer, or add an internal note only agents see. Enter sends, Shift+Enter breaks the line. */
export function Composer({
  conversation,
  disabled,
  replyBlocked,
  onSent,
}: {
  conversation: Conversation;
  disabled: boolean;
  /** Why this person cannot reply yet (a queue's chat is taken first); notes stay open. */
  replyBlocked?: string;
  onSent(message: Message): void;
}) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [mode, setMode] = useState<Mode>('reply');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const id = useId();

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const route =
        mode === 'reply' ? '/conversations/{conversationId}/reply' : '/conversations/{conversationId}/notes';
      onSent(await api.post(route, { path: { conversationId: conversation.id }, body: { text } }));
      setText('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };

  const blocked = disabled || (mode === 'reply' && replyBlocked !== undefined);
  const label =
    mode === 'reply'
      ? t('chat.composer.replyLabel', { contact: contactName(conversation) })
      : t('chat.composer.noteLabel');

  return (
    <form className={`composer composer-${mode}`} onSubmit={(event) => void send(event)}>
      <Tabs<Mode>
        label={t('chat.composer.mode')}
        tabs={[
          { id: 'reply', label: t('chat.composer.reply') },
          { id: 'note', label: t('chat.composer.note') },
        ]}
        selected={mode}
        onSelect={setMode}
      />
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        value={text}
        rows={3}
        maxLength={maxText}
        placeholder={label}
        disabled={blocked}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-hint`}
      />
      <div className="row">
        <span id={`${id}-hint`} className="muted composer-hint">
          {mode === 'note' ? t('chat.composer.noteHint') : (replyBlocked ?? t('chat.composer.replyHint'))}
        </span>
        <button type="submit" className="primary" disabled={blocked || busy || !text.trim()}>
          {mode === 'reply' ? t('chat.composer.send') : t('chat.composer.addNote')}
        </button>
      </div>
      <ErrorText error={error} />
    </form>
  );
}
