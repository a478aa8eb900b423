import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, expectRoutingIndexFresh, Scenario, types } from '../testing.ts';

/*
 * R3 (issue 21): a waiting caller presses * to be called back; the callback keeps the
 * caller's place and time, is offered to the agent who frees up, and has its own outcome.
 * Ann is the only agent online at first; c1 is connected to her, c2 and c3 wait.
 */

const agent = (id: string, role: 'agent' | 'supervisor' = 'agent'): Command[] => [
  { type: 'user.create', userId: id, name: id, email: `${id}@acme.test`, role } as Command,
  { type: 'presence.set', userId: id, presence: id === 'ann' ? 'online' : 'offline' },
];

function busyAnn(mode: 'agent_first' | 'auto' = 'agent_first'): Scenario {
  return new Scenario().after(
    { ...createdWorkspace, defaultCountry: 'ES' } as Command,
    { type: 'billing.top_up', amountCents: 10_000 },
    ...agent('ann'),
    ...agent('bob'),
    ...agent('sue', 'supervisor'),
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      settings: {
        strategy: 'sequential',
        noAnswerAction: { kind: 'hang_up' },
        callback: { enabled: true, key: '*', mode, retries: 1, retryDelaySec: 60 },
      },
    },
    { type: 'call.inbound', callId: 'c1', from: '+34600000001', to: '+34911234567' },
    { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
    { type: 'call.inbound', callId: 'c2', from: '+34600000002', to: '+34911234567' },
  );
}

const press = (callId: string, digits: string): Command => ({ type: 'call.dtmf', callId, digits });
const annHangsUp: Command = { type: 'call.hangup_leg', callId: 'c1', legId: 'c1.1' };
const customerAnswers = (callId: string): Command => ({
  type: 'call.answer_leg',
  callId,
  legId: `${callId}.1`,
});
const find = <T extends Event['type']>(events: Event[], type: T) =>
  events.find((event) => event.type === type) as Extract<Event, { type: T }> | undefined;

