import { invalid } from '../../domain/errors.ts';
import type { WorkspaceState } from '../state.ts';
import type { WorkflowDefinition } from './definition.ts';

/** A value a template asks for: who, which team, which number, how long. */
export interface TemplateParameter {
  name: string;
  kind: 'user' | 'department' | 'number' | 'minutes';
  required: boolean;
  description: string;
  default?: number;
}

export type TemplateValues = Record<string, string | number | undefined>;

/** A ready-made workflow: filled with its parameters, it becomes a draft to review and publish. */
export interface WorkflowTemplate {
  id: string;
  name: string;
  description: string;
  parameters: TemplateParameter[];
  build(values: Record<string, string | number>): { name: string; definition: WorkflowDefinition };
}

/** F4: seed 003's canonical flow. */
const reassignUnanswered: WorkflowTemplate = {
  id: 'reassign_unanswered',
  name: 'Reassign conversations the first agent does not answer',
  description:
    'A contact opens a conversation: it goes to one agent. If after the wait it is still open and nobody has replied, ' +
    'it goes to an online agent of a team (round robin), with a comment telling them why. ' +
    'It acts on the first assignment only.',
  parameters: [
    {
      name: 'agentId',
      kind: 'user',
      required: true,
      description: 'The agent who gets new conversations first',
    },
    {
      name: 'departmentId',
      kind: 'department',
      required: true,
      description: 'The team whose online agents take over',
    },
    {
      name: 'waitMinutes',
      kind: 'minutes',
      required: false,
      default: 15,
      description: 'How long the first agent has to reply',
    },
  ],
  build: (values) => ({
    name: 'Reassign conversations the first agent does not answer',
    definition: {
      trigger: {
        kind: 'conversation_opened',
        match: 'all',
        conditions: [{ field: 'source', op: 'eq', value: 'contact' }],
      },
      start: 'assign',
      steps: [
        {
          id: 'assign',
          kind: 'assign',
          target: { kind: 'agent', userId: String(values.agentId) },
          onlineOnly: false,
          next: 'wait',
        },
        { id: 'wait', kind: 'wait', seconds: Number(values.waitMinutes) * 60, next: 'check' },
        {
          id: 'check',
          kind: 'branch',
          match: 'all',
          conditions: [
            { subject: 'status', op: 'eq', value: 'open' },
            { subject: 'last_outgoing', op: 'not_exists' },
          ],
          onTrue: 'reassign',
          onFalse: 'done',
        },
        {
          id: 'reassign',
          kind: 'assign',
          target: { kind: 'team', departmentId: String(values.departmentId), strategy: 'round_robin' },
          onlineOnly: true,
          next: 'comment',
        },
        {
          id: 'comment',
          kind: 'add_comment',
          text: `{{previous_assignee}} did not reply within ${values.waitMinutes} minutes: this conversation is yours now.`,
          next: 'done',
        },
        { id: 'done', kind: 'end' },
      ],
    },
  }),
};

/** call_missed: every missed call becomes a conversation to call the caller back. */
const callBackMissedCalls: WorkflowTemplate = {
  id: 'call_back_missed_calls',
  name: 'Call back missed calls',
  description:
    'An inbound call nobody answered opens a callback conversation for the caller. It goes to the contact’s ' +
    'responsible user when they are online, else to the online agent of the team with the fewest open ' +
    'conversations, else it waits in the team’s queue.',
  parameters: [
    { name: 'departmentId', kind: 'department', required: true, description: 'The team that calls back' },
    {
      name: 'numberId',
      kind: 'number',
      required: false,
      description: 'Only calls to this number (left out: every number)',
    },
  ],
  build: (values) => ({
    name: 'Call back missed calls',
    definition: {
      trigger: {
        kind: 'call_missed',
        match: 'all',
        conditions: values.numberId ? [{ field: 'number', op: 'eq', value: String(values.numberId) }] : [],
      },
      start: 'callback',
      steps: [
        {
          id: 'callback',
          kind: 'create_conversation',
          channel: 'callback',
          departmentId: String(values.departmentId),
          next: 'owner',
        },
        {
          id: 'owner',
          kind: 'assign',
          target: { kind: 'contact_owner' },
          onlineOnly: true,
          whenNobodyQualifies: 'goto',
          goto: 'team',
          next: 'done',
        },
        {
          id: 'team',
          kind: 'assign',
          target: { kind: 'team', departmentId: String(values.departmentId), strategy: 'least_open' },
          onlineOnly: true,
          whenNobodyQualifies: 'queue',
          next: 'done',
        },
        { id: 'done', kind: 'end' },
      ],
    },
  }),
};

export const workflowTemplates: WorkflowTemplate[] = [reassignUnanswered, callBackMissedCalls];

const maxMinutes = 7 * 24 * 60;

/**
 * Fills a template's parameters, each checked (the agent, team or number exists; minutes
 * are a positive whole number): a wrong one is refused naming `parameters.<name>`.
 */
export function fillTemplate(
  state: WorkspaceState,
  template: WorkflowTemplate,
  values: TemplateValues,
): { name: string; definition: WorkflowDefinition } {
  const filled: Record<string, string | number> = {};
  for (const parameter of template.parameters) {
    const field = `parameters.${parameter.name}`;
    const value = values[parameter.name] ?? parameter.default;
    if (value === undefined || value === '') {
      if (parameter.required) throw invalid(field, `${parameter.name} is needed: ${parameter.description}`);
      continue;
    }
    const exists = {
      user: () => Boolean(state.users[String(value)]),
      department: () => Boolean(state.departments[String(value)]),
      number: () => Boolean(state.numbers[String(value)]),
      minutes: () => Number.isInteger(Number(value)) && Number(value) > 0 && Number(value) <= maxMinutes,
    }[parameter.kind];
    if (!exists())
      throw invalid(
        field,
        parameter.kind === 'minutes'
          ? `${parameter.name} must be a whole number of minutes from 1 to ${maxMinutes}`
          : `${parameter.kind} ${value} does not exist`,
      );
    filled[parameter.name] = parameter.kind === 'minutes' ? Number(value) : String(value);
  }
  const unknown = Object.keys(values).find((name) => !template.parameters.some((p) => p.name === name));
  if (unknown) throw invalid(`parameters.${unknown}`, `template ${template.id} has no parameter ${unknown}`);
  return template.build(filled);
}
