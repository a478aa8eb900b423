import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario } from '../testing.ts';
import type { NumberSettingsPatch } from '../voice/number-settings.ts';
import type { TriggerCondition, WorkflowDefinition } from './definition.ts';

/** call_missed: a callback conversation for the caller, to the contact's owner, else the team. */
const callback = (conditions: TriggerCondition[] = []): WorkflowDefinition => ({
  trigger: { kind: 'call_missed', match: 'all', conditions },
  start: 'open',
  steps: [
    { id: 'open', kind: 'create_conversation', channel: 'callback', departmentId: 'support', next: 'owner' },
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
      target: { kind: 'team', departmentId: 'support', strategy: 'least_open' },
      onlineOnly: true,
      whenNobodyQualifies: 'queue',
      next: 'done',
    },
    { id: 'done', kind: 'end' },
  ],
});

const carla = '+34600111222';
const stranger = '+34600999888';

function workspace(settings: NumberSettingsPatch, definition = callback(), online: string[] = []) {
  const commands: Command[] = [
    createdWorkspace,
    { type: 'department.create', departmentId: 'support', name: 'Support' },
  ];
  for (const id of ['ann', 'bob'])
    commands.push({
      type: 'user.create',
      userId: id,
      name: id.toUpperCase(),
      email: `${id}@acme.test`,
      departmentIds: id === 'bob' ? ['support'] : [],
    });
  commands.push(
    { type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'rented', settings },
    { type: 'number.add', numberId: 'n2', e164: '+34911234568', kind: 'rented', settings },
    { type: 'contact.create', contactId: 'c1', name: 'Carla', phones: [carla], responsibleUserId: 'ann' },
  );
  for (const id of online) commands.push({ type: 'presence.set', userId: id, presence: 'online' });
  commands.push(
    { type: 'workflow.save_draft', workflowId: 'wf', name: 'Call back', definition },
    { type: 'workflow.publish', workflowId: 'wf' },
  );
  return new Scenario().after(...commands);
}

const call = (callId: string, from = carla, to = '+34911234567') =>
  ({ type: 'call.inbound', callId, from, to }) as const;

const callbacks = (s: Scenario) =>
  Object.values(s.state.conversations).filter((conversation) => conversation.channel === 'callback');

