import { Link, NavLink } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { hasUnpublishedChanges, workflowState } from './state.ts';
import type { Workflow } from './types.ts';

/** A workflow's name, state, and its three views: the builder, its versions, its run log. */
export function WorkflowHeader({ workflow }: { workflow: Workflow }) {
  const { t } = useI18n();
  const base = `/workflows/${encodeURIComponent(workflow.id)}`;
  return (
    <header className="wf-header">
      <p>
        <Link to="/workflows">{t('workflows.back')}</Link>
      </p>
      <div className="row">
        <h1>{workflow.name}</h1>
        <span className={`wf-state${workflow.enabled ? '' : ' wf-state-disabled'}`}>
          {workflowState(t, workflow)}
        </span>
        {hasUnpublishedChanges(workflow) && (
          <span className="wf-state wf-state-changes">{t('workflows.state.changes')}</span>
        )}
      </div>
      <nav aria-label={t('workflows.views')} className="wf-views">
        <NavLink to={base} end>
          {t('workflows.view.builder')}
        </NavLink>
        <NavLink to={`${base}/versions`}>
          {t('workflows.view.versions', { count: workflow.versions.length })}
        </NavLink>
        <NavLink to={`${base}/runs`}>{t('workflows.view.runs')}</NavLink>
      </nav>
    </header>
  );
}
