import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario, types } from '../testing.ts';

function connected(plan: 'business' | 'starter' = 'business', online = ['ann', 'bob']) {
  const commands: Command[] = [
    { ...createdWorkspace, plan } as Command,
    { type: 'billing.top_up', amountCents: 1000 },
  ];
  for (const id of ['ann', 'bob', 'cid'])
    commands.push({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test` });
  commands.push({
    type: 'number.add',
    numberId: 'n1',
    e164: '+34911234567',
    kind: 'rented',
    settings: { strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } },
  });
  for (const id of online) commands.push({ type: 'presence.set', userId: id, presence: 'online' });
  commands.push(
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
    { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
  );
  return new Scenario().after(...commands);
}

const hold = { type: 'call.hold', callId: 'c1', userId: 'ann' } as const;
const toBob = (note?: string) =>
  ({
    type: 'call.transfer',
    callId: 'c1',
    transferId: 't1',
    userId: 'ann',
    target: { kind: 'user', userId: 'bob' },
    method: 'direct',
    ...(note ? { note } : {}),
  }) as const;
const ringing = (s: Scenario) =>
  [...(s.state.calls.get('c1')?.legs.values() ?? [])]
    .filter((leg) => leg.status === 'ringing')
    .map((leg) => leg.userId ?? leg.number);

describe('hold and direct transfer (T1, T3, T4, W3)', () => {
  it('hold and resume an answered call', () => {
    const s = connected();
    expect(s.when(hold)).toEqual([
      {
        type: 'call.held',
        callId: 'c1',
        userId: 'ann',
        audio: {
          hear: [
            { legId: 'c1.0', sound: 'hold_music' },
            { legId: 'c1.1', sound: 'silence' },
          ],
        },
      },
    ]);
    expect(s.state.calls.get('c1')!.held).toBe(true);
    s.when({ type: 'call.resume', callId: 'c1', userId: 'ann' });
    expect(s.state.calls.get('c1')!.held).toBe(false);
  });

  it('T1/T3: the target rings with the note; the initiator is free at once; on answer the call is theirs', () => {
    const s = connected().after(hold);
    const events = s.when(toBob('Sarah from Acme: billing question'));
    expect(events[0]).toMatchObject({
      type: 'call.transfer_started',
      note: 'Sarah from Acme: billing question',
      target: { kind: 'user', userId: 'bob' },
    });
    expect(ringing(s)).toEqual(['bob']);
    expect(s.state.users.ann!.connectedLegs).toBe(0);
    const answered = s.when({
      type: 'call.answer_leg',
      callId: 'c1',
      legId: s.state.calls.get('c1')!.transfer!.targetLegId,
    });
    expect(types(answered)).toEqual(['call.leg_answered', 'timer.cleared', 'call.transfer_completed']);
    expect(s.state.calls.get('c1')).toMatchObject({ agentId: 'bob', held: false, phase: 'connected' });
    expect(s.state.calls.get('c1')!.transfer).toBeUndefined();
  });

  it('T1: no answer within the ring timeout: the call returns to the initiator, who is told', () => {
    const s = connected().after(hold, toBob());
    const events = s.advance(30_000).fireDueTimers();
    expect(events).toContainEqual({
      type: 'call.transfer_failed',
      callId: 'c1',
      transferId: 't1',
      reason: 'no_answer',
      returnTo: 'initiator',
    });
    expect(ringing(s)).toEqual(['ann']);
  });

  it('T1: declined while the initiator is away: the number’s no-answer action runs', () => {
    const s = connected().after(hold, toBob(), { type: 'presence.set', userId: 'ann', presence: 'offline' });
    const legId = s.state.calls.get('c1')!.transfer!.targetLegId;
    const events = s.when({ type: 'call.reject_leg', callId: 'c1', legId });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.transfer_failed', reason: 'declined', returnTo: 'fallback' }),
    );
    expect(events.at(-1)).toMatchObject({ type: 'call.ended' });
  });

  it('T4: to an external number the leg is charged like a forward; a note is refused', () => {
    const s = connected().after(hold);
    s.refuses(
      { ...toBob('hi'), target: { kind: 'external', number: '+34699000111' } } as Command,
      'validation',
      'note',
    );
    s.when({ ...toBob(), target: { kind: 'external', number: '+34 699 000 111' } } as Command);
    expect(ringing(s)).toEqual(['+34699000111']);
  });

  it('T4: without balance an external transfer is refused with the reason', () => {
    const s = connected().after(hold, { type: 'billing.update', balanceCents: 0 });
    s.refuses(
      { ...toBob(), target: { kind: 'external', number: '+34699000111' } } as Command,
      'insufficient_balance',
      'target.number',
    );
  });

  it('T4: a busy or offline target is refused, and the caller stays on hold with the initiator', () => {
    const s = connected('business', ['ann']).after(hold);
    s.refuses(toBob(), 'conflict', 'target.userId');
    expect(s.state.calls.get('c1')!.held).toBe(true);
  });

  it('transfer starts from a held call, one at a time, and only by the connected agent', () => {
    const s = connected();
    s.refuses(toBob(), 'conflict', 'callId');
    s.when(hold);
    s.refuses({ ...toBob(), userId: 'bob' }, 'forbidden', 'userId');
  });

  it('W3: a starter workspace gets a clear error', () => {
    connected('starter').after(hold).refuses(toBob(), 'plan_required', 'plan');
  });

  it('the caller hanging up while the target rings ends the call as answered and stops the ring', () => {
    const s = connected().after(hold, toBob());
    const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'answered', endedBy: 'customer' });
    expect(s.state.users.bob!.ringingLegs).toBe(0);
    expect(s.state.timers.size).toBe(0);
  });
});

describe('assisted transfer (T2)', () => {
  const assisted = { ...toBob('VIP'), method: 'assisted' } as Command;
  const targetLeg = (s: Scenario) => s.state.calls.get('c1')!.transfer!.targetLegId;

  it('consult, then leave: the caller is handed over and the initiator is free', () => {
    const s = connected().after(hold, assisted);
    expect(s.state.users.ann!.connectedLegs).toBe(1);
    s.when({ type: 'call.answer_leg', callId: 'c1', legId: targetLeg(s) });
    expect(s.state.calls.get('c1')!.transfer!.state).toBe('consulting');
    expect(s.state.calls.get('c1')!.held).toBe(true);
    const done = s.when({ type: 'call.transfer_complete', callId: 'c1', userId: 'ann' });
    expect(done).toContainEqual(expect.objectContaining({ type: 'call.transfer_completed', userId: 'bob' }));
    expect(s.state.calls.get('c1')).toMatchObject({ agentId: 'bob', held: false, phase: 'connected' });
    expect(s.state.users.ann!.connectedLegs).toBe(0);
  });

  it('bring all three together, then leave', () => {
    const s = connected().after(hold, assisted);
    s.when({ type: 'call.answer_leg', callId: 'c1', legId: targetLeg(s) });
    s.when({ type: 'call.transfer_conference', callId: 'c1', userId: 'ann' });
    expect(s.state.calls.get('c1')!.held).toBe(false);
    expect(s.state.calls.get('c1')!.transfer!.state).toBe('conference');
    s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.1' });
    expect(s.state.calls.get('c1')).toMatchObject({ agentId: 'bob', phase: 'connected' });
  });

  it('cancel: back to the held caller', () => {
    const s = connected().after(hold, assisted);
    s.when({ type: 'call.answer_leg', callId: 'c1', legId: targetLeg(s) });
    s.when({ type: 'call.transfer_cancel', callId: 'c1', userId: 'ann' });
    expect(s.state.calls.get('c1')).toMatchObject({ agentId: 'ann', held: true, phase: 'connected' });
    expect(s.state.users.bob!.connectedLegs).toBe(0);
  });

  it('the target declines or does not answer: the initiator is back with the held caller', () => {
    const s = connected().after(hold, assisted);
    s.when({ type: 'call.reject_leg', callId: 'c1', legId: targetLeg(s) });
    expect(s.state.calls.get('c1')).toMatchObject({ agentId: 'ann', held: true, phase: 'connected' });
    s.when({ ...assisted, transferId: 't2' } as Command);
    const events = s.advance(30_000).fireDueTimers();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.transfer_failed', reason: 'no_answer', returnTo: 'initiator' }),
    );
    expect(s.state.users.ann!.connectedLegs).toBe(1);
  });

  it('the initiator hangs up while the target rings: it becomes a direct transfer', () => {
    const s = connected().after(hold, assisted);
    const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.1' });
    expect(types(events)).toContain('call.transfer_became_direct');
    expect(s.state.users.ann!.connectedLegs).toBe(0);
    s.when({ type: 'call.answer_leg', callId: 'c1', legId: targetLeg(s) });
    expect(s.state.calls.get('c1')).toMatchObject({ agentId: 'bob', phase: 'connected' });
  });

  it('the caller hangs up during the consult: the transfer is cancelled and the consult leg is told', () => {
    const s = connected().after(hold, assisted);
    s.when({ type: 'call.answer_leg', callId: 'c1', legId: targetLeg(s) });
    const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.transfer_cancelled', reason: 'customer_hung_up' }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.leg_ended', userId: 'bob', reason: 'call_ended' }),
    );
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'answered' });
  });
});

describe('transfer to a team (T4)', () => {
  it('to a group: its strategy picks an available member other than the initiator', () => {
    const s = connected().after(
      {
        type: 'group.create',
        groupId: 'g',
        name: 'Billing',
        memberIds: ['ann', 'cid', 'bob'],
        strategy: 'sequential',
      },
      hold,
    );
    const events = s.when({ ...toBob(), target: { kind: 'group', groupId: 'g' } } as Command);
    expect(events[0]).toMatchObject({
      type: 'call.transfer_started',
      target: { kind: 'user', userId: 'bob', via: { kind: 'group', id: 'g' } },
    });
    expect(ringing(s)).toEqual(['bob']);
  });

  it('to a department: its least busy available member; nobody available is refused naming the field', () => {
    const s = connected().after(
      { type: 'department.create', departmentId: 'd', name: 'Support', memberIds: ['bob'] },
      { type: 'department.create', departmentId: 'away', name: 'Away', memberIds: ['cid'] },
      hold,
    );
    s.refuses(
      { ...toBob(), target: { kind: 'department', departmentId: 'away' } } as Command,
      'conflict',
      'target.departmentId',
    );
    s.when({ ...toBob(), target: { kind: 'department', departmentId: 'd' } } as Command);
    expect(ringing(s)).toEqual(['bob']);
  });

  it('to a department of 300 mostly offline: the pick comes from its availability index and skips the busy', () => {
    const offline = Array.from({ length: 300 }, (_, i) => `off${i}`);
    const pickFor = (cid: 'online' | 'pause') => {
      const s = connected().after(
        ...offline.map(
          (id) => ({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test` }) as Command,
        ),
        {
          type: 'department.create',
          departmentId: 'd',
          name: 'Support',
          memberIds: [...offline, 'ann', 'cid', 'bob'],
        },
        { type: 'presence.set', userId: 'cid', presence: cid },
        hold,
      );
      s.when({ ...toBob(), target: { kind: 'department', departmentId: 'd' } } as Command);
      return ringing(s);
    };
    // Least busy, then never answered before answered, then member order: cid before bob.
    expect(pickFor('online')).toEqual(['cid']);
    expect(pickFor('pause')).toEqual(['bob']);
  });
});

