import { useState } from 'react';
import { ErrorText } from '../components/ErrorText.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { type Conversation, contactName } from './types.ts';

/** Takes a conversation from a queue or from my pending list: it becomes mine. */
export function TakeButton({
  conversation,
  onTaken,
  compact,
}: {
  conversation: Conversation;
  onTaken(conversation: Conversation): void;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const take = async () => {
    setBusy(true);
    setError(undefined);
    try {
      onTaken(
        await api.post('/conversations/{conversationId}/assign', {
          path: { conversationId: conversation.id },
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={compact ? 'take take-compact' : 'take'}>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => void take()}
        aria-label={compact ? t('chat.take.labelFor', { contact: contactName(conversation) }) : undefined}
      >
        {t('chat.take')}
      </button>
      <ErrorText error={error} />
    </div>
  );
}
