import { type Static, type TSchema, Type } from 'typebox';
import { SkillRequirementSchema } from './resources.ts';

/**
 * F1–F3: workflow definitions, one schema per step kind. Two shapes:
 * - the canonical definition, what the server answers (drafts, versions): exactly the
 *   engine's types (src/api/workflows.contract.ts checks both ways at compile time);
 * - the input, what a person or a file may send: the same union by kind, with the fields the
 *   engine fills in optional (match all, onlineOnly false, round_robin, the callback channel).
 *   The input checks types; what a value means (a step it leads to, a user that exists, a
 *   field a trigger has) the engine checks on save, naming the step at fault.
 * Plain TypeBox, no Node or engine imports: the console imports this file.
 */

export const triggerKinds = ['conversation_opened', 'conversation_unassigned', 'call_missed'] as const;
export type TriggerKind = (typeof triggerKinds)[number];
export const missedCallOutcomes = ['missed', 'abandoned', 'no_agent', 'out_of_hours', 'voicemail'] as const;
export const conversationStatuses = ['open', 'assigned', 'queued', 'pending', 'on_hold', 'resolved'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];
export const contactFields = [
  'contact.id',
  'contact.name',
  'contact.company',
  'contact.phone',
  'contact.responsible',
] as const;
export type ContactFieldName = (typeof contactFields)[number];
export const nobodyQualifiesActions = ['leave', 'queue', 'any_agent', 'goto'] as const;
export type NobodyQualifies = (typeof nobodyQualifiesActions)[number];
export const stepKinds = [
  'assign',
  'wait',
  'branch',
  'add_comment',
  'create_conversation',
  'close',
  'end',
] as const;
export type StepKind = (typeof stepKinds)[number];

const Id = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });
const StepId = Type.String({ maxLength: 60 });
const Match = Type.Enum(['all', 'any']);
const EqNeq = Type.Enum(['eq', 'neq']);
const Presence = Type.Enum(['exists', 'not_exists']);
const closed = { additionalProperties: false } as const;
const contactFieldsText = contactFields.join(', ');

const commentText =
  'add_comment: {{previous_assignee}} and {{assignee}} are filled in; create_conversation: {{caller}}, {{contact}}, {{number}}, {{outcome}}';
const fallbackText =
  'assign: leave it (default), queue it in the department, any_agent (again without onlineOnly), or goto a step';

/**
 * A union told apart by `kind`: the validator checks only the branch its kind names, so an
 * error names that branch's field (OpenAPI's discriminator; Ajv's `discriminator` option).
 * Not for responses: the serializer picks a branch of a plain union itself.
 */
function byKind<T extends TSchema[]>(branches: [...T], description?: string) {
  const union = Type.Union(branches);
  return Type.Unsafe<Static<typeof union>>({
    type: 'object',
    oneOf: branches,
    discriminator: { propertyName: 'kind' },
    ...(description ? { description } : {}),
  });
}

// ---- The canonical definition: what the server answers.

const ContactField = Type.Enum([...contactFields]);
const ContactTest = {
  op: Type.Enum(['eq', 'neq', 'exists', 'not_exists']),
  value: Type.Optional(Type.String()),
};

export const TriggerConditionSchema = Type.Union([
  Type.Object({ field: Type.Literal('source'), op: EqNeq, value: Type.Enum(['contact', 'agent']) }, closed),
  Type.Object(
    { field: Type.Enum(['channel', 'department', 'number']), op: EqNeq, value: Type.String() },
    closed,
  ),
  Type.Object(
    { field: Type.Literal('outcome'), op: EqNeq, value: Type.Enum([...missedCallOutcomes]) },
    closed,
  ),
  Type.Object({ field: ContactField, ...ContactTest }, closed),
]);

export const TriggerSchema = Type.Object(
  { kind: Type.Enum([...triggerKinds]), match: Match, conditions: Type.Array(TriggerConditionSchema) },
  closed,
);

