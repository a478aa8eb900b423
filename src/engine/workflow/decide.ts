import { conflict, notFound } from '../../domain/errors.ts';
import { requiredText } from '../../domain/text.ts';
import { unhandledCommand } from '../command-routing.ts';
import type { Tx } from '../tx.ts';
import type { WorkflowDefinition } from './definition.ts';
import { workflowTimerId } from './definition.ts';
import type { WorkflowCommand } from './events.ts';
import { finish, resumeRun } from './run.ts';
import { checkDefinition } from './validate.ts';

/** Two definitions mean the same: equal once both are in canonical form (key order aside). */
export function sameDefinition(a: WorkflowDefinition, b: WorkflowDefinition): boolean {
  return stable(a) === stable(b);
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((key) => [key, item[key]]),
        )
      : item,
  );

export function decideWorkflow(tx: Tx, command: WorkflowCommand): void {
  if (command.type === 'workflow.resume') return resumeRun(tx, command.runId);
  if (command.type === 'workflow.save_draft') {
    const name = requiredText(command.name, 'name');
    const definition = checkDefinition(tx.state, command.definition);
    tx.emit({ type: 'workflow.draft_saved', workflowId: command.workflowId, name, definition });
    return;
  }
  const workflow = tx.state.workflows[command.workflowId];
  if (!workflow) throw notFound('workflow', command.workflowId, 'workflowId');
  if (command.type === 'workflow.set_enabled') {
    if (workflow.enabled !== command.enabled)
      tx.emit({ type: 'workflow.enabled_set', workflowId: workflow.id, enabled: command.enabled });
    return;
  }
  if (command.type === 'workflow.remove') {
    // Its running instances stop where they are: their waits are cancelled, their log says why.
    for (const run of Object.values(tx.state.workflowRuns)) {
      if (run.workflowId !== workflow.id) continue;
      tx.clearTimer(workflowTimerId(run.id));
      finish(tx, run.id, 'workflow_removed');
    }
    tx.emit({ type: 'workflow.removed', workflowId: workflow.id });
    return;
  }
  // F1: what runs is checked again at publish time, against the workspace as it is now.
  if (command.type !== 'workflow.publish') return unhandledCommand(command);
  const definition = checkDefinition(tx.state, workflow.draft);
  const latest = workflow.versions.at(-1);
  if (latest && sameDefinition(latest, definition))
    throw conflict('the draft is the same as the latest published version', 'workflowId');
  tx.emit({
    type: 'workflow.published',
    workflowId: workflow.id,
    version: workflow.versions.length + 1,
    definition,
  });
}
