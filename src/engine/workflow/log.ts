import type { Tx } from '../tx.ts';
import type { RunSubject, WorkflowEvent } from './events.ts';

/** The run's own ids, carried by every event of its log: its workflow, conversation and call. */
export function runSubject(tx: Tx, runId: string): RunSubject {
  const run = tx.state.workflowRuns[runId]!;
  const base = { runId, workflowId: run.workflowId };
  if (run.call && run.conversationId)
    return { ...base, conversationId: run.conversationId, callId: run.call.callId };
  if (run.call) return { ...base, callId: run.call.callId };
  return { ...base, conversationId: run.conversationId! };
}

type ResultFields = Omit<
  Extract<WorkflowEvent, { type: 'workflow.step_result' }>,
  'type' | 'runId' | 'workflowId' | 'stepId'
>;

/** F5: what a step did, in the run log. */
export function logResult(tx: Tx, runId: string, stepId: string, fields: ResultFields): void {
  tx.emit({ type: 'workflow.step_result', ...runSubject(tx, runId), stepId, ...fields });
}
