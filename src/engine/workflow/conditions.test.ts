import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario } from '../testing.ts';
import type { BranchCondition, TriggerCondition, WorkflowDefinition } from './definition.ts';

/** Comments "vip" or "regular" on a conversation, by a branch on contact fields. */
const tagging = (conditions: BranchCondition[], trigger: TriggerCondition[] = []): WorkflowDefinition => ({
  trigger: { kind: 'conversation_opened', match: 'all', conditions: trigger },
  start: 'check',
  steps: [
    { id: 'check', kind: 'branch', match: 'all', conditions, onTrue: 'vip', onFalse: 'regular' },
    { id: 'vip', kind: 'add_comment', text: 'vip' },
    { id: 'regular', kind: 'add_comment', text: 'regular' },
  ],
});

function workspace(definition: WorkflowDefinition) {
  const commands: Command[] = [
    { ...createdWorkspace, defaultCountry: 'ES' } as Command,
    { type: 'department.create', departmentId: 'support', name: 'Support' },
    { type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test', departmentIds: ['support'] },
    {
      type: 'contact.create',
      contactId: 'c1',
      name: 'Carla Vidal',
      company: 'Globex',
      phones: ['+34600111222'],
      responsibleUserId: 'ann',
    },
    { type: 'contact.create', contactId: 'c2', name: 'Dan', phones: ['+34600333444'] },
    { type: 'workflow.save_draft', workflowId: 'wf', name: 'Tag', definition },
    { type: 'workflow.publish', workflowId: 'wf' },
  ];
  return new Scenario().after(...commands);
}

/** A WhatsApp-like channel: the contact's address is their phone number, which finds them in the CRM. */
const write = (address: string, id = address) =>
  ({
    type: 'conversation.incoming',
    conversationId: id,
    channel: 'whatsapp',
    contact: { address },
    channelMessageId: `m-${id}`,
    text: 'Hello',
  }) as const;

const tagOf = (s: Scenario, conversationId: string) => {
  const events = s.lastEvents.filter(
    (event) => event.type === 'conversation.note_added' && event.conversationId === conversationId,
  );
  return events.map((event) => (event as { text: string }).text)[0];
};

describe('contact-field conditions (F3)', () => {
  it('branch on contact.company eq (case aside) and contact.responsible exists', () => {
    const s = workspace(
      tagging([
        { subject: 'contact.company', op: 'eq', value: 'globex ' },
        { subject: 'contact.responsible', op: 'exists' },
      ]),
    );
    s.when(write('+34600111222'));
    expect(tagOf(s, '+34600111222')).toBe('vip');
    s.when(write('+34600333444'));
    expect(tagOf(s, '+34600333444')).toBe('regular');
    s.when(write('visitor-7'));
    expect(tagOf(s, 'visitor-7')).toBe('regular');
  });

  it('the run log says what each contact field held', () => {
    const s = workspace(tagging([{ subject: 'contact.responsible', op: 'eq', value: 'ann' }]));
    const events = s.when(write('+34600111222'));
    expect(events.find((e) => e.type === 'workflow.branch_taken')).toMatchObject({
      path: 'onTrue',
      why: 'contact.responsible is ann (eq ann: yes)',
    });
    s.when(write('visitor-1'));
    expect(s.lastEvents.find((e) => e.type === 'workflow.branch_taken')).toMatchObject({
      why: 'contact.responsible is no contact (eq ann: no)',
    });
  });

  it('not_exists, neq, and phones typed nationally (normalised to E.164 on save)', () => {
    const s = workspace(
      tagging(
        [
          { subject: 'contact.id', op: 'not_exists' },
          { subject: 'contact.phone', op: 'neq', value: '600 111 222' },
        ],
        [],
      ),
    );
    expect(s.state.workflows.wf!.versions[0]!.steps[0]).toMatchObject({
      conditions: [
        { subject: 'contact.id', op: 'not_exists' },
        { subject: 'contact.phone', value: '+34600111222' },
      ],
    });
    s.when(write('visitor-2'));
    expect(tagOf(s, 'visitor-2')).toBe('vip');
    s.when(write('+34600111222'));
    expect(tagOf(s, '+34600111222')).toBe('regular');
  });

  it('trigger conditions on contact fields: only conversations of contacts named so start a run', () => {
    const s = workspace(
      tagging(
        [{ subject: 'contact.id', op: 'exists' }],
        [{ field: 'contact.name', op: 'eq', value: 'carla vidal' }],
      ),
    );
    s.when(write('+34600333444'));
    expect(s.lastEvents.some((e) => e.type === 'workflow.run_started')).toBe(false);
    s.when(write('+34600111222'));
    expect(tagOf(s, '+34600111222')).toBe('vip');
  });

  it('refuses unknown fields and bad values, naming the step and condition', () => {
    const s = workspace(tagging([{ subject: 'contact.id', op: 'exists' }]));
    const save = (definition: WorkflowDefinition) =>
      ({ type: 'workflow.save_draft', workflowId: 'x', name: 'X', definition }) as const;
    s.refuses(
      save(tagging([{ subject: 'contact.birthday', op: 'exists' } as never])),
      'validation',
      'steps.check.conditions[0].subject',
    );
    s.refuses(
      save(tagging([{ subject: 'contact.responsible', op: 'eq', value: 'nobody' }])),
      'validation',
      'steps.check.conditions[0].value',
    );
    s.refuses(
      save(tagging([{ subject: 'contact.name', op: 'eq' }])),
      'validation',
      'steps.check.conditions[0].value',
    );
    s.refuses(
      save(tagging([{ subject: 'contact.name', op: 'greater_than' } as never])),
      'validation',
      'steps.check.conditions[0].op',
    );
    s.refuses(
      save(tagging([{ subject: 'contact.phone', op: 'eq', value: 'not a phone' }])),
      'validation',
      'steps.check.conditions[0].value',
    );
    s.refuses(
      save(
        tagging([{ subject: 'contact.id', op: 'exists' }], [{ field: 'contact.age', op: 'exists' } as never]),
      ),
      'validation',
      'trigger.conditions[0].field',
    );
  });
});
