import { type Static, Type } from 'typebox';
import { nobodyQualifiesActions, stepKinds, triggerKinds } from '../engine/workflow/definition.ts';
import { Id, strict } from './spec-common.ts';
import type { SpecPath } from './spec-error.ts';

/**
 * Workflows as code (F1–F4): the definition a workflow runs, as the API writes it, except
 * that references drop the Id suffix as elsewhere in the spec (target: { kind: agent, user:
 * u_ann }, department: support). Applying a file publishes each workflow's definition as a
 * new version when it differs from the latest one; drafts being edited in the console are
 * not part of the file.
 */
const StepId = Type.String({ minLength: 1, maxLength: 60 });
const Field = Type.String({ minLength: 1, maxLength: 50 });

const TriggerConditionSpec = Type.Object(
  {
    /** source, channel, department; number, outcome (call_missed); contact.<field>. */
    field: Field,
    op: Type.Enum(['eq', 'neq', 'exists', 'not_exists']),
    value: Type.Optional(Type.String({ maxLength: 200 })),
  },
  strict,
);

const BranchConditionSpec = Type.Object(
  {
    /** status, assignee, last_outgoing, or contact.<field>. */
    subject: Field,
    op: Type.Enum(['eq', 'neq', 'exists', 'not_exists', 'greater_than']),
    value: Type.Optional(Type.String({ maxLength: 200 })),
    seconds: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  strict,
);

export const WorkflowStepSpec = Type.Object(
  {
    id: StepId,
    kind: Type.Enum([...stepKinds]),
    /** assign: an agent (user), a team (department, strategy) or the contact_owner. */
    target: Type.Optional(
      Type.Object(
        {
          kind: Type.Enum(['agent', 'team', 'contact_owner']),
          user: Type.Optional(Id),
          department: Type.Optional(Id),
          strategy: Type.Optional(Type.Enum(['round_robin', 'least_open'])),
        },
        strict,
      ),
    ),
    onlineOnly: Type.Optional(Type.Boolean()),
    whenNobodyQualifies: Type.Optional(Type.Enum([...nobodyQualifiesActions])),
    goto: Type.Optional(StepId),
    seconds: Type.Optional(Type.Integer({ minimum: 1 })),
    match: Type.Optional(Type.Enum(['all', 'any'])),
    conditions: Type.Optional(Type.Array(BranchConditionSpec, { maxItems: 20 })),
    onTrue: Type.Optional(StepId),
    onFalse: Type.Optional(StepId),
    /** create_conversation: the channel (callback) and department of the callback conversation. */
    channel: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    department: Type.Optional(Id),
    text: Type.Optional(Type.String({ maxLength: 2000 })),
    next: Type.Optional(StepId),
  },
  strict,
);

export const WorkflowSpec = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    /** Left out: enabled. A disabled workflow starts no new runs. */
    enabled: Type.Optional(Type.Boolean()),
    trigger: Type.Object(
      {
        kind: Type.Enum([...triggerKinds]),
        match: Type.Optional(Type.Enum(['all', 'any'])),
        conditions: Type.Optional(Type.Array(TriggerConditionSpec, { maxItems: 20 })),
      },
      strict,
    ),
    start: StepId,
    steps: Type.Array(WorkflowStepSpec, { minItems: 1, maxItems: 100 }),
  },
  strict,
);

export type WorkflowSpec = Static<typeof WorkflowSpec>;
export type WorkflowStepSpec = Static<typeof WorkflowStepSpec>;

type Refer = (known: Set<string> | undefined, id: string, path: SpecPath, what: string) => void;

interface Known {
  users?: Set<string>;
  departments?: Set<string>;
  numbers?: Set<string>;
  contacts?: Set<string>;
}

/** Every user, department, number and contact a workflow names must be in the file, when the file manages them. */
export function checkWorkflowReferences(
  workflows: WorkflowSpec[] | undefined,
  known: Known,
  refer: Refer,
): void {
  workflows?.forEach((workflow, i) => {
    workflow.trigger.conditions?.forEach((condition, j) => {
      const path = ['workflows', i, 'trigger', 'conditions', j, 'value'];
      if (!condition.value) return;
      if (condition.field === 'department') refer(known.departments, condition.value, path, 'department');
      if (condition.field === 'number') refer(known.numbers, condition.value, path, 'number');
      if (condition.field === 'contact.responsible') refer(known.users, condition.value, path, 'user');
      if (condition.field === 'contact.id') refer(known.contacts, condition.value, path, 'contact');
    });
    workflow.steps.forEach((step, j) => {
      const path = ['workflows', i, 'steps', j];
      if (step.target?.user) refer(known.users, step.target.user, [...path, 'target', 'user'], 'user');
      if (step.target?.department)
        refer(known.departments, step.target.department, [...path, 'target', 'department'], 'department');
      if (step.department) refer(known.departments, step.department, [...path, 'department'], 'department');
      step.conditions?.forEach((condition, k) => {
        if (!condition.value) return;
        const at = [...path, 'conditions', k, 'value'];
        if (condition.subject === 'contact.responsible') refer(known.users, condition.value, at, 'user');
        if (condition.subject === 'contact.id') refer(known.contacts, condition.value, at, 'contact');
      });
    });
  });
}
