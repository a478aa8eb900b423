import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ServerClockProvider } from '../api/server-clock.tsx';
import { StreamProvider } from '../api/stream.tsx';
import { DesktopPage } from '../desktop/DesktopPage.tsx';
import { I18nProvider } from '../i18n/i18n.tsx';
import { Layout } from '../layout/Layout.tsx';
import { LoginPage } from '../login/LoginPage.tsx';
import { useSession } from '../session/session.tsx';
import { WorkspaceProvider } from '../session/workspace.tsx';
import { DirectoryProvider } from '../softphone/DirectoryProvider.tsx';

// Screens beyond the desktop load when first opened, so signing in fetches only what an agent needs first.
const AdminPage = lazy(() =>
  import('../admin/AdminPage.tsx').then((module) => ({ default: module.AdminPage })),
);
const ChatPage = lazy(() => import('../chat/ChatPage.tsx').then((module) => ({ default: module.ChatPage })));
const HistoryPage = lazy(() =>
  import('../history/HistoryPage.tsx').then((module) => ({ default: module.HistoryPage })),
);
const SimulatorPage = lazy(() =>
  import('../simulator/SimulatorPage.tsx').then((module) => ({ default: module.SimulatorPage })),
);
const ReportsPage = lazy(() =>
  import('../reports/ReportsPage.tsx').then((module) => ({ default: module.ReportsPage })),
);
const TryPage = lazy(() => import('../try/TryPage.tsx').then((module) => ({ default: module.TryPage })));
const WallboardPage = lazy(() =>
  import('../wallboard/WallboardPage.tsx').then((module) => ({ default: module.WallboardPage })),
);
const LivePage = lazy(() => import('../live/LivePage.tsx').then((module) => ({ default: module.LivePage })));
const WorkflowsPage = lazy(() =>
  import('../workflows/WorkflowsPage.tsx').then((module) => ({ default: module.WorkflowsPage })),
);

export function App() {
  const { session, signOut } = useSession();
  if (!session)
    return (
      <I18nProvider>
        <LoginPage />
      </I18nProvider>
    );
  return (
    <WorkspaceProvider key={session.workspaceId}>
      <I18nProvider userId={session.user.id}>
        <StreamProvider
          key={session.token}
          token={session.token}
          workspaceId={session.workspaceId}
          onUnauthorized={() => void signOut(true)}
        >
          <ServerClockProvider>
            <DirectoryProvider>
              <Routes>
                {/* The wallboard on a TV: the board alone, without the top bar and the softphone. */}
                <Route
                  path="wallboard/tv"
                  element={
                    <Suspense fallback={null}>
                      <main id="content" className="page tv-page">
                        <WallboardPage tv />
                      </main>
                    </Suspense>
                  }
                />
                <Route element={<Layout />}>
                  <Route index element={<Navigate to="/desktop" replace />} />
                  <Route path="desktop" element={<DesktopPage />} />
                  <Route path="chat/*" element={<ChatPage />} />
                  <Route path="history/*" element={<HistoryPage />} />
                  <Route path="wallboard" element={<WallboardPage />} />
                  <Route path="reports" element={<ReportsPage />} />
                  <Route path="live" element={<LivePage />} />
                  <Route path="try" element={<TryPage />} />
                  <Route path="workflows/*" element={<WorkflowsPage />} />
                  <Route path="simulator" element={<SimulatorPage />} />
                  <Route path="admin/*" element={<AdminPage />} />
                  <Route path="*" element={<Navigate to="/desktop" replace />} />
                </Route>
              </Routes>
            </DirectoryProvider>
          </ServerClockProvider>
        </StreamProvider>
      </I18nProvider>
    </WorkspaceProvider>
  );
}