describe('recording across a transfer (V2)', () => {
  it('each connected segment is recorded, all on the one call', () => {
    const s = new Scenario().after(
      createdWorkspace,
      { type: 'user.create', userId: 'ann', name: 'ann', email: 'ann@acme.test' },
      { type: 'user.create', userId: 'bob', name: 'bob', email: 'bob@acme.test' },
      {
        type: 'number.add',
        numberId: 'n1',
        e164: '+34911234567',
        kind: 'rented',
        settings: { record: true, strategy: 'sequential' },
      },
      { type: 'presence.set', userId: 'ann', presence: 'online' },
      { type: 'presence.set', userId: 'bob', presence: 'online' },
      { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
      { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
      hold,
    );
    s.advance(10_000);
    const started = s.when(toBob());
    expect(started).toContainEqual(
      expect.objectContaining({ type: 'call.recording_stopped', recordingId: 'rec_c1', durationMs: 10_000 }),
    );
    const answered = s.when({
      type: 'call.answer_leg',
      callId: 'c1',
      legId: s.state.calls.get('c1')!.transfer!.targetLegId,
    });
    expect(answered).toContainEqual({
      type: 'call.recording_started',
      callId: 'c1',
      recordingId: 'rec_c1_2',
    });
    s.advance(5_000);
    const ended = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(ended).toContainEqual(
      expect.objectContaining({ type: 'call.recording_stopped', recordingId: 'rec_c1_2', durationMs: 5_000 }),
    );
  });
});
