import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, Scenario } from '../testing.ts';

/*
 * R4 (issue 21): a supervisor on a call follows it through a hold and a transfer. Legs: c1.0
 * the caller, c1.1 Ann, c1.2 Sue (the supervisor), c1.3 Bob when Ann transfers to him.
 */
function sueOnAnnsCall(mode: 'listen' | 'whisper' | 'barge'): Scenario {
  const commands: Command[] = [createdWorkspace, { type: 'billing.top_up', amountCents: 1000 }];
  for (const [id, role] of [
    ['ann', 'agent'],
    ['bob', 'agent'],
    ['sue', 'supervisor'],
  ] as const)
    commands.push({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test`, role } as Command, {
      type: 'presence.set',
      userId: id,
      presence: id === 'sue' ? 'pause' : 'online',
    });
  commands.push(
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      assignedUserIds: ['ann'],
      settings: { strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } },
    },
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
    { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
    { type: 'call.monitor', callId: 'c1', userId: 'sue', mode },
    { type: 'call.answer_leg', callId: 'c1', legId: 'c1.2' },
  );
  return new Scenario().after(...commands);
}

const followed = (events: Event[]) =>
  events.filter((event) => event.type === 'call.monitor_followed') as Array<
    Extract<Event, { type: 'call.monitor_followed' }>
  >;
const hold: Command = { type: 'call.hold', callId: 'c1', userId: 'ann' };
const resume: Command = { type: 'call.resume', callId: 'c1', userId: 'ann' };
const transferToBob = (method: 'direct' | 'assisted'): Command => ({
  type: 'call.transfer',
  callId: 'c1',
  transferId: 't1',
  userId: 'ann',
  target: { kind: 'user', userId: 'bob' },
  method,
});
const bobAnswers: Command = { type: 'call.answer_leg', callId: 'c1', legId: 'c1.3' };

describe('a supervisor follows the call through hold and transfer (R4, issue 21 item 1)', () => {
  it('R4: Ann holds — listening Sue hears Ann only, the caller keeps the music; resumed, Sue hears both again', () => {
    const s = sueOnAnnsCall('listen');
    const held = s.when(hold);
    expect(held.map((event) => event.type)).toEqual(['call.held', 'call.monitor_followed']);
    expect(followed(held)[0]).toMatchObject({
      legId: 'c1.2',
      userId: 'sue',
      mode: 'listen',
      agentIds: ['ann'],
      audio: { listen: [{ legId: 'c1.2', hears: ['c1.1'] }] },
    });
    // The caller's hold music is untouched: the supervisor's audio never names them while held.
    expect(JSON.stringify(followed(held)[0]!.audio)).not.toContain('c1.0');
    expect(followed(s.when(resume))[0]!.audio).toEqual({
      talk: ['c1.0', 'c1.1'],
      listen: [{ legId: 'c1.2', hears: ['c1.0', 'c1.1'] }],
    });
  });

  it('R4: during a hold a whisper still reaches Ann and a barge talks with her, away from the caller', () => {
    const whisper = sueOnAnnsCall('whisper');
    expect(followed(whisper.when(hold))[0]!.audio).toEqual({
      listen: [
        { legId: 'c1.2', hears: ['c1.1'] },
        { legId: 'c1.1', hears: ['c1.2'] },
      ],
    });
    const barge = sueOnAnnsCall('barge');
    expect(followed(barge.when(hold))[0]!.audio).toEqual({ talk: ['c1.1', 'c1.2'] });
    // And Sue may change mode while the caller is held: it applies to Ann's side.
    const changed = barge.when({ type: 'call.monitor_mode', callId: 'c1', userId: 'sue', mode: 'listen' });
    expect(changed).toEqual([
      expect.objectContaining({
        type: 'call.monitor_changed',
        audio: { listen: [{ legId: 'c1.2', hears: ['c1.1'] }] },
      }),
    ]);
  });

  it('R4: a direct transfer — Ann leaves, Sue hears the held caller while Bob rings, then the caller and Bob', () => {
    const s = sueOnAnnsCall('listen').after(hold);
    const started = s.when(transferToBob('direct'));
    expect(followed(started)).toEqual([
      expect.objectContaining({ agentIds: [], audio: { listen: [{ legId: 'c1.2', hears: ['c1.0'] }] } }),
    ]);
    const answered = s.when(bobAnswers);
    expect(followed(answered)).toEqual([
      expect.objectContaining({
        agentIds: ['bob'],
        mode: 'listen',
        audio: { talk: ['c1.0', 'c1.3'], listen: [{ legId: 'c1.2', hears: ['c1.0', 'c1.3'] }] },
      }),
    ]);
    // The follow comes after the hand-over, so the line's last word for Sue is the new call.
    expect(answered.at(-1)!.type).toBe('call.monitor_followed');
    expect(s.state.calls.get('c1')!.legs.get('c1.2')).toMatchObject({
      status: 'connected',
      monitor: 'listen',
    });
    expect(s.state.calls.get('c1')!.agentId).toBe('bob');
  });

  it('R4: an assisted transfer — Sue hears the consult, the conference, then the caller with Bob', () => {
    const s = sueOnAnnsCall('whisper').after(hold, transferToBob('assisted'));
    const consult = followed(s.when(bobAnswers));
    expect(consult[0]).toMatchObject({
      agentIds: ['ann', 'bob'],
      audio: {
        listen: [
          { legId: 'c1.2', hears: ['c1.1', 'c1.3'] },
          { legId: 'c1.1', hears: ['c1.3', 'c1.2'] },
          { legId: 'c1.3', hears: ['c1.1', 'c1.2'] },
        ],
      },
    });
    const conference = followed(s.when({ type: 'call.transfer_conference', callId: 'c1', userId: 'ann' }));
    expect(conference[0]!.audio.talk).toEqual(['c1.0', 'c1.1', 'c1.3']);
    const completed = followed(s.when({ type: 'call.transfer_complete', callId: 'c1', userId: 'ann' }));
    expect(completed[0]).toMatchObject({
      agentIds: ['bob'],
      mode: 'whisper',
      audio: {
        talk: ['c1.0', 'c1.3'],
        listen: [
          { legId: 'c1.2', hears: ['c1.0', 'c1.3'] },
          { legId: 'c1.3', hears: ['c1.0', 'c1.2'] },
        ],
      },
    });
  });

  it('R4: a failed direct transfer rings Ann again; Sue stays on the held caller until someone answers', () => {
    const s = sueOnAnnsCall('listen').after(hold, transferToBob('direct'));
    const declined = s.when({ type: 'call.reject_leg', callId: 'c1', legId: 'c1.3' });
    expect(declined.map((event) => event.type)).toContain('call.transfer_failed');
    expect(s.state.calls.get('c1')!.legs.get('c1.2')!.status).toBe('connected');
    expect(
      [...s.state.calls.get('c1')!.legs.values()].some(
        (leg) => leg.userId === 'ann' && leg.status === 'ringing',
      ),
    ).toBe(true);
  });

  it('R4: a decision that does not touch the line tells Sue nothing; once she has left, nothing follows her', () => {
    const s = sueOnAnnsCall('listen');
    expect(
      followed(
        s.when({
          type: 'call.quality',
          callId: 'c1',
          legId: 'c1.1',
          quality: { jitterMs: 3, lossPercent: 0, mos: 4.2 },
        }),
      ),
    ).toEqual([]);
    s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.2' });
    expect(followed(s.when(hold))).toEqual([]);
  });
});
