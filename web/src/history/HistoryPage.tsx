import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { Tabs } from '../components/Tabs.tsx';
import { ZoneNote } from '../components/ZoneNote.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { CallsList } from './CallsList.tsx';
import { CallTimelinePage } from './CallTimelinePage.tsx';
import { ConversationsList } from './ConversationsList.tsx';
import { ConversationTimelinePage } from './ConversationTimelinePage.tsx';
import { useDirectory } from './directory.ts';
import { VoicemailsList } from './VoicemailsList.tsx';
import './history.css';

/** History: calls, conversations and voicemails with filters, and a timeline for each call and conversation (V18, C3, V8). */
export function HistoryPage() {
  const directory = useDirectory();
  return (
    <Routes>
      <Route index element={<Navigate to="calls" replace />} />
      <Route path="calls" element={<Lists tab="calls" directory={directory} />} />
      <Route path="conversations" element={<Lists tab="conversations" directory={directory} />} />
      <Route path="voicemails" element={<Lists tab="voicemails" directory={directory} />} />
      <Route path="calls/:callId" element={<CallTimelinePage directory={directory} />} />
      <Route
        path="conversations/:conversationId"
        element={<ConversationTimelinePage directory={directory} />}
      />
      <Route path="*" element={<Navigate to="/history/calls" replace />} />
    </Routes>
  );
}

type Tab = 'calls' | 'conversations' | 'voicemails';

function Lists({ tab, directory }: { tab: Tab; directory: ReturnType<typeof useDirectory> }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <section className="history" aria-labelledby="history-title">
      <h1 id="history-title">{t('history.title')}</h1>
      <ZoneNote />
      <Tabs<Tab>
        label={t('history.tabs')}
        tabs={[
          { id: 'calls', label: t('history.tab.calls') },
          { id: 'conversations', label: t('history.tab.conversations') },
          { id: 'voicemails', label: t('history.tab.voicemails') },
        ]}
        selected={tab}
        onSelect={(next) => next !== tab && navigate(`/history/${next}`, { state: location.state })}
      />
      <div role="tabpanel" aria-label={t(`history.tab.${tab}`)}>
        {tab === 'calls' ? (
          <CallsList directory={directory} />
        ) : tab === 'conversations' ? (
          <ConversationsList directory={directory} />
        ) : (
          <VoicemailsList directory={directory} />
        )}
      </div>
    </section>
  );
}
