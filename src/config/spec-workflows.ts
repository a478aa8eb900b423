import { type Static, type TSchema, Type } from 'typebox';
import { type StepInput, StepInputSchema, stepKinds, TriggerInputSchema } from '../api/workflows.ts';
import { Id, strict } from './spec-common.ts';
import type { SpecPath } from './spec-error.ts';

/**
 * Workflows as code (F1–F4): the definition a workflow runs, in the API's own schemas
 * (src/api/workflows.ts: the trigger, and one schema per step kind), except that references
 * drop the Id suffix as elsewhere in the spec (target: { kind: agent, user: u_ann },
 * department: support). Applying a file publishes each workflow's definition as a new
 * version when it differs from the latest one; drafts being edited in the console are not
 * part of the file.
 */
const StepId = Type.String({ minLength: 1, maxLength: 60 });

/** The API's reference fields and their names in a spec. */
const specNames: Readonly<Record<string, string>> = { userId: 'user', departmentId: 'department' };
const apiNames: Readonly<Record<string, string>> = { user: 'userId', department: 'departmentId' };

type SpecName<K> = K extends 'userId' ? 'user' : K extends 'departmentId' ? 'department' : K;
/** An API shape as a spec writes it: the same fields, references without their Id suffix. */
export type SpecOf<T> = T extends readonly (infer U)[]
  ? SpecOf<U>[]
  : T extends object
    ? { [K in keyof T as SpecName<K>]: SpecOf<T[K]> }
    : T;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A value with its fields renamed (deeply): to the spec's names, or back to the API's. */
function renamed(value: unknown, names: Readonly<Record<string, string>>): unknown {
  if (Array.isArray(value)) return value.map((item) => renamed(item, names));
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      Object.hasOwn(names, key) ? names[key] : key,
      renamed(item, names),
    ]),
  );
}

/**
 * A copy of a schema with some of its fields mapped: TypeBox marks a schema's kind with a
 * hidden field (what Value.Convert types YAML's text by), which the copy keeps.
 */
function copied(
  schema: Record<string, unknown>,
  map: (key: string, value: unknown) => [string, unknown],
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(schema)) {
    const field = Object.getOwnPropertyDescriptor(schema, key)!;
    if (typeof key === 'symbol' || !('value' in field)) Object.defineProperty(copy, key, field);
    else {
      const [name, value] = map(key, field.value);
      Object.defineProperty(copy, name, { ...field, value });
    }
  }
  return copy;
}

const specName = (name: string) => (Object.hasOwn(specNames, name) ? specNames[name]! : name);

/** An API schema for a spec: its properties (and which are required) under the spec's names. */
function specSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(specSchema);
  if (!isRecord(schema)) return schema;
  return copied(schema, (key, value) => {
    if (key === 'properties' && isRecord(value))
      return [key, copied(value, (name, sub) => [specName(name), specSchema(sub)])];
    if (key === 'required' && Array.isArray(value)) return [key, value.map((name) => specName(String(name)))];
    return [key, specSchema(value)];
  });
}

export type WorkflowStepSpec = SpecOf<StepInput>;

/** The schema of each kind of step as a spec writes it, from the API's (one source). */
export const stepSpecSchema = specSchema(StepInputSchema) as TSchema;

/**
 * The schema a value must meet where `schema` tells its branches apart by a field (a step's
 * or a target's kind, OpenAPI's discriminator): the branch the value names, so an error
 * names a field of that branch; with no such branch, the discriminator's own choices.
 */
export function narrowed(schema: unknown, value: unknown): unknown {
  if (!isRecord(schema)) return schema;
  const { oneOf, discriminator } = schema as { oneOf?: unknown[]; discriminator?: { propertyName: string } };
  if (Array.isArray(oneOf) && discriminator) {
    const field = discriminator.propertyName;
    const constOf = (branch: unknown) =>
      isRecord(branch) && isRecord(branch.properties) && isRecord(branch.properties[field])
        ? branch.properties[field].const
        : undefined;
    const named = isRecord(value) ? value[field] : undefined;
    const branch = oneOf.find((candidate) => constOf(candidate) === named);
    if (branch) return narrowed(branch, value);
    return { type: 'object', required: [field], properties: { [field]: { enum: oneOf.map(constOf) } } };
  }
  if (!isRecord(schema.properties) || !isRecord(value)) return schema;
  return copied(schema, (key, field) => [
    key,
    key === 'properties' && isRecord(field)
      ? copied(field, (name, sub) => [name, Object.hasOwn(value, name) ? narrowed(sub, value[name]) : sub])
      : field,
  ]);
}

/**
 * In the spec's schema a step is only an id and a kind: validate.ts then checks it against
 * its kind's schema (stepSpecSchema), so an error names a field of that kind of step rather
 * than of every kind it is not.
 */
const WorkflowStepShape = Type.Unsafe<WorkflowStepSpec>(
  Type.Object({ id: StepId, kind: Type.Enum([...stepKinds]) }, { additionalProperties: true }),
);

export const WorkflowSpec = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    /** Left out: enabled. A disabled workflow starts no new runs. */
    enabled: Type.Optional(Type.Boolean()),
    trigger: TriggerInputSchema,
    start: StepId,
    steps: Type.Array(WorkflowStepShape, { minItems: 1, maxItems: 100 }),
  },
  strict,
);

export type WorkflowSpec = Static<typeof WorkflowSpec>;

/** A spec's step as the API and the engine take it. */
export const stepFromSpec = (step: WorkflowStepSpec) => renamed(step, apiNames) as StepInput;

/** A step as a spec writes it. */
export const stepToSpec = (step: StepInput) => renamed(step, specNames) as WorkflowStepSpec;

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
      if (step.kind === 'assign' && step.target.kind === 'agent')
        refer(known.users, step.target.user, [...path, 'target', 'user'], 'user');
      if (step.kind === 'assign' && step.target.kind === 'team')
        refer(known.departments, step.target.department, [...path, 'target', 'department'], 'department');
      if (step.kind === 'create_conversation' && step.department)
        refer(known.departments, step.department, [...path, 'department'], 'department');
      if (step.kind !== 'branch') return;
      step.conditions?.forEach((condition, k) => {
        if (!condition.value) return;
        const at = [...path, 'conditions', k, 'value'];
        if (condition.subject === 'contact.responsible') refer(known.users, condition.value, at, 'user');
        if (condition.subject === 'contact.id') refer(known.contacts, condition.value, at, 'contact');
      });
    });
  });
}
