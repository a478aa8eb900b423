/** F2: what starts a workflow, and on which conversations (or missed calls). */
export type TriggerCondition =
  | { field: 'source'; op: 'eq' | 'neq'; value: 'contact' | 'agent' }
  | { field: 'channel'; op: 'eq' | 'neq'; value: string }
  | { field: 'department'; op: 'eq' | 'neq'; value: string };

export type Trigger =
  | { kind: 'conversation_opened'; match: 'all' | 'any'; conditions: TriggerCondition[] }
  | { kind: 'conversation_unassigned'; match: 'all' | 'any'; conditions: TriggerCondition[] };

/** F3: conditions a branch reads from the conversation. */
export type BranchCondition =
  | {
      subject: 'status';
      op: 'eq' | 'neq';
      value: 'open' | 'assigned' | 'queued' | 'pending' | 'on_hold' | 'resolved';
    }
  | { subject: 'assignee'; op: 'exists' | 'not_exists' }
  | { subject: 'last_outgoing'; op: 'exists' | 'not_exists' }
  | { subject: 'last_outgoing'; op: 'greater_than'; seconds: number };

export type AssignTarget =
  | { kind: 'agent'; userId: string }
  | { kind: 'team'; departmentId: string; strategy: 'round_robin' | 'least_open' };

/** F3: the steps. Each names the next step; `end` (or no next) finishes the run. */
export type Step =
  | { id: string; kind: 'assign'; target: AssignTarget; onlineOnly: boolean; next?: string }
  | { id: string; kind: 'wait'; seconds: number; next?: string }
  | {
      id: string;
      kind: 'branch';
      match: 'all' | 'any';
      conditions: BranchCondition[];
      onTrue: string;
      onFalse: string;
    }
  | { id: string; kind: 'add_comment'; text: string; next?: string }
  | { id: string; kind: 'close'; next?: string }
  | { id: string; kind: 'end' };

export interface WorkflowDefinition {
  trigger: Trigger;
  start: string;
  steps: Step[];
}

/** F1: drafts are edited freely; publishing makes an immutable numbered version that runs. */
export interface Workflow {
  id: string;
  name: string;
  draft: WorkflowDefinition;
  versions: WorkflowDefinition[];
  enabled: boolean;
}

/** A running instance keeps the version it started on (F1) and where it is (F5: waits are timers). */
export interface WorkflowRun {
  id: string;
  workflowId: string;
  version: number;
  conversationId: string;
  stepId: string;
  /** Who had the conversation when the run last assigned it: the placeholder {{previous_assignee}}. */
  previousAssigneeId?: string;
}

export const workflowTimerId = (runId: string) => `wf:${runId}`;