export const BranchConditionSchema = Type.Union([
  Type.Object(
    { subject: Type.Literal('status'), op: EqNeq, value: Type.Enum([...conversationStatuses]) },
    closed,
  ),
  Type.Object({ subject: Type.Enum(['assignee', 'last_outgoing']), op: Presence }, closed),
  Type.Object(
    { subject: Type.Literal('last_outgoing'), op: Type.Literal('greater_than'), seconds: Type.Integer() },
    closed,
  ),
  Type.Object({ subject: ContactField, ...ContactTest }, closed),
]);

export const AssignTargetSchema = Type.Union([
  Type.Object({ kind: Type.Literal('agent'), userId: Type.String() }, closed),
  Type.Object(
    {
      kind: Type.Literal('team'),
      departmentId: Type.String(),
      strategy: Type.Enum(['round_robin', 'least_open']),
    },
    closed,
  ),
  Type.Object({ kind: Type.Literal('contact_owner') }, closed),
]);

const next = Type.Optional(Type.String());

export const StepSchema = Type.Union([
  Type.Object(
    {
      id: Type.String(),
      kind: Type.Literal('assign'),
      target: AssignTargetSchema,
      onlineOnly: Type.Boolean(),
      skills: Type.Optional(Type.Array(SkillRequirementSchema)),
      whenNobodyQualifies: Type.Optional(Type.Enum([...nobodyQualifiesActions])),
      goto: Type.Optional(Type.String()),
      next,
    },
    closed,
  ),
  Type.Object({ id: Type.String(), kind: Type.Literal('wait'), seconds: Type.Integer(), next }, closed),
  Type.Object(
    {
      id: Type.String(),
      kind: Type.Literal('branch'),
      match: Match,
      conditions: Type.Array(BranchConditionSchema),
      onTrue: Type.String(),
      onFalse: Type.String(),
    },
    closed,
  ),
  Type.Object({ id: Type.String(), kind: Type.Literal('add_comment'), text: Type.String(), next }, closed),
  Type.Object(
    {
      id: Type.String(),
      kind: Type.Literal('create_conversation'),
      channel: Type.String(),
      departmentId: Type.Optional(Type.String()),
      text: Type.Optional(Type.String()),
      next,
    },
    closed,
  ),
  Type.Object({ id: Type.String(), kind: Type.Literal('close'), next }, closed),
  Type.Object({ id: Type.String(), kind: Type.Literal('end') }, closed),
]);

export const WorkflowDefinitionSchema = Type.Object(
  { trigger: TriggerSchema, start: Type.String(), steps: Type.Array(StepSchema) },
  closed,
);

export type TriggerCondition = Static<typeof TriggerConditionSchema>;
export type Trigger = Static<typeof TriggerSchema>;
export type BranchCondition = Static<typeof BranchConditionSchema>;
export type AssignTarget = Static<typeof AssignTargetSchema>;
export type Step = Static<typeof StepSchema>;
export type WorkflowDefinition = Static<typeof WorkflowDefinitionSchema>;

// ---- The input: what may be sent.

const TriggerConditionInput = Type.Object(
  {
    field: Type.String({
      minLength: 1,
      maxLength: 50,
      description: `conversation triggers: source, channel, department; call_missed: number, outcome; any: ${contactFieldsText}`,
    }),
    op: Type.Enum(['eq', 'neq', 'exists', 'not_exists']),
    value: Type.Optional(Type.String({ maxLength: 200 })),
  },
  closed,
);

