import { useState } from 'react';
import { ErrorText } from '../components/ErrorText.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { TakeButton } from './TakeButton.tsx';
import type { Conversation } from './types.ts';

/** What can be done with the conversation in its state; the server is the judge of who may. */
export function ConversationActions({
  conversation,
  onChanged,
  onTransfer,
}: {
  conversation: Conversation;
  onChanged(conversation: Conversation): void;
  onTransfer(): void;
}) {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const { status } = conversation;
  const me = session.user.id;
  const seesAll = session.user.role !== 'agent';

  const act = async (action: 'hold' | 'resume' | 'resolve') => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(
        await api.post(`/conversations/{conversationId}/${action}`, {
          path: { conversationId: conversation.id },
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (status === 'resolved') return null;
  const takeable =
    status === 'queued' || (status === 'pending' && (conversation.assigneeId === me || seesAll));
  // W2: agents act on what is theirs (pending for them included); a queue's chat they take first.
  const mayAct = seesAll || conversation.assigneeId === me;
  return (
    <div className="conversation-actions">
      <div className="row">
        {takeable && <TakeButton conversation={conversation} onTaken={onChanged} />}
        {mayAct && (
          <button type="button" onClick={onTransfer} disabled={busy}>
            {t('chat.action.transfer')}
          </button>
        )}
        {status === 'assigned' && (
          <button type="button" onClick={() => void act('hold')} disabled={busy}>
            {t('chat.action.hold')}
          </button>
        )}
        {status === 'on_hold' && (
          <button type="button" onClick={() => void act('resume')} disabled={busy}>
            {t('chat.action.resume')}
          </button>
        )}
        {mayAct && (
          <button type="button" className="ok" onClick={() => void act('resolve')} disabled={busy}>
            {t('chat.action.resolve')}
          </button>
        )}
      </div>
      <ErrorText error={error} />
    </div>
  );
}
