/**
 * The workflow API's shapes come from src/api/workflows.ts. The console reads canonical
 * definitions (Workflow, WorkflowDefinition) and sends inputs (WorkflowDefinitionInput),
 * which every canonical definition is.
 */
import type { StepInput, WorkflowDefinitionInput } from '../../../src/api/workflows.ts';

export type {
  BranchConditionInput,
  ContactFieldName,
  ConversationStatus,
  NobodyQualifies,
  Step,
  StepInput,
  StepKind,
  TemplateParameter,
  TriggerConditionInput,
  TriggerInput,
  TriggerKind,
  Workflow,
  WorkflowDefinition,
  WorkflowDefinitionInput,
  WorkflowTemplate,
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

/** The engine's code for what a step did, with what fills it in. */
export interface StepOutcome {
  code: string;
  params?: Record<string, string | number>;
  reason?: { code: string; params?: Record<string, string | number> };
}

/** One entry of the run log (GET …/workflows/:id/runs): an event with its data. */
export interface WorkflowLogEvent {
  seq: number;
  at: string;
  type: string;
  data: {
    runId?: string;
    workflowId: string;
    conversationId?: string;
    callId?: string;
    version?: number;
    stepId?: string;
    kind?: string;
    path?: 'onTrue' | 'onFalse';
    why?: string;
    result?: string;
    /** step_result: what the step did as a code the console words (see runs/runText.ts). */
    outcome?: StepOutcome;
    /** run_started of a conversation's run: whom the conversation is with. */
    contact?: { address: string; name?: string };
    reason?: 'end' | 'conversation_resolved' | 'no_conversation' | 'workflow_removed';
    /** run_started of a call_missed workflow: the call it acts on. */
    call?: { callId: string; from: string; contactId?: string };
  };
}

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
