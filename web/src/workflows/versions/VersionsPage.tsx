import { Link, useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { hasUnpublishedChanges } from '../state.ts';
import { useWorkflow, workflowPath } from '../useWorkflow.ts';
import { WorkflowHeader } from '../WorkflowHeader.tsx';

/** F1: the published versions, newest first; each is immutable and can be viewed read-only. */
export function VersionsPage() {
  const { t } = useI18n();
  const { workflowId = '' } = useParams();
  const workflow = useWorkflow(workflowId);
  if (workflow.error && !workflow.data) return <ErrorText error={workflow.error} />;
  if (!workflow.data) return <p aria-busy="true">{t('common.loading')}</p>;
  const { versions } = workflow.data;
  const base = workflowPath(workflow.data.id);
  const latest = versions.length;
  return (
    <div className="wf-versions">
      <WorkflowHeader workflow={workflow.data} />
      <section className="panel">
        <h2>{t('workflows.versions.title')}</h2>
        {latest === 0 ? (
          <p>{t('workflows.versions.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('workflows.versions.version')}</th>
                <th scope="col">{t('workflows.column.trigger')}</th>
                <th scope="col">{t('workflows.versions.steps')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {versions
                .map((definition, index) => ({ definition, version: index + 1 }))
                .reverse()
                .map(({ definition, version }) => (
                  <tr key={version}>
                    <td>
                      {t('workflows.versions.label', { version })}
                      {version === latest && (
                        <span className="muted">
                          {' '}
                          ·{' '}
                          {workflow.data?.enabled
                            ? t('workflows.versions.running')
                            : t('workflows.versions.latestDisabled')}
                        </span>
                      )}
                    </td>
                    <td>{t(`workflows.trigger.${definition.trigger.kind}`)}</td>
                    <td>{definition.steps.length}</td>
                    <td>
                      <Link
                        to={`${base}/versions/${version}`}
                        aria-label={t('workflows.versions.viewNamed', { version })}
                      >
                        {t('workflows.versions.view')}
                      </Link>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
        {hasUnpublishedChanges(workflow.data) && (
          <p className="note">
            {t('workflows.versions.draftDiffers')} <Link to={base}>{t('workflows.view.builder')}</Link>
          </p>
        )}
      </section>
    </div>
  );
}
