import { useState } from 'react';
import { Link } from 'react-router';
import { useStreamEvents } from '../../api/stream.tsx';
import { follows } from '../../api/stream-topics.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { hasUnpublishedChanges, workflowState } from '../state.ts';
import { workflowPath } from '../useWorkflow.ts';
import { TemplateDialog } from './TemplateDialog.tsx';
import { useLastRuns } from './useLastRuns.ts';

/** /workflows: every workflow with its trigger, state and last run; new ones from scratch or a template. */
export function WorkflowList() {
  const { t, formatDateTime } = useI18n();
  const { api } = useSignedIn();
  const [choosing, setChoosing] = useState(false);
  const workflows = useResource(
    () => api.get('/workflows').then(({ items }) => items.sort((a, b) => a.name.localeCompare(b.name))),
    [api.workspaceId],
  );
  const lastRuns = useLastRuns(workflows.data);
  useStreamEvents((event) => {
    if (follows(event, ['config:workflow'])) workflows.reload();
    else if (event.type === 'workflow.run_started') lastRuns.reload();
  });

  return (
    <div className="wf-list">
      <div className="row">
        <h1>{t('workflows.title')}</h1>
        <span className="spacer" />
        <Link className="button-link primary" to="/workflows/new">
          {t('workflows.new')}
        </Link>
        <button type="button" onClick={() => setChoosing(true)}>
          {t('workflows.fromTemplate')}
        </button>
      </div>
      <p className="muted">{t('workflows.intro')}</p>
      <ErrorText error={workflows.error} />
      {workflows.data && workflows.data.length === 0 && <p>{t('workflows.none')}</p>}
      {workflows.data && workflows.data.length > 0 && (
        <table aria-busy={workflows.loading}>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('workflows.column.trigger')}</th>
              <th scope="col">{t('workflows.column.state')}</th>
              <th scope="col">{t('workflows.column.lastRun')}</th>
              <th scope="col">{t('workflows.column.running')}</th>
            </tr>
          </thead>
          <tbody>
            {workflows.data.map((workflow) => {
              const last = lastRuns.data?.[workflow.id];
              const trigger = (workflow.versions.at(-1) ?? workflow.draft).trigger.kind;
              return (
                <tr key={workflow.id}>
                  <td>
                    <Link to={workflowPath(workflow.id)}>{workflow.name}</Link>
                  </td>
                  <td>{t(`workflows.trigger.${trigger}`)}</td>
                  <td>
                    {workflowState(t, workflow)}
                    {hasUnpublishedChanges(workflow) && (
                      <span className="muted"> · {t('workflows.state.changes')}</span>
                    )}
                  </td>
                  <td>
                    {last ? (
                      <Link to={`${workflowPath(workflow.id)}/runs`}>{formatDateTime(last)}</Link>
                    ) : lastRuns.data ? (
                      t('workflows.never')
                    ) : (
                      '…'
                    )}
                  </td>
                  <td>{workflow.runningInstances}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <TemplateDialog open={choosing} onClose={() => setChoosing(false)} />
    </div>
  );
}
