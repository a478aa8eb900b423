import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario, types } from '../testing.ts';
import type { NumberSettingsPatch } from './number-settings.ts';

const people = [
  { userId: 'ann', name: 'Ann', email: 'ann@acme.test', extension: '101', mobile: '+34600000101' },
  { userId: 'bob', name: 'Bob', email: 'bob@acme.test', extension: '102', mobile: '+34600000102' },
  { userId: 'cid', name: 'Cid', email: 'cid@acme.test', extension: '103' },
];

function workspace(
  settings: NumberSettingsPatch = {},
  online = ['ann', 'bob', 'cid'],
  extra: Command[] = [],
) {
  const commands: Command[] = [createdWorkspace, { type: 'billing.top_up', amountCents: 1000 }];
  for (const person of people) commands.push({ type: 'user.create', ...person });
  commands.push(
    {
      type: 'group.create',
      groupId: 'sales',
      name: 'Sales',
      memberIds: ['bob', 'cid'],
      strategy: 'sequential',
      ringTimeoutSec: 10,
    },
    {
      type: 'contact.create',
      contactId: 'k1',
      name: 'Sarah',
      phones: ['+34600111222'],
      responsibleUserId: 'cid',
    },
    ...extra,
    { type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'rented', settings },
  );
  for (const id of online) commands.push({ type: 'presence.set', userId: id, presence: 'online' });
  return new Scenario().after(...commands);
}

const known = { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' } as const;
const unknown = { ...known, from: '+34600999888' };
const ringing = (s: Scenario) =>
  [...(s.state.calls.get('c1')?.legs.values() ?? [])]
    .filter((leg) => leg.status === 'ringing')
    .map((leg) => leg.userId ?? leg.number);

describe('telephony groups (V13)', () => {
  it('a number routed to a group offers the call to its members by the group’s strategy and timeout', () => {
    const s = workspace({ route: { kind: 'group', groupId: 'sales' } }).after(unknown);
    expect(ringing(s)).toEqual(['bob']);
    s.advance(10_000).fireDueTimers();
    expect(ringing(s)).toEqual(['cid']);
  });

  it('when nobody in the group answers: forward to a member’s mobile', () => {
    const s = workspace({ route: { kind: 'group', groupId: 'sales' } }).after(
      { type: 'group.update', groupId: 'sales', noAnswer: { kind: 'forward_member_mobile' } },
      unknown,
    );
    s.advance(10_000).fireDueTimers();
    s.advance(10_000).fireDueTimers();
    expect(ringing(s)).toEqual(['+34600000102']);
  });

  it('when nobody in the group answers: forward to a specific number, which is final (V14)', () => {
    const s = workspace({ route: { kind: 'group', groupId: 'sales' } }).after(
      { type: 'group.update', groupId: 'sales', noAnswer: { kind: 'forward', to: '+34699000111' } },
      unknown,
    );
    s.advance(20_000).fireDueTimers();
    s.advance(10_000).fireDueTimers();
    expect(ringing(s)).toEqual(['+34699000111']);
    const end = s.advance(30_000).fireDueTimers();
    expect(end.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'missed' });
    expect(types(end)).not.toContain('call.routed');
  });

  it('group members not assigned to the number are never offered its calls (W8)', () => {
    const s = workspace({ route: { kind: 'group', groupId: 'sales' } }).after({
      type: 'number.update',
      numberId: 'n1',
      assignedUserIds: ['ann', 'cid'],
    });
    const events = s.when(unknown);
    expect(events.find((e) => e.type === 'call.routed')).toMatchObject({
      candidates: [
        { userId: 'bob', offered: false, reason: 'not assigned to +34911234567' },
        { userId: 'cid', offered: true },
      ],
    });
  });

  it('a group in use cannot be removed', () => {
    workspace({ route: { kind: 'group', groupId: 'sales' } }).refuses(
      { type: 'group.remove', groupId: 'sales' },
      'conflict',
    );
  });
});

describe('IVR menus (V10)', () => {
  const menu: Command = {
    type: 'ivr_menu.create',
    menuId: 'main',
    name: 'Main',
    prompt: 'For sales press 1, for Ann press 2',
    options: {
      '1': { kind: 'group', groupId: 'sales' },
      '2': { kind: 'extension', userId: 'ann' },
      '9': { kind: 'voicemail' },
    },
    timeoutSec: 5,
    maxRepeats: 1,
  };

  it('the prompt plays, then a digit takes the caller to the option’s target', () => {
    const s = workspace({ route: { kind: 'ivr', menuId: 'main' } }, undefined, [menu]).after(unknown);
    expect(s.state.calls.get('c1')!.phase).toBe('playing');
    s.when({ type: 'call.dtmf', callId: 'c1', digits: '1' });
    expect(ringing(s)).toEqual(['bob']);
  });

  it('no input repeats the menu up to maxRepeats, then hangs up', () => {
    const s = workspace({ route: { kind: 'ivr', menuId: 'main' } }, undefined, [menu]).after(unknown);
    s.advance(4_000).fireDueTimers();
    expect(s.state.calls.get('c1')!.phase).toBe('menu');
    s.advance(5_000).fireDueTimers();
    expect(s.state.calls.get('c1')!.menu).toEqual({ menuId: 'main', repeats: 1 });
    const end = s.advance(9_000).fireDueTimers();
    expect(end.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'missed' });
  });

  it('an invalid digit takes the invalid-input action', () => {
    const s = workspace({ route: { kind: 'ivr', menuId: 'main' } }, undefined, [
      { ...menu, invalidInput: { kind: 'voicemail' } } as Command,
    ]).after(unknown);
    const events = s.when({ type: 'call.dtmf', callId: 'c1', digits: '7' });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.menu_choice', input: '7', reason: 'invalid_input' }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.action_taken', action: { kind: 'voicemail' } }),
    );
  });

  it('refuses an option pointing at a group that does not exist, naming the option', () => {
    workspace().refuses(
      { ...menu, options: { '1': { kind: 'group', groupId: 'nope' } } } as Command,
      'not_found',
      'options.1.groupId',
    );
  });
});

