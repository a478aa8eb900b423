import type { Conversation } from '../chat/conversation.ts';
import type { Contact, WorkspaceState } from '../state.ts';
import type {
  BranchCondition,
  ContactFieldName,
  ContactTest,
  MissedCall,
  Trigger,
  TriggerCondition,
} from './definition.ts';

/** What a condition reads: the conversation (once there is one) and, for call_missed, the call. */
export interface Subject {
  conversation?: Conversation;
  call?: MissedCall;
}

export interface Outcome {
  holds: boolean;
  why: string;
}

/**
 * The CRM contact a conversation or a missed call belongs to: the one the channel named, or
 * the one whose phone the caller's (or a phone-number address's) number is.
 */
export function contactOf(state: WorkspaceState, subject: Subject): Contact | undefined {
  const id =
    subject.conversation?.contact.contactId ??
    (subject.conversation ? state.contactByPhone.get(subject.conversation.contact.address) : undefined) ??
    subject.call?.contactId ??
    (subject.call ? state.contactByPhone.get(subject.call.from) : undefined);
  return id ? state.contacts[id] : undefined;
}

/** A contact field's values: a contact has several phones, every other field one value or none. */
function valuesOf(contact: Contact | undefined, field: ContactFieldName): string[] {
  if (!contact) return [];
  switch (field) {
    case 'contact.id':
      return [contact.id];
    case 'contact.name':
      return [contact.name];
    case 'contact.company':
      return contact.company ? [contact.company] : [];
    case 'contact.phone':
      return contact.phones;
    case 'contact.responsible':
      return contact.responsibleUserId ? [contact.responsibleUserId] : [];
  }
}

/** Names and companies are compared as people read them: case and surrounding spaces do not count. */
const comparable = (field: ContactFieldName, value: string) =>
  field === 'contact.name' || field === 'contact.company' ? value.trim().toLowerCase() : value;

export function testContact(
  state: WorkspaceState,
  subject: Subject,
  field: ContactFieldName,
  test: ContactTest,
): Outcome {
  const contact = contactOf(state, subject);
  const values = valuesOf(contact, field);
  const shown = contact ? (values.length > 0 ? values.join(', ') : 'empty') : 'no contact';
  if (test.op === 'exists' || test.op === 'not_exists') {
    const holds = test.op === 'exists' ? values.length > 0 : values.length === 0;
    return { holds, why: `${field} is ${shown} (${test.op}: ${holds ? 'yes' : 'no'})` };
  }
  const wanted = comparable(field, test.value ?? '');
  const equal = values.some((value) => comparable(field, value) === wanted);
  const holds = test.op === 'eq' ? equal : !equal;
  return { holds, why: `${field} is ${shown} (${test.op} ${test.value}: ${holds ? 'yes' : 'no'})` };
}

const isContactField = (name: string): name is ContactFieldName => name.startsWith('contact.');

function testTrigger(state: WorkspaceState, condition: TriggerCondition, subject: Subject): boolean {
  if (isContactField(condition.field))
    return testContact(state, subject, condition.field, condition as ContactTest).holds;
  const actual = (() => {
    switch (condition.field) {
      case 'source':
        return subject.conversation ? 'contact' : undefined;
      case 'channel':
        return subject.conversation?.channel;
      case 'department':
        return subject.conversation?.departmentId;
      case 'number':
        return subject.call?.numberId;
      case 'outcome':
        return subject.call?.outcome;
    }
  })();
  const value = (condition as { value: string }).value;
  return condition.op === 'eq' ? actual === value : actual !== value;
}

/** F2: does what happened match the trigger's conditions (all or any; none means always)? */
export function matchesTrigger(state: WorkspaceState, trigger: Trigger, subject: Subject): boolean {
  if (trigger.conditions.length === 0) return true;
  const test = (condition: TriggerCondition) => testTrigger(state, condition, subject);
  return trigger.match === 'all' ? trigger.conditions.every(test) : trigger.conditions.some(test);
}

/** F3: one branch condition, with the reason the run log shows. */
export function evaluate(
  state: WorkspaceState,
  now: number,
  condition: BranchCondition,
  subject: Subject,
): Outcome {
  if (isContactField(condition.subject))
    return testContact(state, subject, condition.subject, condition as ContactTest);
  const { conversation } = subject;
  if (!conversation) return { holds: false, why: `${condition.subject}: there is no conversation yet` };
  if (condition.subject === 'status') {
    const status = conversation.status;
    // Only open conversations are in the state: a resolved one has left it.
    const actual = condition.value === 'open' ? true : status === condition.value;
    const holds = condition.op === 'eq' ? actual : !actual;
    return {
      holds,
      why: `status is ${status} (${condition.op} ${condition.value}: ${holds ? 'yes' : 'no'})`,
    };
  }
  if (condition.subject === 'assignee') {
    const has = conversation.assigneeId !== undefined && conversation.status !== 'queued';
    return {
      holds: condition.op === 'exists' ? has : !has,
      why: has ? 'it has an assignee' : 'it has no assignee',
    };
  }
  const last = conversation.lastOutgoingAt;
  if (condition.op === 'greater_than') {
    const holds = last !== undefined && now - last > condition.seconds * 1000;
    return {
      holds,
      why:
        last === undefined
          ? 'no outgoing message yet'
          : `last outgoing message ${Math.round((now - last) / 1000)} s ago`,
    };
  }
  const has = last !== undefined;
  return {
    holds: condition.op === 'exists' ? has : !has,
    why: has ? 'an outgoing message exists' : 'no outgoing message exists',
  };
}
