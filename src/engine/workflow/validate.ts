import { invalid } from '../../domain/errors.ts';
import { requiredText } from '../../domain/text.ts';
import type { WorkspaceState } from '../state.ts';
import type { Step, WorkflowDefinition } from './definition.ts';

/** F1: a definition is checked on save; every refusal names the step at fault. */
export function checkDefinition(state: WorkspaceState, definition: WorkflowDefinition): WorkflowDefinition {
  const steps = definition.steps ?? [];
  if (steps.length === 0) throw invalid('steps', 'a workflow needs at least one step');
  const ids = new Set<string>();
  for (const step of steps) {
    if (!step.id || ids.has(step.id))
      throw invalid('steps', `step ids must be present and unique ("${step.id}")`);
    ids.add(step.id);
  }
  if (!ids.has(definition.start)) throw invalid('start', `start names no step ("${definition.start}")`);
  const path = (step: Step, key: string) => `steps.${step.id}.${key}`;
  const target = (step: Step, key: string, id: string | undefined) => {
    if (id !== undefined && !ids.has(id))
      throw invalid(path(step, key), `step ${step.id}: ${key} leads to no step ("${id}")`);
  };
  for (const step of steps) {
    switch (step.kind) {
      case 'assign':
        if (step.target.kind === 'agent' && !state.users[step.target.userId])
          throw invalid(
            path(step, 'target.userId'),
            `step ${step.id}: agent ${step.target.userId} does not exist`,
          );
        if (step.target.kind === 'team' && !state.departments[step.target.departmentId])
          throw invalid(
            path(step, 'target.departmentId'),
            `step ${step.id}: team ${step.target.departmentId} does not exist`,
          );
        target(step, 'next', step.next);
        break;
      case 'wait':
        if (!Number.isInteger(step.seconds) || step.seconds <= 0)
          throw invalid(
            path(step, 'seconds'),
            `step ${step.id}: a wait must be a positive whole number of seconds`,
          );
        target(step, 'next', step.next);
        break;
      case 'branch':
        if (!step.onTrue || !step.onFalse)
          throw invalid(
            path(step, step.onTrue ? 'onFalse' : 'onTrue'),
            `step ${step.id}: a branch needs both paths`,
          );
        target(step, 'onTrue', step.onTrue);
        target(step, 'onFalse', step.onFalse);
        if (step.conditions.length === 0)
          throw invalid(path(step, 'conditions'), `step ${step.id}: a branch needs a condition`);
        break;
      case 'add_comment':
        requiredText(step.text, path(step, 'text'), 2000);
        target(step, 'next', step.next);
        break;
      case 'close':
        target(step, 'next', step.next);
        break;
      case 'end':
        break;
      default:
        throw invalid(`steps.${(step as Step).id}.kind`, `step ${(step as Step).id}: unknown kind`);
    }
  }
  return definition;
}
