import type { WorkspaceState } from '../state.ts';
import type { Step, Workflow, WorkflowDefinition } from './definition.ts';

export type Reference = { userId: string } | { departmentId: string };

function stepNames(step: Step, reference: Reference): boolean {
  if ('userId' in reference)
    return step.kind === 'assign' && step.target.kind === 'agent' && step.target.userId === reference.userId;
  if (step.kind === 'assign')
    return step.target.kind === 'team' && step.target.departmentId === reference.departmentId;
  return step.kind === 'create_conversation' && step.departmentId === reference.departmentId;
}

function definitionNames(definition: WorkflowDefinition, reference: Reference): boolean {
  const value = 'userId' in reference ? reference.userId : reference.departmentId;
  const field = 'userId' in reference ? 'contact.responsible' : 'department';
  const inTrigger = definition.trigger.conditions.some(
    (condition) => condition.field === field && 'value' in condition && condition.value === value,
  );
  return inTrigger || definition.steps.some((step) => stepNames(step, reference));
}

/**
 * An enabled workflow whose published version names this user or department, if any:
 * removing them would leave every new run of it with nobody to assign to, so the removal is
 * refused instead. Runs already under way cope: their assign step finds nobody qualifies.
 */
export function workflowNaming(state: WorkspaceState, reference: Reference): Workflow | undefined {
  return Object.values(state.workflows).find((workflow) => {
    const published = workflow.versions.at(-1);
    return workflow.enabled && published !== undefined && definitionNames(published, reference);
  });
}
