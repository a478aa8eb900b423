import { Route, Routes } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { WorkflowBuilderPage } from './builder/WorkflowBuilder.tsx';
import { WorkflowList } from './list/WorkflowList.tsx';
import { RunLog } from './runs/RunLog.tsx';
import { VersionsPage } from './versions/VersionsPage.tsx';
import { VersionView } from './versions/VersionView.tsx';
import './workflows.css';

/** /workflows/*: the list, the builder of one workflow, its versions and its run log (admins). */
export function WorkflowsPage() {
  const { t } = useI18n();
  const { session } = useSignedIn();
  if (session.user.role !== 'admin') return <p className="note">{t('workflows.adminOnly')}</p>;
  return (
    <Routes>
      <Route index element={<WorkflowList />} />
      <Route path="new" element={<WorkflowBuilderPage />} />
      <Route path=":workflowId" element={<WorkflowBuilderPage />} />
      <Route path=":workflowId/versions" element={<VersionsPage />} />
      <Route path=":workflowId/versions/:version" element={<VersionView />} />
      <Route path=":workflowId/runs" element={<RunLog />} />
    </Routes>
  );
}
