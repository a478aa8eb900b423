import { describe, expect, it } from 'vitest';
import { createdWorkspace, Scenario, types } from '../testing.ts';

const ann = {
  type: 'user.create',
  userId: 'u_ann',
  name: 'Ann',
  email: 'ann@acme.test',
  role: 'agent',
} as const;

describe('users', () => {
  it('W8: given two numbers, when a user is added, then it is assigned to every number', () => {
    const s = new Scenario().after(
      createdWorkspace,
      { type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'rented' },
      { type: 'number.add', numberId: 'n2', e164: '+34911234568', kind: 'sip' },
    );
    const events = s.when(ann);
    expect(types(events)).toEqual(['user.created']);
    expect(s.state.numbers.n1!.assignedUserIds).toEqual(['u_ann']);
    expect(s.state.numbers.n2!.assignedUserIds).toEqual(['u_ann']);
  });

  it('W8: given users, when a number is added, then every user is assigned to it', () => {
    const s = new Scenario().after(createdWorkspace, ann, {
      ...ann,
      userId: 'u_bob',
      email: 'bob@acme.test',
      name: 'Bob',
    });
    s.when({ type: 'number.add', numberId: 'n1', e164: '+34 911 23 45 67', kind: 'rented' });
    expect(s.state.numbers.n1!.assignedUserIds).toEqual(['u_ann', 'u_bob']);
    expect(s.state.numbers.n1!.e164).toBe('+34911234567');
  });

  it('W4/W6: when a mobile is not in international format, then it is refused naming the field', () => {
    const s = new Scenario().after(createdWorkspace);
    s.refuses({ ...ann, mobile: '600 123 456' }, 'validation', 'mobile');
  });

  it('W4: given a default country, when a national mobile is given, then it is normalised to E.164', () => {
    const s = new Scenario().after({ ...createdWorkspace, defaultCountry: 'ES' } as never);
    s.when({ ...ann, mobile: '600 123 456' });
    expect(s.state.users.u_ann!.mobile).toBe('+34600123456');
  });

  it('W4: when two users claim one extension, then the second is refused', () => {
    const s = new Scenario().after(createdWorkspace, { ...ann, extension: '101' });
    s.refuses({ ...ann, userId: 'u_bob', email: 'bob@acme.test', extension: '101' }, 'conflict', 'extension');
  });

  it('W4: capacity defaults to voice 1 and chat 10 and refuses negative values', () => {
    const s = new Scenario().after(createdWorkspace, ann);
    expect(s.state.users.u_ann!.capacity).toEqual({ voice: 1, chat: 10 });
    s.refuses(
      { type: 'user.update', userId: 'u_ann', capacity: { chat: -1 } },
      'validation',
      'capacity.chat',
    );
  });

  it('W4: department memberships are set from the user', () => {
    const s = new Scenario().after(createdWorkspace, {
      type: 'department.create',
      departmentId: 'd1',
      name: 'Sales',
    });
    s.when({ ...ann, departmentIds: ['d1'] });
    expect(s.state.departments.d1!.memberIds).toEqual(['u_ann']);
    s.when({ type: 'user.update', userId: 'u_ann', departmentIds: [] });
    expect(s.state.departments.d1!.memberIds).toEqual([]);
  });

  it('refuses a command on a workspace that does not exist', () => {
    new Scenario().refuses(ann, 'not_found');
  });
});

describe('presence (W5)', () => {
  it('given an online agent with no sessions, when pre_pause is asked, then they go straight to pause', () => {
    const s = new Scenario().after(createdWorkspace, ann, {
      type: 'presence.set',
      userId: 'u_ann',
      presence: 'online',
    });
    const events = s.when({ type: 'presence.set', userId: 'u_ann', presence: 'pre_pause' });
    expect(events).toEqual([
      { type: 'presence.changed', userId: 'u_ann', from: 'online', to: 'pause', reason: 'requested' },
    ]);
  });

  it('given an agent in pre_pause on a call, when the call ends, then they move to pause', () => {
    const s = new Scenario().after(
      createdWorkspace,
      ann,
      { type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'rented' },
      { type: 'presence.set', userId: 'u_ann', presence: 'online' },
      { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
      { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
    );
    s.when({ type: 'presence.set', userId: 'u_ann', presence: 'pre_pause' });
    expect(s.state.users.u_ann!.presence).toBe('pre_pause');
    const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(events.at(-1)).toEqual({
      type: 'presence.changed',
      userId: 'u_ann',
      from: 'pre_pause',
      to: 'pause',
      reason: 'last_session_ended',
    });
  });
});
