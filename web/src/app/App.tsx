import { Navigate, Route, Routes } from 'react-router';
import { AdminPage } from '../admin/AdminPage.tsx';
import { ServerClockProvider } from '../api/server-clock.tsx';
import { StreamProvider } from '../api/stream.tsx';
import { ChatPage } from '../chat/ChatPage.tsx';
import { DesktopPage } from '../desktop/DesktopPage.tsx';
import { HistoryPage } from '../history/HistoryPage.tsx';
import { I18nProvider } from '../i18n/i18n.tsx';
import { Layout } from '../layout/Layout.tsx';
import { LoginPage } from '../login/LoginPage.tsx';
import { useSession } from '../session/session.tsx';
import { TryPage } from '../try/TryPage.tsx';
import { WallboardPage } from '../wallboard/WallboardPage.tsx';
import { WorkflowsPage } from '../workflows/WorkflowsPage.tsx';

export function App() {
  const { session, signOut } = useSession();
  if (!session)
    return (
      <I18nProvider>
        <LoginPage />
      </I18nProvider>
    );
  return (
    <I18nProvider userId={session.user.id}>
      <StreamProvider
        key={session.token}
        token={session.token}
        workspaceId={session.workspaceId}
        onUnauthorized={() => void signOut()}
      >
        <ServerClockProvider>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Navigate to="/desktop" replace />} />
              <Route path="desktop" element={<DesktopPage />} />
              <Route path="chat/*" element={<ChatPage />} />
              <Route path="history/*" element={<HistoryPage />} />
              <Route path="wallboard" element={<WallboardPage />} />
              <Route path="try" element={<TryPage />} />
              <Route path="workflows/*" element={<WorkflowsPage />} />
              <Route path="admin/*" element={<AdminPage />} />
              <Route path="*" element={<Navigate to="/desktop" replace />} />
            </Route>
          </Routes>
        </ServerClockProvider>
      </StreamProvider>
    </I18nProvider>
  );
}