describe('call_missed workflows', () => {
  it('a call nobody could take opens a callback conversation for the caller, with a note saying why', () => {
    const s = workspace({ offlineAction: { kind: 'hang_up' } });
    const events = s.when(call('c1'));
    expect(events).toContainEqual(expect.objectContaining({ type: 'call.ended', outcome: 'no_agent' }));
    const [conversation] = callbacks(s);
    expect(conversation).toMatchObject({
      id: 'callback_wfr_1',
      contact: { address: carla, name: 'Carla', contactId: 'c1' },
      departmentId: 'support',
      status: 'queued',
    });
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'conversation.note_added',
        conversationId: 'callback_wfr_1',
        text: 'Missed call from Carla (+34600111222) to +34911234567: nobody was online. Call them back.',
      }),
    );
    // Nobody online: not the owner, not the team; it waits in the team's queue.
    expect(s.state.chatQueues.support).toEqual(['callback_wfr_1']);
    expect(events.at(-1)).toMatchObject({ type: 'workflow.run_finished', reason: 'end', callId: 'c1' });
  });

  it('the contact’s owner gets it when online; else an online agent of the team; an unknown caller has no owner', () => {
    const s = workspace({ noAnswerAction: { kind: 'hang_up' }, ringTimeoutSec: 20 }, callback(), [
      'ann',
      'bob',
    ]);
    s.when(call('c1'));
    s.advance(20_000).fireDueTimers();
    expect(callbacks(s).map((c) => [c.contact.address, c.assigneeId])).toEqual([[carla, 'ann']]);
    s.when(call('c2', stranger));
    const events = s.advance(20_000).fireDueTimers();
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'workflow.step_result',
        stepId: 'owner',
        result: 'no known contact; going to step team',
      }),
    );
    expect(callbacks(s).find((c) => c.contact.address === stranger)?.assigneeId).toBe('bob');
  });

  it('a caller who hangs up while it rings (abandoned) is missed too; an answered call is not', () => {
    const s = workspace({}, callback(), ['bob']);
    s.when(call('c1'));
    s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(callbacks(s)).toHaveLength(1);
    s.when(call('c2', stranger));
    s.when({ type: 'call.answer_leg', callId: 'c2', legId: 'c2.1' });
    s.when({ type: 'call.hangup_leg', callId: 'c2', legId: 'c2.0' });
    expect(callbacks(s)).toHaveLength(1);
  });

  it('a caller who misses twice gets one callback conversation, with a note for each call', () => {
    const s = workspace({ offlineAction: { kind: 'hang_up' } });
    s.when(call('c1'));
    const second = s.when(call('c2'));
    expect(callbacks(s)).toHaveLength(1);
    expect(second).toContainEqual(
      expect.objectContaining({ type: 'conversation.note_added', conversationId: 'callback_wfr_1' }),
    );
  });

  it('conditions: the number called, how the call ended, and contact fields', () => {
    const s = workspace(
      { offlineAction: { kind: 'hang_up' } },
      callback([
        { field: 'number', op: 'eq', value: 'n2' },
        { field: 'outcome', op: 'neq', value: 'out_of_hours' },
        { field: 'contact.id', op: 'exists' },
      ]),
    );
    s.when(call('c1'));
    s.when(call('c2', stranger, '+34911234568'));
    expect(callbacks(s)).toHaveLength(0);
    s.when(call('c3', carla, '+34911234568'));
    expect(callbacks(s).map((c) => c.contact.contactId)).toEqual(['c1']);
  });

  it('a missed call is logged on the run: started on the call, then acting on its conversation', () => {
    const s = workspace({ offlineAction: { kind: 'hang_up' } });
    const events = s.when(call('c1'));
    const log = events.filter((event) => event.type.startsWith('workflow.'));
    expect(log[0]).toMatchObject({
      type: 'workflow.run_started',
      callId: 'c1',
      call: { numberId: 'n1', outcome: 'no_agent' },
    });
    expect(log[0]).not.toHaveProperty('conversationId');
    expect(log.at(-1)).toMatchObject({ conversationId: 'callback_wfr_1', callId: 'c1' });
  });

  it('refuses steps that need a conversation before create_conversation, and create_conversation elsewhere', () => {
    const s = workspace({});
    const save = (definition: WorkflowDefinition) =>
      ({ type: 'workflow.save_draft', workflowId: 'x', name: 'X', definition }) as const;
    const base = callback();
    s.refuses(save({ ...base, start: 'owner' }), 'validation', 'steps.owner.kind');
    s.refuses(
      save({
        ...base,
        steps: base.steps.map((step) => (step.id === 'open' ? { ...step, channel: 'call back' } : step)),
      }),
      'validation',
      'steps.open.channel',
    );
    s.refuses(
      save({
        ...base,
        start: 'check',
        steps: [
          ...base.steps,
          {
            id: 'check',
            kind: 'branch',
            match: 'all',
            conditions: [{ subject: 'status', op: 'eq', value: 'open' }],
            onTrue: 'open',
            onFalse: 'done',
          },
        ],
      }),
      'validation',
      'steps.check.conditions[0].subject',
    );
    s.refuses(
      save({ ...base, trigger: { kind: 'conversation_opened', match: 'all', conditions: [] } }),
      'validation',
      'steps.open.kind',
    );
    s.refuses(
      save({
        ...base,
        trigger: {
          kind: 'call_missed',
          match: 'all',
          conditions: [{ field: 'channel', op: 'eq', value: 'x' }],
        },
      }),
      'validation',
      'trigger.conditions[0].field',
    );
    s.refuses(
      save({
        ...base,
        trigger: {
          kind: 'call_missed',
          match: 'all',
          conditions: [{ field: 'number', op: 'eq', value: 'n9' }],
        },
      }),
      'validation',
      'trigger.conditions[0].value',
    );
  });
});
