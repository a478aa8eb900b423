/**
 * The workflow API's shapes come from src/api/workflows.ts. The console reads canonical
 * definitions (Workflow, WorkflowDefinition) and sends inputs (WorkflowDefinitionInput),
 * which every canonical definition is.
 */
import type { WorkflowRunEntry } from '../../../src/api/workflow-runs.ts';
import type { StepInput, WorkflowDefinitionInput } from '../../../src/api/workflows.ts';

export type { StepOutcome } from '../../../src/api/workflow-runs.ts';
export type { TemplateParameter, WorkflowTemplate } from '../../../src/api/workflow-templates.ts';
export type {
  AssignTarget,
  BranchConditionInput,
  ContactFieldName,
  ConversationStatus,
  NobodyQualifies,
  Step,
  StepInput,
  StepKind,
  TriggerConditionInput,
  TriggerInput,
  TriggerKind,
  Workflow,
  WorkflowDefinition,
  WorkflowDefinitionInput,
} from '../../../src/api/workflows.ts';
export {
  contactFields,
  conversationStatuses,
  missedCallOutcomes,
  nobodyQualifiesActions,
  stepKinds,
  triggerKinds,
} from '../../../src/api/workflows.ts';

/** The operators a condition row offers: a branch condition's, which a trigger's are among. */
export type Op = NonNullable<Extract<StepInput, { kind: 'branch' }>['conditions']>[number]['op'];

/** One entry of the run log (GET …/workflows/:id/runs). */
export type WorkflowLogEvent = WorkflowRunEntry;

/**
 * Same definition, whatever the order of keys or of the steps (the start is named, so the
 * list's order means nothing to a run): the server answers in one canonical form.
 */
export function sameDefinition(a: WorkflowDefinitionInput, b: WorkflowDefinitionInput | undefined): boolean {
  return b !== undefined && stable(sorted(a)) === stable(sorted(b));
}

const sorted = (definition: WorkflowDefinitionInput): WorkflowDefinitionInput => ({
  ...definition,
  steps: [...definition.steps].sort((x, y) => x.id.localeCompare(y.id)),
});

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
