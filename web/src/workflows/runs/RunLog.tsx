import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useStreamEvents } from '../../api/stream.tsx';
import { isFresh, workflowIdOf } from '../../api/stream-topics.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { type Directory, useDirectory } from '../../history/directory.ts';
import { type Translate, useI18n } from '../../i18n/i18n.tsx';
import { stepTitle } from '../builder/describe.ts';
import { fromDefinition } from '../builder/model.ts';
import type { Workflow, WorkflowLogEvent } from '../types.ts';
import { useWorkflow } from '../useWorkflow.ts';
import { WorkflowHeader } from '../WorkflowHeader.tsx';
import { groupRuns, type Run } from './runs.ts';
import { resultText, runSubjectText } from './runText.ts';
import { useRunLog } from './useRunLog.ts';

const pageSize = 50;

/** F5: each run of the workflow: its conversation, version, state, and every step it went through and why. */
export function RunLog() {
  const { t } = useI18n();
  const { workflowId = '' } = useParams();
  const workflow = useWorkflow(workflowId);
  const log = useRunLog(workflowId);
  const directory = useDirectory();
  // A new version or a change of state shows in the header (runs name their version).
  useStreamEvents((event) => {
    if (isFresh(event) || (event.type === 'config.changed' && workflowIdOf(event) === workflowId))
      workflow.reload();
  });
  // While older pages remain, a run whose start is on one of them is shown once it is read.
  const runs = useMemo(
    () => groupRuns(log.events ?? []).filter((run) => run.started || !log.hasOlder),
    [log.events, log.hasOlder],
  );
  const [shown, setShown] = useState(pageSize);

  if (workflow.error && !workflow.data) return <ErrorText error={workflow.error} />;
  if (!workflow.data) return <p aria-busy="true">{t('common.loading')}</p>;
  return (
    <div className="wf-runs">
      <WorkflowHeader workflow={workflow.data} />
      <div className="row">
        <h2>{t('workflows.runs.title')}</h2>
        <span className="spacer" />
        <button type="button" onClick={() => void log.refresh()}>
          {t('workflows.runs.reload')}
        </button>
      </div>
      <ErrorText error={log.error} />
      {log.events && runs.length === 0 && <p>{t('workflows.runs.none')}</p>}
      <ol className="wf-run-list" aria-busy={log.loading}>
        {runs.slice(0, shown).map((run) => (
          <RunEntry key={run.runId} run={run} workflow={workflow.data!} directory={directory} />
        ))}
      </ol>
      {runs.length > shown ? (
        <p>
          <button type="button" onClick={() => setShown(shown + pageSize)}>
            {t('workflows.runs.more', { count: runs.length - shown })}
          </button>
        </p>
      ) : (
        log.hasOlder && (
          <p>
            <button
              type="button"
              disabled={log.loading}
              onClick={() => {
                setShown(shown + pageSize);
                void log.older();
              }}
            >
              {t('workflows.runs.older')}
            </button>
          </p>
        )
      )}
    </div>
  );
}

function RunEntry({ run, workflow, directory }: { run: Run; workflow: Workflow; directory: Directory }) {
  const { t, formatDateTime, formatTime } = useI18n();
  const titles = useStepTitles(workflow, run.version);
  const title = (stepId?: string) => (stepId ? (titles.get(stepId) ?? stepId) : '');
  // A missed call's run is about its caller, by name where known; ids are for the link only.
  const subject = runSubjectText(t, directory, run);
  const state = run.finished
    ? t(`workflows.runs.finished.${run.finished.reason}` as 'workflows.runs.finished.end')
    : t('workflows.runs.running', { step: title(run.entries.at(-1)?.data.stepId) });
  return (
    <li className="panel wf-run">
      <article aria-label={subject}>
        <header className="row">
          <h3>
            {run.conversationId ? (
              <Link to={`/history/conversations/${encodeURIComponent(run.conversationId)}`}>{subject}</Link>
            ) : (
              subject
            )}
          </h3>
          <span className="wf-state">{t('workflows.versions.label', { version: run.version ?? '?' })}</span>
          <span className={`wf-state ${run.finished ? '' : 'wf-state-running'}`}>{state}</span>
          <span className="spacer" />
          <span className="muted">{t('workflows.runs.started', { at: formatDateTime(run.startedAt) })}</span>
        </header>
        <ol className="wf-run-entries">
          {run.entries.map((entry) => (
            <li key={entry.seq}>
              <time dateTime={entry.at} className="muted">
                {formatTime(entry.at)}
              </time>{' '}
              {entryText(t, entry, title)}
            </li>
          ))}
          {run.finished && (
            <li>
              <time dateTime={run.finished.at} className="muted">
                {formatTime(run.finished.at)}
              </time>{' '}
              {state}
            </li>
          )}
        </ol>
      </article>
    </li>
  );
}

/** The log names steps by id; the run's own version says which card that was. */
function useStepTitles(workflow: Workflow, version?: number): Map<string, string> {
  const { t } = useI18n();
  const definition = version ? workflow.versions[version - 1] : undefined;
  return useMemo(() => {
    const titles = new Map<string, string>();
    if (!definition) return titles;
    fromDefinition(definition).steps.forEach((step, index) => {
      titles.set(step.id, stepTitle(t, step, index));
    });
    return titles;
  }, [definition, t]);
}

function entryText(t: Translate, entry: WorkflowLogEvent, title: (stepId?: string) => string): string {
  const step = title(entry.data.stepId);
  switch (entry.type) {
    case 'workflow.step_entered':
      return t('workflows.runs.entered', { step });
    case 'workflow.branch_taken':
      return t(entry.data.path === 'onTrue' ? 'workflows.runs.branchTrue' : 'workflows.runs.branchFalse', {
        step,
        why: entry.data.why ?? '',
      });
    default:
      return t('workflows.runs.result', { step, result: resultText(t, entry.data, title) });
  }
}
