import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, Scenario, types } from '../testing.ts';

/*
 * R4 (issue 21): a supervisor listens to, whispers to or barges into a live call; their
 * phone rings first, and each mode says who hears whom. Legs: c1.0 the caller, c1.1 Ann,
 * c1.2 Sue (the supervisor).
 */

function annTalking(): Scenario {
  const commands: Command[] = [createdWorkspace, { type: 'billing.top_up', amountCents: 1000 }];
  for (const [id, role] of [
    ['ann', 'agent'],
    ['bob', 'agent'],
    ['sue', 'supervisor'],
  ] as const)
    commands.push({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test`, role } as Command, {
      type: 'presence.set',
      userId: id,
      presence: id === 'ann' ? 'online' : 'pause',
    });
  commands.push(
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      assignedUserIds: ['ann', 'bob'],
      settings: { strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } },
    },
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
    { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
  );
  return new Scenario().after(...commands);
}

const monitor = (mode: string, userId = 'sue') =>
  ({ type: 'call.monitor', callId: 'c1', userId, mode }) as Command;
const sueAnswers: Command = { type: 'call.answer_leg', callId: 'c1', legId: 'c1.2' };
const audioOf = (events: Event[]) => (events.find((event) => 'audio' in event) as { audio?: unknown })?.audio;

describe('supervisor listen, whisper and barge (R4)', () => {
  it('R4: listen — Sue’s phone rings; answered, she hears the caller and Ann, and nobody hears her', () => {
    const s = annTalking();
    expect(s.when(monitor('listen'))).toEqual([
      { type: 'call.monitor_ringing', callId: 'c1', legId: 'c1.2', userId: 'sue', mode: 'listen' },
    ]);
    expect(s.state.users.sue!.ringingLegs).toBe(1);
    const joined = s.when(sueAnswers);
    expect(types(joined)).toEqual(['call.monitor_joined']);
    expect(audioOf(joined)).toEqual({
      talk: ['c1.0', 'c1.1'],
      listen: [{ legId: 'c1.2', hears: ['c1.0', 'c1.1'] }],
    });
    expect(s.state.calls.get('c1')!.agentId).toBe('ann');
    expect(s.state.users.sue!).toMatchObject({ ringingLegs: 0, connectedLegs: 1 });
  });

  it('R4: whisper — Ann hears Sue as well, the caller still only Ann; barge — all three talk', () => {
    const s = annTalking().after(monitor('listen'), sueAnswers);
    const whisper = s.when({ type: 'call.monitor_mode', callId: 'c1', userId: 'sue', mode: 'whisper' });
    expect(audioOf(whisper)).toEqual({
      talk: ['c1.0', 'c1.1'],
      listen: [
        { legId: 'c1.2', hears: ['c1.0', 'c1.1'] },
        { legId: 'c1.1', hears: ['c1.0', 'c1.2'] },
      ],
    });
    const barge = s.when({ type: 'call.monitor_mode', callId: 'c1', userId: 'sue', mode: 'barge' });
    expect(audioOf(barge)).toEqual({ talk: ['c1.0', 'c1.1', 'c1.2'] });
    expect(s.state.calls.get('c1')!.legs.get('c1.2')!.monitor).toBe('barge');
  });

  it('R4: Ann hanging up ends a call Sue only listens to; after a barge the caller stays with Sue', () => {
    const listening = annTalking().after(monitor('listen'), sueAnswers);
    const ended = listening.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.1' });
    expect(ended.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'answered', endedBy: 'agent' });
    expect(listening.state.users.sue!.connectedLegs).toBe(0);
    const barged = annTalking().after(monitor('barge'), sueAnswers);
    expect(types(barged.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.1' }))).not.toContain(
      'call.ended',
    );
    expect(barged.state.calls.get('c1')!.phase).toBe('connected');
  });

  it('R4: Sue leaving changes nothing for the caller and Ann', () => {
    const s = annTalking().after(monitor('whisper'), sueAnswers);
    expect(types(s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.2' }))).toEqual([
      'call.leg_ended',
    ]);
    expect(s.state.calls.get('c1')!.phase).toBe('connected');
    // Ann still holds the call as its agent: hold is hers, not the supervisor's.
    expect(types(s.when({ type: 'call.hold', callId: 'c1', userId: 'ann' }))).toContain('call.held');
  });

  it('R4: only supervisors and admins; only a talking call; a bad mode names the field; nothing changes', () => {
    const s = annTalking();
    s.refuses(monitor('listen', 'bob'), 'forbidden', 'userId');
    s.refuses(monitor('eavesdrop'), 'validation', 'mode');
    s.refuses({ type: 'call.monitor', callId: 'nope', userId: 'sue', mode: 'listen' }, 'not_found', 'callId');
    s.refuses(
      { type: 'call.monitor_mode', callId: 'c1', userId: 'sue', mode: 'barge' },
      'conflict',
      'userId',
    );
    s.when({ type: 'call.hold', callId: 'c1', userId: 'ann' });
    s.refuses(monitor('listen'), 'conflict', 'callId');
  });

  it('R4: a call still ringing Ann is sent to Bob by a supervisor: Ann’s phone stops, Bob’s rings', () => {
    const s = annTalking().after(
      { type: 'call.hangup_leg', callId: 'c1', legId: 'c1.1' },
      { type: 'presence.set', userId: 'bob', presence: 'online' },
      { type: 'call.inbound', callId: 'c2', from: '+34600111333', to: '+34911234567' },
    );
    expect(s.state.calls.get('c2')!.legs.get('c2.1')).toMatchObject({ userId: 'ann', status: 'ringing' });
    const command = (userId: string) =>
      ({
        type: 'call.supervisor_transfer',
        callId: 'c2',
        transferId: 't1',
        userId: 'sue',
        target: { kind: 'user', userId },
      }) as Command;
    s.refuses(command('sue'), 'conflict', 'target.userId');
    const events = s.when(command('bob'));
    expect(events[0]).toMatchObject({
      type: 'call.supervisor_action',
      userId: 'sue',
      target: { userId: 'bob' },
    });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.leg_ended', legId: 'c2.1', reason: 'transferred' }),
    );
    expect(events).toContainEqual(expect.objectContaining({ type: 'call.leg_ringing', userId: 'bob' }));
    expect(s.state.users.ann!.ringingLegs).toBe(0);
  });

  it('R4: a supervisor transfers Ann’s call to Bob: held, transferred on Ann’s behalf, and the history says Sue did it', () => {
    const s = annTalking().after({ type: 'presence.set', userId: 'bob', presence: 'online' });
    const events = s.when({
      type: 'call.supervisor_transfer',
      callId: 'c1',
      transferId: 't1',
      userId: 'sue',
      target: { kind: 'user', userId: 'bob' },
    });
    expect(types(events).slice(0, 3)).toEqual([
      'call.supervisor_action',
      'call.held',
      'call.transfer_started',
    ]);
    expect(events[0]).toMatchObject({ userId: 'sue', agentId: 'ann', action: 'transfer' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'call.leg_ringing', userId: 'bob' }));
    s.refuses(
      {
        type: 'call.supervisor_transfer',
        callId: 'c1',
        transferId: 't2',
        userId: 'bob',
        target: { kind: 'user', userId: 'ann' },
      },
      'forbidden',
      'userId',
    );
  });
});
