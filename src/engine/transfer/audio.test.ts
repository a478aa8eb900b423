import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, Scenario } from '../testing.ts';

/*
 * Issue 12 #13, seed 000 ("pon al llamante en espera"): hold and every step of a transfer say
 * what the phone line changes, so the caller hears hold music while held and during a
 * consult, and never the consult itself. Legs: c1.0 the caller, c1.1 Ann, c1.2 Bob.
 */

function answeredByAnn(): Scenario {
  const commands: Command[] = [
    { ...createdWorkspace, plan: 'business' } as Command,
    { type: 'billing.top_up', amountCents: 1000 },
  ];
  for (const id of ['ann', 'bob'])
    commands.push(
      { type: 'user.create', userId: id, name: id, email: `${id}@acme.test` },
      { type: 'presence.set', userId: id, presence: 'online' },
    );
  commands.push(
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      settings: { strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } },
    },
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
    { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
  );
  return new Scenario().after(...commands);
}

const hold = { type: 'call.hold', callId: 'c1', userId: 'ann' } as const;
const resume = { type: 'call.resume', callId: 'c1', userId: 'ann' } as const;
const transfer = (method: 'direct' | 'assisted') =>
  ({
    type: 'call.transfer',
    callId: 'c1',
    transferId: 't1',
    userId: 'ann',
    target: { kind: 'user', userId: 'bob' },
    method,
  }) as const;
const bobAnswers = { type: 'call.answer_leg', callId: 'c1', legId: 'c1.2' } as const;

const audioOf = (events: Event[], type: Event['type']) => {
  const event = events.find((candidate) => candidate.type === type);
  expect(event, `no ${type}`).toBeDefined();
  return (event as { audio?: unknown }).audio;
};

const callerHeld = { legId: 'c1.0', sound: 'hold_music' };

describe('what each leg hears on hold and during transfers (issue 12 #13, seed 000)', () => {
  it('hold: the caller hears hold music and Ann silence; resume: they talk again', () => {
    const s = answeredByAnn();
    expect(audioOf(s.when(hold), 'call.held')).toEqual({
      hear: [callerHeld, { legId: 'c1.1', sound: 'silence' }],
    });
    expect(audioOf(s.when(resume), 'call.resumed')).toEqual({ talk: ['c1.0', 'c1.1'] });
  });

  it('direct: the caller keeps the hold music while Bob rings, then talks to Bob', () => {
    const s = answeredByAnn().after(hold);
    expect(audioOf(s.when(transfer('direct')), 'call.transfer_started')).toBeUndefined();
    const answered = s.when(bobAnswers);
    // An ordinary answer: the driver bridges Bob to the caller.
    expect(audioOf(answered, 'call.leg_answered')).toBeUndefined();
    expect(audioOf(answered, 'call.transfer_completed')).toEqual({ talk: ['c1.0', 'c1.2'] });
    expect(s.state.calls.get('c1')!.held).toBe(false);
  });

  it('assisted: Ann hears Bob ring, then consults him while the caller hears only hold music', () => {
    const s = answeredByAnn().after(hold);
    expect(audioOf(s.when(transfer('assisted')), 'call.transfer_started')).toEqual({
      hear: [{ legId: 'c1.1', sound: 'ringback' }],
    });
    expect(audioOf(s.when(bobAnswers), 'call.leg_answered')).toEqual({
      talk: ['c1.1', 'c1.2'],
      hear: [callerHeld],
    });
  });

  it('assisted, complete: Ann leaves and the caller talks to Bob', () => {
    const s = answeredByAnn().after(hold, transfer('assisted'), bobAnswers);
    const events = s.when({ type: 'call.transfer_complete', callId: 'c1', userId: 'ann' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'call.leg_ended', legId: 'c1.1' }));
    expect(audioOf(events, 'call.transfer_completed')).toEqual({ talk: ['c1.0', 'c1.2'] });
  });

  it('assisted, cancel: Bob’s leg ends, Ann is back with the held caller, who never stopped hearing music', () => {
    const s = answeredByAnn().after(hold, transfer('assisted'), bobAnswers);
    const events = s.when({ type: 'call.transfer_cancel', callId: 'c1', userId: 'ann' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'call.leg_ended', legId: 'c1.2' }));
    expect(audioOf(events, 'call.transfer_cancelled')).toEqual({
      hear: [{ legId: 'c1.1', sound: 'silence' }],
    });
    expect(audioOf(s.when(resume), 'call.resumed')).toEqual({ talk: ['c1.0', 'c1.1'] });
  });

  it('assisted, bring together: all three talk; Ann leaves and the caller stays with Bob', () => {
    const s = answeredByAnn().after(hold, transfer('assisted'), bobAnswers);
    const together = s.when({ type: 'call.transfer_conference', callId: 'c1', userId: 'ann' });
    expect(audioOf(together, 'call.transfer_conference_started')).toEqual({ talk: ['c1.0', 'c1.1', 'c1.2'] });
    const left = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.1' });
    expect(audioOf(left, 'call.transfer_completed')).toEqual({ talk: ['c1.0', 'c1.2'] });
  });

  it('assisted: Bob hangs up in the conference: Ann and the caller go on talking', () => {
    const s = answeredByAnn().after(hold, transfer('assisted'), bobAnswers, {
      type: 'call.transfer_conference',
      callId: 'c1',
      userId: 'ann',
    });
    const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.2' });
    expect(audioOf(events, 'call.transfer_cancelled')).toEqual({ talk: ['c1.0', 'c1.1'] });
  });

  it('assisted: Bob declines: Ann, who heard ringback, is back with the held caller', () => {
    const s = answeredByAnn().after(hold, transfer('assisted'));
    const events = s.when({ type: 'call.reject_leg', callId: 'c1', legId: 'c1.2' });
    expect(audioOf(events, 'call.transfer_failed')).toEqual({ hear: [{ legId: 'c1.1', sound: 'silence' }] });
  });

  it('hold and resume are refused while a transfer owns the line, so the caller cannot hear a consult', () => {
    const s = answeredByAnn().after(hold, transfer('assisted'), bobAnswers);
    s.refuses(resume, 'conflict', 'callId');
    s.when({ type: 'call.transfer_conference', callId: 'c1', userId: 'ann' });
    s.refuses(hold, 'conflict', 'callId');
  });

  it('a direct transfer nobody answers comes back to Ann; her answer takes the caller off hold', () => {
    const s = answeredByAnn().after(hold, transfer('direct'));
    s.advance(30_000).fireDueTimers();
    const [back] = [...s.state.calls.get('c1')!.legs.values()].filter((leg) => leg.status === 'ringing');
    s.when({ type: 'call.answer_leg', callId: 'c1', legId: back!.id });
    expect(s.state.calls.get('c1')).toMatchObject({ held: false, phase: 'connected', agentId: 'ann' });
  });
});
