import type { E164 } from '../../domain/phone.ts';
import type { SkillRequirement } from '../routing/skills.ts';

/** What starts a workflow: a conversation opened or left without an agent, or an inbound call nobody took. */
export const triggerKinds = ['conversation_opened', 'conversation_unassigned', 'call_missed'] as const;
export type TriggerKind = (typeof triggerKinds)[number];

/**
 * How an inbound call ended unanswered, as far as call_missed is concerned: nobody answered,
 * the caller hung up while waiting, nobody was online, out of hours, or a voicemail was
 * left. A call the number rejects by its settings (mode reject) is a choice, not a miss.
 */
export const missedCallOutcomes = ['missed', 'abandoned', 'no_agent', 'out_of_hours', 'voicemail'] as const;
export type MissedCallOutcome = (typeof missedCallOutcomes)[number];

/** The CRM contact's fields a condition may read, written `contact.<field>` (`contact.id exists`: a known contact). */
export const contactFields = ['id', 'name', 'company', 'phone', 'responsible'] as const;
export type ContactField = (typeof contactFields)[number];
export type ContactFieldName = `contact.${ContactField}`;
export const contactFieldNames = contactFields.map((field) => `contact.${field}` as ContactFieldName);

/** A test of a contact field: equal / not equal to a value, or whether it has a value at all. */
export interface ContactTest {
  op: 'eq' | 'neq' | 'exists' | 'not_exists';
  value?: string;
}

/** F2: conditions on what started the run. */
export type TriggerCondition =
  | { field: 'source'; op: 'eq' | 'neq'; value: 'contact' | 'agent' }
  | { field: 'channel' | 'department'; op: 'eq' | 'neq'; value: string }
  /** call_missed: the number called (its id), and how the call ended. */
  | { field: 'number'; op: 'eq' | 'neq'; value: string }
  | { field: 'outcome'; op: 'eq' | 'neq'; value: MissedCallOutcome }
  | ({ field: ContactFieldName } & ContactTest);

export interface Trigger {
  kind: TriggerKind;
  match: 'all' | 'any';
  conditions: TriggerCondition[];
}

export const conversationStatuses = ['open', 'assigned', 'queued', 'pending', 'on_hold', 'resolved'] as const;

/** F3: conditions a branch reads from the conversation, and from its contact. */
export type BranchCondition =
  | { subject: 'status'; op: 'eq' | 'neq'; value: (typeof conversationStatuses)[number] }
  | { subject: 'assignee'; op: 'exists' | 'not_exists' }
  | { subject: 'last_outgoing'; op: 'exists' | 'not_exists' }
  | { subject: 'last_outgoing'; op: 'greater_than'; seconds: number }
  | ({ subject: ContactFieldName } & ContactTest);

/** A specific agent; a team by round robin or fewest open conversations; or the contact's responsible user (V12). */
export type AssignTarget =
  | { kind: 'agent'; userId: string }
  | { kind: 'team'; departmentId: string; strategy: 'round_robin' | 'least_open' }
  | { kind: 'contact_owner' };

/**
 * What an assign step does when nobody qualifies: leave the conversation as it is; hand it
 * to the department's queue, which gives it to the next agent with room; try again without
 * "online users only"; or go to another step.
 */
export const nobodyQualifiesActions = ['leave', 'queue', 'any_agent', 'goto'] as const;
export type NobodyQualifies = (typeof nobodyQualifiesActions)[number];

/** F3: the steps. Each names the next step; `end` (or no next) finishes the run. */
export type Step =
  | {
      id: string;
      kind: 'assign';
      target: AssignTarget;
      onlineOnly: boolean;
      /** R1: only agents with these skills qualify (a step decides at once: no relaxation). */
      skills?: SkillRequirement[];
      /** Left out: leave. */
      whenNobodyQualifies?: NobodyQualifies;
      /** The step to go to when nobody qualifies and whenNobodyQualifies is goto. */
      goto?: string;
      next?: string;
    }
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
  /**
   * call_missed: opens a conversation to call the caller back (or joins the caller's open
   * one on that channel); the steps after it act on that conversation.
   */
  | {
      id: string;
      kind: 'create_conversation';
      channel: string;
      /** Left out: the first department by name, as for a channel that names none. */
      departmentId?: string;
      /** The internal note that opens it; {{caller}}, {{contact}}, {{number}} and {{outcome}} are filled in. */
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

/** F1: drafts are edited freely; publishing makes an immutable numbered version that runs. */
export interface Workflow {
  id: string;
  name: string;
  draft: WorkflowDefinition;
  versions: WorkflowDefinition[];
  enabled: boolean;
}

/** The inbound call a call_missed run started on: enough to call the caller back after the call is gone. */
export interface MissedCall {
  callId: string;
  numberId: string;
  from: E164;
  contactId?: string;
  outcome: MissedCallOutcome;
}

/** A running instance keeps the version it started on (F1) and where it is (F5: waits are timers). */
export interface WorkflowRun {
  id: string;
  workflowId: string;
  version: number;
  /** The conversation it acts on; a call_missed run has none until its create_conversation step. */
  conversationId?: string;
  call?: MissedCall;
  stepId: string;
  /** Who had the conversation when the run last assigned it: the placeholder {{previous_assignee}}. */
  previousAssigneeId?: string;
}

export const workflowTimerId = (runId: string) => `wf:${runId}`;
