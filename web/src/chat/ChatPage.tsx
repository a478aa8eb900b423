import { useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { ConversationView } from './ConversationView.tsx';
import { ChatDirectoryProvider } from './directory.tsx';
import { Inbox } from './Inbox.tsx';
import { type Notice, useTransferNotices } from './useTransferNotices.ts';
import './chat.css';

/** /chat: the inbox beside the open conversation (/chat/:id). */
export function ChatPage() {
  const { t } = useI18n();
  return (
    <ChatDirectoryProvider>
      <div className="chat-page">
        <h1 className="visually-hidden">{t('chat.title')}</h1>
        <Inbox />
        <ChatMain />
      </div>
    </ChatDirectoryProvider>
  );
}

/** The open conversation, under one line kept for notices (what I transferred, what reached me). */
function ChatMain() {
  const { t } = useI18n();
  const [notice, setNotice] = useState<Notice>();
  const { id: open } = useParams();
  useTransferNotices(setNotice);
  return (
    <div className="chat-main">
      <p className="chat-notice success" role="status">
        {notice?.text}
        {notice?.conversationId && notice.conversationId !== open && (
          <>
            {' '}
            <Link to={`/chat/${encodeURIComponent(notice.conversationId)}`}>{t('chat.notice.open')}</Link>
          </>
        )}
      </p>
      <Routes>
        <Route index element={<p className="muted chat-placeholder">{t('chat.choose')}</p>} />
        <Route path=":id" element={<OpenConversation onNotice={(text) => setNotice({ text })} />} />
      </Routes>
    </div>
  );
}

function OpenConversation({ onNotice }: { onNotice(notice: string): void }) {
  const { id = '' } = useParams();
  return <ConversationView key={id} id={id} onNotice={onNotice} />;
}
