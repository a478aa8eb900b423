import type { CountryCode } from 'libphonenumber-js/max';
import { invalid } from '../../domain/errors.ts';
import { toE164 } from '../../domain/phone.ts';
import type { WorkspaceState } from '../state.ts';
import {
  type BranchCondition,
  type ContactFieldName,
  contactFieldNames,
  conversationStatuses,
  missedCallOutcomes,
  type Trigger,
  type TriggerCondition,
  triggerKinds,
} from './definition.ts';

/** What a person (or a file) sends before it is checked: any field may be missing or wrong. */
export type Loose = Record<string, unknown>;

const loose = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

const fieldsFor: Record<Trigger['kind'], string[]> = {
  conversation_opened: ['source', 'channel', 'department', ...contactFieldNames],
  conversation_unassigned: ['source', 'channel', 'department', ...contactFieldNames],
  call_missed: ['number', 'outcome', ...contactFieldNames],
};

const isContactField = (name: string): name is ContactFieldName =>
  (contactFieldNames as string[]).includes(name);

/**
 * A contact-field test: eq / neq with a value, exists / not_exists without one. Values that
 * name something are checked (the responsible user exists) or normalised (a phone to E.164).
 */
function contactTest(
  state: WorkspaceState,
  name: ContactFieldName,
  raw: Loose,
  path: string,
  label: string,
): { op: 'eq' | 'neq' | 'exists' | 'not_exists'; value?: string } {
  const op = raw.op;
  if (op === 'exists' || op === 'not_exists') return { op };
  if (op !== 'eq' && op !== 'neq')
    throw invalid(`${path}.op`, `${label}: ${name} takes eq, neq, exists or not_exists, not "${String(op)}"`);
  const value = text(raw.value);
  if (!value) throw invalid(`${path}.value`, `${label}: ${name} ${op} needs a value`);
  if (name === 'contact.responsible' && !state.users[value])
    throw invalid(`${path}.value`, `${label}: user ${value} does not exist`);
  if (name === 'contact.id' && !state.contacts[value])
    throw invalid(`${path}.value`, `${label}: contact ${value} does not exist`);
  if (name === 'contact.phone')
    return { op, value: toE164(value, `${path}.value`, state.defaultCountry as CountryCode | undefined) };
  return { op, value };
}

/** source, channel, department, number, outcome: eq or neq a value, which must mean something here. */
function valueTest(
  state: WorkspaceState,
  field: string,
  raw: Loose,
  path: string,
  label: string,
): TriggerCondition {
  const op = raw.op;
  if (op !== 'eq' && op !== 'neq')
    throw invalid(`${path}.op`, `${label}: ${field} takes eq or neq, not "${String(op)}"`);
  const value = text(raw.value);
  const refuse = (why: string) => invalid(`${path}.value`, `${label}: ${why}`);
  if (!value) throw refuse(`${field} ${op} needs a value`);
  if (field === 'source' && value !== 'contact' && value !== 'agent')
    throw refuse('source is contact or agent');
  if (field === 'department' && !state.departments[value]) throw refuse(`department ${value} does not exist`);
  if (field === 'number' && !state.numbers[value]) throw refuse(`number ${value} does not exist`);
  if (field === 'outcome' && !(missedCallOutcomes as readonly string[]).includes(value))
    throw refuse(`outcome is one of ${missedCallOutcomes.join(', ')}`);
  if (field === 'channel' && value.length > 50) throw refuse('a channel has at most 50 characters');
  return { field, op, value } as TriggerCondition;
}

/** F2: a trigger's kind and conditions; each condition's field must be one this kind of trigger has. */
export function checkTrigger(state: WorkspaceState, value: unknown): Trigger {
  const raw = loose(value);
  const kind = raw.kind as Trigger['kind'];
  if (!triggerKinds.includes(kind))
    throw invalid('trigger.kind', `the trigger is one of ${triggerKinds.join(', ')}`);
  const match = raw.match ?? 'all';
  if (match !== 'all' && match !== 'any') throw invalid('trigger.match', 'match is all or any');
  const list = Array.isArray(raw.conditions) ? raw.conditions : [];
  const conditions = list.map((item, index): TriggerCondition => {
    const condition = loose(item);
    const path = `trigger.conditions[${index}]`;
    const label = `trigger condition ${index + 1}`;
    const field = String(condition.field);
    if (!fieldsFor[kind].includes(field))
      throw invalid(
        `${path}.field`,
        `${label}: a ${kind} trigger has no field "${field}" (it has ${fieldsFor[kind].join(', ')})`,
      );
    if (isContactField(field)) return { field, ...contactTest(state, field, condition, path, label) };
    return valueTest(state, field, condition, path, label);
  });
  return { kind, match, conditions };
}

const branchSubjects = ['status', 'assignee', 'last_outgoing', ...contactFieldNames];

/** F3: one branch condition, named by its step and position when it is wrong. */
export function checkBranchCondition(
  state: WorkspaceState,
  value: unknown,
  stepId: string,
  index: number,
): BranchCondition {
  const raw = loose(value);
  const path = `steps.${stepId}.conditions[${index}]`;
  const label = `step ${stepId}, condition ${index + 1}`;
  const subject = String(raw.subject);
  const op = raw.op;
  const badOp = (allowed: string) =>
    invalid(`${path}.op`, `${label}: ${subject} takes ${allowed}, not "${String(op)}"`);
  if (isContactField(subject)) return { subject, ...contactTest(state, subject, raw, path, label) };
  switch (subject) {
    case 'status': {
      if (op !== 'eq' && op !== 'neq') throw badOp('eq or neq');
      const status = raw.value as (typeof conversationStatuses)[number];
      if (!conversationStatuses.includes(status))
        throw invalid(`${path}.value`, `${label}: status is one of ${conversationStatuses.join(', ')}`);
      return { subject, op, value: status };
    }
    case 'assignee':
      if (op !== 'exists' && op !== 'not_exists') throw badOp('exists or not_exists');
      return { subject, op };
    case 'last_outgoing': {
      if (op === 'exists' || op === 'not_exists') return { subject, op };
      if (op !== 'greater_than') throw badOp('exists, not_exists or greater_than');
      const seconds = raw.seconds;
      if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds <= 0)
        throw invalid(`${path}.seconds`, `${label}: greater_than needs a positive whole number of seconds`);
      return { subject, op, seconds };
    }
    default:
      throw invalid(
        `${path}.subject`,
        `${label}: unknown field "${subject}" (known: ${branchSubjects.join(', ')})`,
      );
  }
}
