import { contactFields, type Op, type TriggerConditionInput, type TriggerKind } from '../types.ts';

/** The fields a trigger of each kind can test (as the server's validate-conditions.ts has them). */
export const triggerFields: Record<TriggerKind, string[]> = {
  conversation_opened: ['source', 'channel', 'department', ...contactFields],
  conversation_unassigned: ['source', 'channel', 'department', ...contactFields],
  call_missed: ['number', 'outcome', ...contactFields],
};

export const branchSubjects = ['status', 'assignee', 'last_outgoing', ...contactFields];

const contactOps: TriggerConditionInput['op'][] = ['eq', 'neq', 'exists', 'not_exists'];

export function opsForField(field: string): TriggerConditionInput['op'][] {
  return field.startsWith('contact.') ? contactOps : ['eq', 'neq'];
}

export function opsForSubject(subject: string): Op[] {
  if (subject === 'status') return ['eq', 'neq'];
  if (subject === 'assignee') return ['exists', 'not_exists'];
  if (subject === 'last_outgoing') return ['exists', 'not_exists', 'greater_than'];
  return contactOps;
}

/** Picks a row's error out of a refusal aimed at `conditions[i].<part>`. */
export function conditionError(
  key: string | undefined,
  message: string | undefined,
  index: number,
  part: string,
): string | undefined {
  if (!key || !message) return undefined;
  const match = /^conditions\[(\d+)\]\.?(.*)$/.exec(key);
  if (!match || Number(match[1]) !== index) return undefined;
  return (match[2] || 'field') === part ? message : undefined;
}
