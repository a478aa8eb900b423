/** The workflow API's shapes (src/server/routes/workflows.ts, src/engine/workflow/definition.ts). */

export const triggerKinds = ['conversation_opened', 'conversation_unassigned', 'call_missed'] as const;
export type TriggerKind = (typeof triggerKinds)[number];

export const contactFields = [
  'contact.id',
  'contact.name',
  'contact.company',
  'contact.phone',
  'contact.responsible',
] as const;
export type ContactFieldName = (typeof contactFields)[number];

export const missedCallOutcomes = ['missed', 'abandoned', 'no_agent', 'out_of_hours', 'voicemail'] as const;
export const conversationStatuses = ['open', 'assigned', 'queued', 'pending', 'on_hold', 'resolved'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export type Op = 'eq' | 'neq' | 'exists' | 'not_exists' | 'greater_than';

export interface TriggerCondition {
  field: string;
  op: Op;
  value?: string;
}

export interface Trigger {
  kind: TriggerKind;
  match?: 'all' | 'any';
  conditions?: TriggerCondition[];
}

export interface BranchCondition {
  subject: string;
  op: Op;
  value?: string;
  seconds?: number;
}

export type AssignTarget =
  | { kind: 'agent'; userId: string }
  | { kind: 'team'; departmentId: string; strategy: 'round_robin' | 'least_open' }
  | { kind: 'contact_owner' };

export const nobodyQualifiesActions = ['leave', 'queue', 'any_agent', 'goto'] as const;
export type NobodyQualifies = (typeof nobodyQualifiesActions)[number];

export type Step =
  | {
      id: string;
      kind: 'assign';
      target: AssignTarget;
      onlineOnly?: boolean;
      whenNobodyQualifies?: NobodyQualifies;
      goto?: string;
      next?: string;
    }
  | { id: string; kind: 'wait'; seconds: number; next?: string }
  | {
      id: string;
      kind: 'branch';
      match?: 'all' | 'any';
      conditions: BranchCondition[];
      onTrue: string;
      onFalse: string;
    }
  | { id: string; kind: 'add_comment'; text: string; next?: string }
  | {
      id: string;
      kind: 'create_conversation';
      channel: string;
      departmentId?: string;
      text?: string;
      next?: string;
    }
  | { id: string; kind: 'close'; next?: string }
  | { id: string; kind: 'end' };

export type StepKind = Step['kind'];
export const stepKinds: StepKind[] = [
  'assign',
  'wait',
  'branch',
  'add_comment',
  'create_conversation',
  'close',
  'end',
];

export interface WorkflowDefinition {
  trigger: Trigger;
  start: string;
  steps: Step[];
}

export interface Workflow {
  id: string;
  name: string;
  enabled: boolean;
  draft: WorkflowDefinition;
  /** Oldest first: version n is versions[n - 1]. */
  versions: WorkflowDefinition[];
  runningInstances: number;
}

export interface TemplateParameter {
  name: string;
  kind: 'user' | 'department' | 'number' | 'minutes';
  required: boolean;
  description: string;
  default?: number;
}

export interface WorkflowTemplate {
  id: string;
  name: string;
  description: string;
  parameters: TemplateParameter[];
}

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
export function sameDefinition(a: WorkflowDefinition, b: WorkflowDefinition | undefined): boolean {
  return b !== undefined && stable(sorted(a)) === stable(sorted(b));
}

const sorted = (definition: WorkflowDefinition): WorkflowDefinition => ({
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