const BranchConditionInput = Type.Object(
  {
    subject: Type.String({
      minLength: 1,
      maxLength: 50,
      description: `status, assignee, last_outgoing, or a contact field: ${contactFieldsText}`,
    }),
    op: Type.Enum(['eq', 'neq', 'exists', 'not_exists', 'greater_than']),
    value: Type.Optional(Type.String({ maxLength: 200 })),
    seconds: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  closed,
);

const AssignTargetInput = byKind([
  Type.Object({ kind: Type.Literal('agent'), userId: Id }, closed),
  Type.Object(
    {
      kind: Type.Literal('team'),
      departmentId: Id,
      strategy: Type.Optional(
        Type.Enum(['round_robin', 'least_open'], { description: 'Left out: round_robin' }),
      ),
    },
    closed,
  ),
  Type.Object({ kind: Type.Literal('contact_owner') }, closed),
]);

const StepIdInput = Type.String({ minLength: 1, maxLength: 60 });
const nextInput = Type.Optional(StepId);

/**
 * A step's ways on (a branch's paths) and the text a step needs may be left out here: the
 * engine refuses them then, naming the step (`steps.check.onFalse`), which says more than a
 * position in the list.
 */
export const stepInputSchemas = [
  Type.Object(
    {
      id: StepIdInput,
      kind: Type.Literal('assign'),
      target: AssignTargetInput,
      onlineOnly: Type.Optional(Type.Boolean({ description: 'Left out: false' })),
      skills: Type.Optional(
        Type.Array(SkillRequirementSchema, {
          maxItems: 20,
          description: 'R1: only agents with all of these skills, each at its minimum level, qualify',
        }),
      ),
      whenNobodyQualifies: Type.Optional(
        Type.Enum([...nobodyQualifiesActions], { description: fallbackText }),
      ),
      goto: Type.Optional(StepId),
      next: nextInput,
    },
    closed,
  ),
  Type.Object(
    { id: StepIdInput, kind: Type.Literal('wait'), seconds: Type.Integer(), next: nextInput },
    closed,
  ),
  Type.Object(
    {
      id: StepIdInput,
      kind: Type.Literal('branch'),
      match: Type.Optional(Match),
      conditions: Type.Optional(Type.Array(BranchConditionInput, { maxItems: 20 })),
      onTrue: Type.Optional(StepId),
      onFalse: Type.Optional(StepId),
    },
    closed,
  ),
  Type.Object(
    {
      id: StepIdInput,
      kind: Type.Literal('add_comment'),
      text: Type.Optional(Type.String({ maxLength: 2000, description: commentText })),
      next: nextInput,
    },
    closed,
  ),
  Type.Object(
    {
      id: StepIdInput,
      kind: Type.Literal('create_conversation'),
      channel: Type.Optional(
        Type.String({ minLength: 1, maxLength: 50, description: 'The channel (left out: callback)' }),
      ),
      departmentId: Type.Optional(Id),
      text: Type.Optional(Type.String({ maxLength: 2000, description: commentText })),
      next: nextInput,
    },
    closed,
  ),
  Type.Object({ id: StepIdInput, kind: Type.Literal('close'), next: nextInput }, closed),
  Type.Object({ id: StepIdInput, kind: Type.Literal('end') }, closed),
] as const;

export const StepInputSchema = byKind([...stepInputSchemas]);

export const TriggerInputSchema = Type.Object(
  {
    kind: Type.Enum([...triggerKinds]),
    match: Type.Optional(Match),
    conditions: Type.Optional(Type.Array(TriggerConditionInput, { maxItems: 20 })),
  },
  closed,
);

export const WorkflowDefinitionInputSchema = Type.Object(
  {
    trigger: TriggerInputSchema,
    start: Type.String({ minLength: 1, maxLength: 60 }),
    steps: Type.Array(StepInputSchema, { minItems: 1, maxItems: 100 }),
  },
  closed,
);

export type StepInput = Static<typeof StepInputSchema>;
export type WorkflowDefinitionInput = Static<typeof WorkflowDefinitionInputSchema>;
export type TriggerInput = Static<typeof TriggerInputSchema>;
export type TriggerConditionInput = Static<typeof TriggerConditionInput>;
export type BranchConditionInput = Static<typeof BranchConditionInput>;

/** A workflow as the API shows it, with how many instances run now. */
export const WorkflowSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  enabled: Type.Boolean(),
  draft: WorkflowDefinitionSchema,
  versions: Type.Array(WorkflowDefinitionSchema, {
    description: 'Published versions, oldest first; version n is versions[n-1]',
  }),
  runningInstances: Type.Integer(),
});
export type Workflow = Static<typeof WorkflowSchema>;
