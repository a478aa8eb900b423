import type { WorkflowDefinition } from './definition.ts';

export type WorkflowCommand =
  | { type: 'workflow.save_draft'; workflowId: string; name: string; definition: WorkflowDefinition }
  | { type: 'workflow.publish'; workflowId: string }
  | { type: 'workflow.set_enabled'; workflowId: string; enabled: boolean }
  /** A run's wait is over (the engine's own timer, F5). */
  | { type: 'workflow.resume'; runId: string };

export type WorkflowEvent =
  | { type: 'workflow.draft_saved'; workflowId: string; name: string; definition: WorkflowDefinition }
  | { type: 'workflow.published'; workflowId: string; version: number; definition: WorkflowDefinition }
  | { type: 'workflow.enabled_set'; workflowId: string; enabled: boolean }
  | {
      type: 'workflow.run_started';
      runId: string;
      workflowId: string;
      version: number;
      conversationId: string;
      stepId: string;
    }
  /** F5: the run log — each step entered, why a branch went the way it did, what a step did. */
  | {
      type: 'workflow.step_entered';
      runId: string;
      workflowId: string;
      conversationId: string;
      stepId: string;
      kind: string;
    }
  | {
      type: 'workflow.branch_taken';
      runId: string;
      workflowId: string;
      conversationId: string;
      stepId: string;
      path: 'onTrue' | 'onFalse';
      why: string;
    }
  | {
      type: 'workflow.step_result';
      runId: string;
      workflowId: string;
      conversationId: string;
      stepId: string;
      result: string;
      /** An assign step records whom it took the conversation from ({{previous_assignee}}). */
      previousAssigneeId?: string;
      /** round_robin teams: the member position given this conversation. */
      rotation?: { key: string; position: number };
    }
  | {
      type: 'workflow.run_finished';
      runId: string;
      workflowId: string;
      conversationId: string;
      reason: 'end' | 'conversation_resolved';
    };
