import type { ChatContact } from '../chat/conversation.ts';
import type { MissedCall, WorkflowDefinition } from './definition.ts';

/**
 * What a step did as a code with what fills it in (names, seconds, step ids), so the console
 * words it in the reader's language; `reason` says why nobody qualified for an assign step.
 */
export interface StepOutcome {
  code: string;
  params?: Record<string, string | number>;
  reason?: { code: string; params?: Record<string, string | number> };
}

export type WorkflowCommand =
  | { type: 'workflow.save_draft'; workflowId: string; name: string; definition: WorkflowDefinition }
  | { type: 'workflow.publish'; workflowId: string }
  | { type: 'workflow.set_enabled'; workflowId: string; enabled: boolean }
  /** Its running instances stop where they are; its history stays. */
  | { type: 'workflow.remove'; workflowId: string }
  /** A run's wait is over (the engine's own timer, F5). */
  | { type: 'workflow.resume'; runId: string };

/**
 * What a run acts on: its conversation, and for call_missed runs the call that started it
 * (with no conversation until its create_conversation step). Written as a union of required
 * fields, never optional ones, so `'callId' in event` still means a string wherever it is asked.
 */
export type RunSubject = { runId: string; workflowId: string } & (
  | { conversationId: string }
  | { callId: string }
  | { conversationId: string; callId: string }
);

export type WorkflowEvent =
  | { type: 'workflow.draft_saved'; workflowId: string; name: string; definition: WorkflowDefinition }
  | { type: 'workflow.published'; workflowId: string; version: number; definition: WorkflowDefinition }
  | { type: 'workflow.enabled_set'; workflowId: string; enabled: boolean }
  | { type: 'workflow.removed'; workflowId: string }
  | (RunSubject & {
      type: 'workflow.run_started';
      version: number;
      stepId: string;
      /** call_missed: the call, kept by the run for its create_conversation step. */
      call?: MissedCall;
      /** A conversation's run: whom it is with, so its log names them rather than an id. */
      contact?: ChatContact;
    })
  /** F5: the run log — each step entered, why a branch went the way it did, what a step did. */
  | (RunSubject & { type: 'workflow.step_entered'; stepId: string; kind: string })
  | (RunSubject & {
      type: 'workflow.branch_taken';
      stepId: string;
      path: 'onTrue' | 'onFalse';
      why: string;
    })
  | (RunSubject & {
      type: 'workflow.step_result';
      stepId: string;
      /** In English, for API readers; `outcome` is the same as a code the console translates. */
      result: string;
      outcome?: StepOutcome;
      /** An assign step records whom it took the conversation from ({{previous_assignee}}). */
      previousAssigneeId?: string;
      /** round_robin teams: the member position given this conversation. */
      rotation?: { key: string; position: number };
      /** create_conversation: the run acts on this conversation from now on. */
      linkedConversationId?: string;
    })
  | (RunSubject & {
      type: 'workflow.run_finished';
      reason: 'end' | 'conversation_resolved' | 'no_conversation' | 'workflow_removed';
    });
