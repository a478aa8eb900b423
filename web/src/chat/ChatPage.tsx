import { useState } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { ConversationView } from './ConversationView.tsx';
import { ChatDirectoryProvider } from './directory.tsx';
import { Inbox } from './Inbox.tsx';
import './chat.css';

/** /chat: the inbox beside the open conversation (/chat/:id). */
export function ChatPage() {
  const { t } = useI18n();
  const [notice, setNotice] = useState('');
  return (
    <ChatDirectoryProvider>
      <div className="chat-page">
        <h1 className="visually-hidden">{t('chat.title')}</h1>
        <Inbox />
        <div className="chat-main">
          <p className="chat-notice success" role="status">
            {notice}
          </p>
          <Routes>
            <Route index element={<p className="muted chat-placeholder">{t('chat.choose')}</p>} />
            <Route path=":id" element={<OpenConversation onNotice={setNotice} />} />
          </Routes>
        </div>
      </div>
    </ChatDirectoryProvider>
  );
}

function OpenConversation({ onNotice }: { onNotice(notice: string): void }) {
  const { id = '' } = useParams();
  return <ConversationView key={id} id={id} onNotice={onNotice} />;
}
