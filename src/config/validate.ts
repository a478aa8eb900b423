import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { listSections, type WorkspaceSpec, WorkspaceSpecSchema } from './spec.ts';
import { type Locate, type SpecPath, specError } from './spec-error.ts';
import { intervalPattern } from './spec-voice.ts';
import {
  checkWorkflowReferences,
  narrowed,
  stepSpecSchema,
  type WorkflowStepSpec,
} from './spec-workflows.ts';
import { checkVoiceActions, checkVoiceReferences } from './validate-voice.ts';

export { formatPath, type Locate, type SpecPath, specError } from './spec-error.ts';

interface SchemaIssue {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

const typeNames: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping of fields',
  array: 'a list',
};

function issueMessage(issue: SchemaIssue): string {
  const { params } = issue;
  switch (issue.keyword) {
    case 'boolean':
      return issue.schemaPath.endsWith('/options/additionalProperties')
        ? 'is not a key: a menu option is one key, 0-9, "*" or "#"'
        : 'is not a known field';
    case 'required':
      return 'is required';
    case 'type':
      return `must be ${typeNames[String(params.type)] ?? String(params.type)}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `must be ${String(params.allowedValue)}`;
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters`;
    case 'maxLength':
      return `must be at most ${params.limit} characters`;
    case 'minimum':
      return `must be ${params.limit} or more`;
    case 'maximum':
      return `must be ${params.limit} or less`;
    case 'pattern':
      return params.pattern === intervalPattern
        ? 'must be an interval like 09:00-14:00 (24:00 ends a day)'
        : 'may hold only letters, digits and _ . : -';
    case 'maxItems':
      return `must have at most ${params.limit} items`;
    default:
      return issue.message;
  }
}

function issuePath(issue: SchemaIssue): SpecPath {
  const parts = issue.instancePath.split('/').filter(Boolean);
  // A digit is a list index, except as a menu option's key (options.1).
  const path: SpecPath = parts.map((part, i) =>
    /^\d+$/.test(part) && parts[i - 1] !== 'options'
      ? Number(part)
      : part.replaceAll('~1', '/').replaceAll('~0', '~'),
  );
  if (issue.keyword === 'required') path.push(String((issue.params.requiredProperties as string[])[0]));
  return path;
}

/** A value typed by a schema and checked against it; the first problem is thrown, under `at`. */
function checked(schema: TSchema, value: unknown, at: SpecPath, locate?: Locate): unknown {
  // Typed from the schema: YAML and hand-written JSON may say 101 for "101", "true" for true.
  const converted = Value.Convert(schema, structuredClone(value));
  const issue = Value.Errors(schema, converted)[0] as SchemaIssue | undefined;
  if (!issue) return converted;
  throw specError([...at, ...issuePath(issue)], issueMessage(issue), locate);
}

/** Checks the shape of a spec (types, known fields, lengths); the first problem is thrown. */
function checkShape(value: unknown, locate?: Locate): WorkspaceSpec {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw specError([], 'a workspace spec must be a mapping with at least a workspace section (id, name)');
  const spec = checked(WorkspaceSpecSchema, value, [], locate) as WorkspaceSpec;
  checkWorkflowSteps(spec, locate);
  return spec;
}

/** Each workflow step against its kind's schema, the API's (src/api/workflows.ts). */
function checkWorkflowSteps(spec: WorkspaceSpec, locate?: Locate): void {
  spec.workflows?.forEach((workflow, i) => {
    workflow.steps = workflow.steps.map((step, j) => {
      const schema = narrowed(stepSpecSchema, step) as TSchema;
      return checked(schema, step, ['workflows', i, 'steps', j], locate) as WorkflowStepSpec;
    });
  });
}

function checkUnique<T>(
  items: T[] | undefined,
  section: string,
  field: string,
  key: (item: T) => string | undefined,
  locate?: Locate,
) {
  const seen = new Map<string, number>();
  items?.forEach((item, index) => {
    const value = key(item);
    if (value === undefined) return;
    const first = seen.get(value);
    if (first !== undefined)
      throw specError([section, index, field], `"${value}" is already used by ${section}[${first}]`, locate);
    seen.set(value, index);
  });
}

/** Every id a section refers to must be defined in the spec, when the spec manages that section. */
function checkReferences(spec: WorkspaceSpec, locate?: Locate): void {
  const departments = spec.departments && new Set(spec.departments.map((department) => department.id));
  const users = spec.users && new Set(spec.users.map((user) => user.id));
  const refer = (known: Set<string> | undefined, id: string, path: SpecPath, what: string) => {
    if (known && !known.has(id)) throw specError(path, `${what} "${id}" is not defined in ${what}s`, locate);
  };
  for (const [i, user] of (spec.users ?? []).entries())
    for (const [j, id] of (user.departments ?? []).entries())
      refer(departments, id, ['users', i, 'departments', j], 'department');
  for (const [i, number] of (spec.numbers ?? []).entries())
    for (const [j, id] of (number.assignedUsers ?? []).entries())
      refer(users, id, ['numbers', i, 'assignedUsers', j], 'user');
  spec.contacts?.forEach((contact, i) => {
    if (contact.responsible) refer(users, contact.responsible, ['contacts', i, 'responsible'], 'user');
  });
  checkVoiceReferences(spec, refer);
  const known = (items?: { id: string }[]) => items && new Set(items.map((item) => item.id));
  checkWorkflowReferences(
    spec.workflows,
    { users, departments, numbers: known(spec.numbers), contacts: known(spec.contacts) },
    refer,
  );
}

/**
 * Validates a spec from any source (parsed YAML, a JSON body) and returns it typed. The
 * rules of the engine itself (phone numbers, time zones, extensions) are checked when the
 * plan is simulated; this catches what a file alone can get wrong.
 */
export function validateSpec(value: unknown, locate?: Locate): WorkspaceSpec {
  const spec = checkShape(value, locate);
  const lower = (text: string) => text.trim().toLowerCase();
  for (const section of listSections)
    checkUnique<{ id: string }>(spec[section], section, 'id', (item) => item.id, locate);
  checkUnique(spec.users, 'users', 'email', (user) => lower(user.email), locate);
  checkUnique(spec.users, 'users', 'extension', (user) => user.extension?.trim() || undefined, locate);
  checkUnique(spec.departments, 'departments', 'name', (department) => lower(department.name), locate);
  checkVoiceActions(spec, locate);
  checkReferences(spec, locate);
  return spec;
}
