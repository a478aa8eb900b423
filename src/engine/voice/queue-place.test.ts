import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, Scenario } from '../testing.ts';

/*
 * Issue 21 item 5, R3 queue fairness: a caller who already waited in the queue and was
 * offered to an agent who let it ring out (or declined) goes back to their own place in the
 * queue, not behind the callers who came after them, and not to the no-answer fallback.
 * Ann and Bob each talk to a caller (c0a, c0b); c1 then c2 wait. Ann is paused after one
 * missed offer, so she is not rung again at once.
 */

/** Ann and Bob online on the number n1 (+34911234567). */
function annAndBob(settings: object, ...first: Command[]): Command[] {
  const commands: Command[] = [createdWorkspace, { type: 'billing.top_up', amountCents: 1000 }, ...first];
  for (const id of ['ann', 'bob'])
    commands.push(
      { type: 'user.create', userId: id, name: id, email: `${id}@acme.test`, role: 'agent' } as Command,
      { type: 'presence.set', userId: id, presence: 'online' },
    );
  commands.push({
    type: 'number.add',
    numberId: 'n1',
    e164: '+34911234567',
    kind: 'rented',
    settings,
  } as Command);
  return commands;
}

const call = (callId: string, from: string): Command => ({
  type: 'call.inbound',
  callId,
  from,
  to: '+34911234567',
});

function twoWaiting(): Scenario {
  const commands = annAndBob(
    { strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } },
    { type: 'workspace.update', missedOfferPolicy: { after: 1, presence: 'pause' } },
  );
  commands.push(
    call('c0a', '+34600000001'),
    { type: 'call.answer_leg', callId: 'c0a', legId: 'c0a.1' },
    call('c0b', '+34600000002'),
    { type: 'call.answer_leg', callId: 'c0b', legId: 'c0b.1' },
  );
  const s = new Scenario().after(...commands);
  s.advance(1_000).when(call('c1', '+34600000003'));
  s.advance(1_000).when(call('c2', '+34600000004'));
  return s;
}

const ringing = (events: Event[]) =>
  events.flatMap((event) => (event.type === 'call.leg_ringing' ? [`${event.callId}:${event.userId}`] : []));

describe('a caller back from an unanswered offer keeps their place in the queue (issue 21 item 5, R3)', () => {
  it('R3: c1 rings out on Ann and goes back ahead of c2 (told no. 1); Bob, freed next, gets c1', () => {
    const s = twoWaiting();
    expect(s.state.waiting).toEqual(['c1', 'c2']);
    expect(ringing(s.when({ type: 'call.hangup_leg', callId: 'c0a', legId: 'c0a.1' }))).toEqual(['c1:ann']);
    expect(s.state.waiting).toEqual(['c2']);
    const rangOut = s.advance(30_000).fireDueTimers();
    expect(rangOut).toContainEqual(
      expect.objectContaining({ type: 'call.queued', callId: 'c1', position: 1 }),
    );
    expect(rangOut.map((event) => event.type)).not.toContain('call.ended');
    expect(s.state.users.ann!.presence).toBe('pause');
    expect(s.state.waiting).toEqual(['c1', 'c2']);
    expect(ringing(s.when({ type: 'call.hangup_leg', callId: 'c0b', legId: 'c0b.1' }))).toEqual(['c1:bob']);
  });

  it('R3: declined by the agent, the same; past the maximum wait the fallback runs as before', () => {
    const s = twoWaiting();
    s.when({ type: 'call.hangup_leg', callId: 'c0a', legId: 'c0a.1' });
    const declined = s.when({ type: 'call.reject_leg', callId: 'c1', legId: 'c1.1' });
    expect(declined).toContainEqual(
      expect.objectContaining({ type: 'call.queued', callId: 'c1', position: 1 }),
    );
    // Ann declined (not a miss): she is still online and takes the head of the queue again.
    expect(ringing(declined)).toEqual(['c1:ann']);
    const maxWaitMs = s.state.numbers.n1!.settings.queue.maxWaitSec * 1000;
    s.advance(maxWaitMs);
    const late = s.when({ type: 'call.reject_leg', callId: 'c1', legId: 'c1.2' });
    expect(late).toContainEqual(
      expect.objectContaining({ type: 'call.ended', callId: 'c1', outcome: 'missed' }),
    );
    expect(late.filter((event) => event.type === 'call.queued')).toEqual([]);
    // Ann, free again, takes the next caller.
    expect(ringing(late)).toEqual(['c2:ann']);
  });

  it('R3: a held call ringing back its transfer’s initiator is not put among the waiting callers', () => {
    const s = twoWaiting().after(
      { type: 'call.hangup_leg', callId: 'c2', legId: 'c2.0' },
      { type: 'call.hangup_leg', callId: 'c0a', legId: 'c0a.1' },
      { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
      { type: 'call.hold', callId: 'c1', userId: 'ann' },
      {
        type: 'call.transfer',
        callId: 'c1',
        transferId: 't1',
        userId: 'ann',
        target: { kind: 'external', number: '+34600999888' },
        method: 'direct',
      },
    );
    const declined = s.when({ type: 'call.reject_leg', callId: 'c1', legId: 'c1.2' });
    expect(declined).toContainEqual(
      expect.objectContaining({ type: 'call.transfer_failed', returnTo: 'initiator' }),
    );
    expect(ringing(declined)).toEqual(['c1:ann']);
    const rangOut = s.advance(30_000).fireDueTimers();
    expect(rangOut.filter((event) => event.type === 'call.queued')).toEqual([]);
    expect(rangOut).toContainEqual(expect.objectContaining({ type: 'call.ended', callId: 'c1' }));
  });
});

describe('a caller put back in the queue is offered at once to an agent already free', () => {
  it('simultaneous ring: Ann pauses while c1 rings her; Bob, free since before, is rung at once (property counterexample)', () => {
    const s = new Scenario().after(
      ...annAndBob({ strategy: 'simultaneous' }),
      call('c0a', '+34600000001'),
      { type: 'call.answer_leg', callId: 'c0a', legId: 'c0a.1' },
      call('c0b', '+34600000002'),
      { type: 'call.answer_leg', callId: 'c0b', legId: 'c0b.1' },
    );
    s.advance(1_000).when(call('c1', '+34600000003'));
    expect(s.state.waiting).toEqual(['c1']);
    expect(ringing(s.when({ type: 'call.hangup_leg', callId: 'c0a', legId: 'c0a.1' }))).toEqual(['c1:ann']);
    expect(ringing(s.when({ type: 'call.hangup_leg', callId: 'c0b', legId: 'c0b.0' }))).toEqual([]);
    const paused = s.when({ type: 'presence.set', userId: 'ann', presence: 'pause' });
    expect(ringing(paused)).toEqual(['c1:bob']);
    expect(s.state.waiting).toEqual([]);
  });
});