describe('queue callback (R3)', () => {
  it('R3: a caller who starts waiting is told, once, which key asks for a callback', () => {
    const s = busyAnn();
    const prompt = s.state.calls.get('c2')!;
    expect(prompt.phase).toBe('queued');
    expect(prompt.callbackPrompted).toBe(true);
    const events = s.when({ type: 'call.inbound', callId: 'c3', from: '+34600000003', to: '+34911234567' });
    expect(find(events, 'callback.prompted')).toMatchObject({ callId: 'c3', key: '*' });
    expect(find(events, 'callback.prompted')!.text).toMatch(/press star/);
  });

  it('R3: * then # leaves the caller’s own number; the callback takes their entry in the queue and the call ends', () => {
    const s = busyAnn().after({
      type: 'call.inbound',
      callId: 'c3',
      from: '+34600000003',
      to: '+34911234567',
    });
    expect(s.state.waiting).toEqual(['c2', 'c3']);
    const events = s.when(press('c2', '*#'));
    expect(find(events, 'callback.requested')).toMatchObject({
      callbackId: 'cb_c2',
      to: '+34600000002',
      queuedAt: s.now,
      typed: false,
    });
    expect(find(events, 'call.ended')).toMatchObject({ callId: 'c2', outcome: 'callback' });
    expect(s.state.calls.get('c2')).toBeUndefined();
    expect(s.state.waiting).toEqual(['cb_c2', 'c3']);
  });

  it('R3: keys pressed one at a time type another number, ended by #', () => {
    const s = busyAnn();
    for (const key of '*612') expect(types(s.when(press('c2', key)))).toContain('callback.entering');
    expect(s.state.calls.get('c2')!.callbackEntry).toBe('612');
    const events = s.when(press('c2', '345678#'));
    expect(find(events, 'callback.requested')).toMatchObject({ to: '+34612345678', typed: true });
  });

  it('R3: a typed number that is no phone number starts the entry again, the caller still in place', () => {
    const s = busyAnn();
    const events = s.when(press('c2', '*12#'));
    expect(types(events)).not.toContain('callback.requested');
    expect(s.state.calls.get('c2')!.phase).toBe('queued');
    expect(s.state.calls.get('c2')!.callbackEntry).toBe('');
    expect(s.state.waiting).toEqual(['c2']);
  });

  it('R3: other keys while waiting change nothing; a number without the option ignores *', () => {
    const s = busyAnn();
    expect(types(s.when(press('c2', '5')))).toEqual(['call.dtmf_received']);
    s.when({ type: 'number.configure', numberId: 'n1', settings: { callback: { enabled: false } } });
    expect(types(s.when(press('c2', '*#')))).toEqual(['call.dtmf_received']);
  });

  it('R3: when it reaches the front the freed agent is offered the callback before a later caller; accepting places the call', () => {
    const s = busyAnn().after(
      { type: 'call.inbound', callId: 'c3', from: '+34600000003', to: '+34911234567' },
      press('c2', '*#'),
    );
    const freed = s.when(annHangsUp);
    expect(find(freed, 'callback.offered')).toMatchObject({ callbackId: 'cb_c2', userId: 'ann' });
    expect(s.state.calls.get('c3')!.phase).toBe('queued');
    expect(s.state.users.ann!.ringingLegs).toBe(1);
    expectRoutingIndexFresh(s.state);
    s.refuses({ type: 'callback.accept', callbackId: 'cb_c2', userId: 'bob' }, 'forbidden', 'userId');
    const accepted = s.when({ type: 'callback.accept', callbackId: 'cb_c2', userId: 'ann' });
    expect(find(accepted, 'call.placed')).toMatchObject({
      callId: 'cb_c2_1',
      to: '+34600000002',
      userId: 'ann',
    });
    expect(s.state.callbacks.get('cb_c2')).toMatchObject({ status: 'dialing', attempts: 1 });
    expect(types(s.when(customerAnswers('cb_c2_1')))).toContain('callback.connected');
    const ended = s.when({ type: 'call.hangup_leg', callId: 'cb_c2_1', legId: 'cb_c2_1.1' });
    expect(find(ended, 'callback.finished')).toMatchObject({
      callbackId: 'cb_c2',
      outcome: 'answered',
      userId: 'ann',
    });
    expect(s.state.callbacks.get('cb_c2')).toBeUndefined();
    // Ann is free again: the caller who waited behind the callback is next.
    expect(find(ended, 'call.leg_ringing')).toMatchObject({ callId: 'c3', userId: 'ann' });
    expectRoutingIndexFresh(s.state);
  });

  it('R3: declined, it goes to another free agent; nobody responding, it goes back to its place', () => {
    const s = busyAnn().after(press('c2', '*#'), { type: 'presence.set', userId: 'bob', presence: 'online' });
    // Bob came online with a callback waiting: it is his at once.
    expect(s.state.callbacks.get('cb_c2')).toMatchObject({ status: 'offered', userId: 'bob' });
    s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.1' });
    const declined = s.when({ type: 'callback.decline', callbackId: 'cb_c2', userId: 'bob' });
    expect(find(declined, 'callback.returned')).toMatchObject({ reason: 'declined', userId: 'bob' });
    expect(find(declined, 'callback.offered')).toMatchObject({ userId: 'ann' });
    s.advance(30_000);
    const timedOut = s.fireDueTimers();
    expect(find(timedOut, 'callback.returned')).toMatchObject({ reason: 'no_response', userId: 'ann' });
    expect(s.state.callbacks.get('cb_c2')).toMatchObject({ status: 'offered', userId: 'bob' });
  });

  it('R3: an agent going away gives back the callback offered to them', () => {
    const s = busyAnn().after(press('c2', '*#'), annHangsUp);
    expect(s.state.callbacks.get('cb_c2')!.userId).toBe('ann');
    s.when({ type: 'presence.set', userId: 'ann', presence: 'pause' });
    expect(s.state.callbacks.get('cb_c2')).toMatchObject({ status: 'waiting' });
    expect(s.state.waiting).toEqual(['cb_c2']);
    expect(s.state.users.ann!.ringingLegs).toBe(0);
  });

  it('R3: unanswered, it is tried again after the delay at its place, then ends as no_answer', () => {
    const s = busyAnn().after(press('c2', '*#'), annHangsUp, {
      type: 'callback.accept',
      callbackId: 'cb_c2',
      userId: 'ann',
    });
    s.advance(60_000);
    const rang = s.fireDueTimers();
    expect(find(rang, 'call.ended')).toMatchObject({ callId: 'cb_c2_1', outcome: 'missed' });
    expect(find(rang, 'callback.retry_scheduled')).toMatchObject({ attempt: 2, at: s.now + 60_000 });
    s.advance(60_000);
    const retried = s.fireDueTimers();
    expect(types(retried)).toEqual(expect.arrayContaining(['callback.requeued', 'callback.offered']));
    s.when({ type: 'callback.accept', callbackId: 'cb_c2', userId: 'ann' });
    const gaveUp = s.when({ type: 'call.hangup_leg', callId: 'cb_c2_2', legId: 'cb_c2_2.0' });
    expect(find(gaveUp, 'callback.finished')).toMatchObject({ outcome: 'no_answer' });
  });

  it('R3: in auto mode the call is placed as soon as an agent frees up, the agent on the line', () => {
    const s = busyAnn('auto').after(press('c2', '*#'));
    const events = s.when(annHangsUp);
    expect(types(events)).toEqual(
      expect.arrayContaining(['callback.offered', 'callback.dialing', 'call.placed']),
    );
    expect(s.state.calls.get('cb_c2_1')!.legs.get('cb_c2_1.0')).toMatchObject({
      userId: 'ann',
      status: 'connected',
    });
    expect(s.state.users.ann!.ringingLegs).toBe(0);
  });

  it('R3: a supervisor cancels a waiting callback (abandoned); an agent may not', () => {
    const s = busyAnn().after(press('c2', '*#'));
    s.refuses({ type: 'callback.cancel', callbackId: 'cb_c2', userId: 'bob' }, 'forbidden', 'userId');
    s.refuses({ type: 'callback.cancel', callbackId: 'nope', userId: 'sue' }, 'not_found', 'callbackId');
    const events = s.when({ type: 'callback.cancel', callbackId: 'cb_c2', userId: 'sue' });
    expect(find(events, 'callback.finished')).toMatchObject({ outcome: 'abandoned', userId: 'sue' });
    expect(s.state.waiting).toEqual([]);
  });

  it('R3 (issue 21 item 2): a waiting callback is ahead like a caller: in the position told and in the queue’s maximum length', () => {
    const s = busyAnn().after(
      { type: 'number.configure', numberId: 'n1', settings: { queue: { maxLength: 2 } } },
      press('c2', '*#'),
    );
    expect(s.state.waiting).toEqual(['cb_c2']);
    const third = s.when({ type: 'call.inbound', callId: 'c3', from: '+34600000003', to: '+34911234567' });
    expect(find(third, 'call.queued')).toMatchObject({ callId: 'c3', position: 2 });
    // The callback and c3 fill the queue: the next caller takes the no-answer action at once.
    const fourth = s.when({ type: 'call.inbound', callId: 'c4', from: '+34600000004', to: '+34911234567' });
    expect(find(fourth, 'call.queued')).toBeUndefined();
    expect(find(fourth, 'call.ended')).toMatchObject({ callId: 'c4', outcome: 'missed' });
    expect(s.state.waiting).toEqual(['cb_c2', 'c3']);
  });

  it('R3 (issue 21 item 3): removing the number gives up its waiting callbacks, abandoned, the reason in their history', () => {
    const s = busyAnn().after(
      press('c2', '*#'),
      { type: 'presence.set', userId: 'ann', presence: 'pause' },
      annHangsUp,
    );
    expect(s.state.callbacks.get('cb_c2')).toMatchObject({ status: 'waiting' });
    const events = s.when({ type: 'number.remove', numberId: 'n1' });
    expect(find(events, 'callback.finished')).toEqual({
      type: 'callback.finished',
      callbackId: 'cb_c2',
      outcome: 'abandoned',
      reason: 'number_removed',
    });
    expect(types(events).indexOf('callback.finished')).toBeLessThan(types(events).indexOf('number.removed'));
    expect(s.state.callbacks.size).toBe(0);
    expect(s.state.waiting).toEqual([]);
  });

  it('R3 (issue 21 item 3): a callback offered when its number is removed frees the agent for the next caller of another number', () => {
    const s = busyAnn().after(
      { type: 'number.add', numberId: 'n2', e164: '+34911234568', kind: 'rented' },
      press('c2', '*#'),
      annHangsUp,
      { type: 'call.inbound', callId: 'c5', from: '+34600000005', to: '+34911234568' },
    );
    expect(s.state.callbacks.get('cb_c2')).toMatchObject({ status: 'offered', userId: 'ann' });
    expect(s.state.calls.get('c5')!.phase).toBe('queued');
    const events = s.when({ type: 'number.remove', numberId: 'n1' });
    expect(find(events, 'callback.finished')).toMatchObject({
      outcome: 'abandoned',
      reason: 'number_removed',
    });
    expect(s.state.timers.get('cb_offer:cb_c2')).toBeUndefined();
    expect(find(events, 'call.leg_ringing')).toMatchObject({ callId: 'c5', userId: 'ann' });
    expect(s.state.users.ann!.ringingLegs).toBe(1);
    expectRoutingIndexFresh(s.state);
  });

  it('R3: a number with a callback being placed is not removed (its call is live)', () => {
    const s = busyAnn('auto').after(press('c2', '*#'), annHangsUp);
    expect(s.state.callbacks.get('cb_c2')).toMatchObject({ status: 'dialing' });
    s.refuses({ type: 'number.remove', numberId: 'n1' }, 'conflict', 'numberId');
    expect(s.state.callbacks.get('cb_c2')).toMatchObject({ status: 'dialing' });
  });

  it('R3: bad callback settings are refused naming the field, and change nothing', () => {
    const s = busyAnn();
    const configure = (callback: object): Command =>
      ({ type: 'number.configure', numberId: 'n1', settings: { callback } }) as Command;
    s.refuses(configure({ key: '#' }), 'validation', 'callback.key');
    s.refuses(configure({ mode: 'later' }), 'validation', 'callback.mode');
    s.refuses(configure({ retries: 9 }), 'validation', 'callback.retries');
    s.refuses(configure({ retryDelaySec: 1 }), 'validation', 'callback.retryDelaySec');
  });
});