describe('extensions (V11) and CRM owner routing (V12)', () => {
  it('V11: an extension dialled during the welcome rings that employee; unanswered, their mobile', () => {
    const s = workspace({ welcomeMessage: 'Welcome, dial an extension', extensionDialing: true }).after(
      unknown,
    );
    s.when({ type: 'call.dtmf', callId: 'c1', digits: '1' });
    s.when({ type: 'call.dtmf', callId: 'c1', digits: '02' });
    expect(ringing(s)).toEqual(['bob']);
    s.advance(30_000).fireDueTimers();
    expect(ringing(s)).toEqual(['+34600000102']);
  });

  it('V12: a known caller goes to the contact’s responsible user first', () => {
    const s = workspace({ ownerRouting: true }).after(known);
    expect(ringing(s)).toEqual(['cid']);
  });

  it('V12: the responsible user without a mobile who does not answer: the number’s no-answer action', () => {
    const s = workspace({ ownerRouting: true, noAnswerAction: { kind: 'hang_up' } }).after(known);
    const end = s.advance(30_000).fireDueTimers();
    expect(end.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'missed' });
  });

  it('V12: a responsible user who is unavailable is skipped for the number’s agents', () => {
    const s = workspace({ ownerRouting: true, strategy: 'simultaneous' }, ['ann', 'bob']).after(known);
    expect(ringing(s)).toEqual(['ann', 'bob']);
  });
});

describe('unconditional forwarding (V15)', () => {
  it('a known caller’s call is filed on the contact and assigned to its responsible user', () => {
    const s = workspace({
      mode: 'forward_all',
      forwardTo: '+34699000111',
      welcomeMessage: 'Hi',
      ownerRouting: true,
    });
    const events = s.when(known);
    expect(events).toContainEqual({
      type: 'call.filed',
      callId: 'c1',
      contactId: 'k1',
      responsibleUserId: 'cid',
    });
    expect(types(events)).not.toContain('call.playing');
    expect(types(events)).not.toContain('call.routed');
  });

  it('an unknown caller’s call has no employee and creates no CRM entry', () => {
    const s = workspace({ mode: 'forward_all', forwardTo: '+34699000111' });
    const events = s.when(unknown);
    expect(types(events)).not.toContain('call.filed');
    expect(types(events)).not.toContain('contact.created');
    expect(s.state.calls.get('c1')!.agentId).toBeUndefined();
  });

  // Seed 004: routed to a telephony group whose queue is empty, with "Redirigir al número".
  const emptyGroup: Command[] = [
    {
      type: 'group.create',
      groupId: 'forward',
      name: 'Forward',
      memberIds: [],
      noAnswer: { kind: 'forward', to: '+34699000111' },
    },
  ];
  const toEmptyGroup = () =>
    workspace({ route: { kind: 'group', groupId: 'forward' } }, undefined, emptyGroup);

  it('issue 12 #14: a group with an empty queue forwards at once and files a known caller like forward_all', () => {
    const s = toEmptyGroup();
    const events = s.when(known);
    const filed = { type: 'call.filed', callId: 'c1', contactId: 'k1', responsibleUserId: 'cid' };
    expect(events).toContainEqual(filed);
    expect(ringing(s)).toEqual(['+34699000111']);
    expect(s.state.calls.get('c1')).toMatchObject({ agentId: 'cid', phase: 'forwarding' });
    // One rule for both set-ups: forward_all files the same caller the same way.
    const all = workspace({ mode: 'forward_all', forwardTo: '+34699000111' }).when(known);
    expect(all).toContainEqual(filed);
  });

  it('issue 12 #14: through the empty group an unknown caller’s call has no employee', () => {
    const s = toEmptyGroup();
    expect(types(s.when(unknown))).not.toContain('call.filed');
    expect(ringing(s)).toEqual(['+34699000111']);
    expect(s.state.calls.get('c1')!.agentId).toBeUndefined();
  });

  it('a group with members that ring out forwards as its no-answer action, not an unconditional forward', () => {
    const s = workspace({ route: { kind: 'group', groupId: 'sales' } }).after(
      { type: 'group.update', groupId: 'sales', noAnswer: { kind: 'forward', to: '+34699000111' } },
      known,
    );
    const events = [...s.advance(10_000).fireDueTimers(), ...s.advance(10_000).fireDueTimers()];
    expect(ringing(s)).toEqual(['+34699000111']);
    expect(types(events)).not.toContain('call.filed');
  });
});

describe('references stay whole', () => {
  const menus: Command[] = [
    {
      type: 'ivr_menu.create',
      menuId: 'sub',
      name: 'Sub',
      prompt: 'Press 1 for Ann',
      options: { '1': { kind: 'extension', userId: 'ann' } },
    },
    {
      type: 'ivr_menu.create',
      menuId: 'main',
      name: 'Main',
      prompt: 'Press 9 for more',
      options: { '9': { kind: 'menu', menuId: 'sub' } },
    },
  ];

  it('a user reached from an IVR menu is not removed until the menu changes', () => {
    workspace({}, undefined, menus).refuses({ type: 'user.remove', userId: 'ann' }, 'conflict', 'userId');
  });

  it('a menu reached from another menu is not removed until that menu changes', () => {
    workspace({}, undefined, menus).refuses({ type: 'ivr_menu.remove', menuId: 'sub' }, 'conflict', 'menuId');
  });
});
