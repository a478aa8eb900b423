import { type Static, Type } from 'typebox';
import { missedCallOutcomes } from './workflows.ts';

/** F5: the run log's entries; a workflow's own changes (drafts, versions) are in its history. */
export const runEntryTypes = [
  'workflow.run_started',
  'workflow.step_entered',
  'workflow.branch_taken',
  'workflow.step_result',
  'workflow.run_finished',
] as const;
export type RunEntryType = (typeof runEntryTypes)[number];

const OutcomeParams = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]));

/** What a step did as a code with what fills it in, which the console words in the reader's language. */
export const StepOutcomeSchema = Type.Object({
  code: Type.String(),
  params: Type.Optional(OutcomeParams),
  reason: Type.Optional(Type.Object({ code: Type.String(), params: Type.Optional(OutcomeParams) })),
});
export type StepOutcome = Static<typeof StepOutcomeSchema>;

/** One entry of the run log: what happened, with the fields its type has (the others absent). */
export const WorkflowRunEntrySchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  type: Type.Enum([...runEntryTypes]),
  data: Type.Object({
    runId: Type.String(),
    workflowId: Type.String(),
    conversationId: Type.Optional(Type.String()),
    callId: Type.Optional(Type.String()),
    version: Type.Optional(Type.Integer({ description: 'run_started: the version the run keeps' })),
    stepId: Type.Optional(Type.String()),
    kind: Type.Optional(Type.String({ description: 'step_entered: the step’s kind' })),
    path: Type.Optional(Type.Enum(['onTrue', 'onFalse'])),
    why: Type.Optional(Type.String({ description: 'branch_taken: why, in English' })),
    result: Type.Optional(Type.String({ description: 'step_result: what the step did, in English' })),
    outcome: Type.Optional(StepOutcomeSchema),
    previousAssigneeId: Type.Optional(Type.String()),
    rotation: Type.Optional(Type.Object({ key: Type.String(), position: Type.Integer() })),
    linkedConversationId: Type.Optional(
      Type.String({ description: 'create_conversation: the run acts on this conversation from now on' }),
    ),
    contact: Type.Optional(
      Type.Object({
        address: Type.String(),
        name: Type.Optional(Type.String()),
        email: Type.Optional(Type.String()),
        contactId: Type.Optional(Type.String()),
      }),
    ),
    call: Type.Optional(
      Type.Object({
        callId: Type.String(),
        numberId: Type.String(),
        from: Type.String(),
        contactId: Type.Optional(Type.String()),
        outcome: Type.Enum([...missedCallOutcomes]),
      }),
    ),
    reason: Type.Optional(Type.Enum(['end', 'conversation_resolved', 'no_conversation', 'workflow_removed'])),
  }),
});
export type WorkflowRunEntry = Static<typeof WorkflowRunEntrySchema>;

export const WorkflowRunsPageSchema = Type.Object({
  items: Type.Array(WorkflowRunEntrySchema, { description: 'Newest first' }),
  nextBefore: Type.Optional(
    Type.Integer({ description: 'Pass as before for the older events; absent on the oldest page' }),
  ),
});
