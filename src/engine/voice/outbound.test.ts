import { describe, expect, it } from 'vitest';
import { createdWorkspace, Scenario, types } from '../testing.ts';

function workspace(voicedropMessage?: string) {
  return new Scenario().after(
    createdWorkspace,
    { type: 'billing.top_up', amountCents: 500 },
    { type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test' },
    { type: 'user.create', userId: 'bob', name: 'Bob', email: 'bob@acme.test' },
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      assignedUserIds: ['ann'],
      settings: voicedropMessage ? { voicedropMessage } : {},
    },
    { type: 'presence.set', userId: 'ann', presence: 'online' },
  );
}

const dial = {
  type: 'call.outbound',
  callId: 'o1',
  userId: 'ann',
  numberId: 'n1',
  to: '+34699000111',
} as const;

describe('outbound calls (W8, V9, V17)', () => {
  it('an agent calls out from an assigned number; answered and hung up, it is charged per started minute', () => {
    const s = workspace().after(dial, { type: 'call.answer_leg', callId: 'o1', legId: 'o1.1' });
    expect(s.state.users.ann!.connectedLegs).toBe(1);
    s.advance(90_000);
    const events = s.when({ type: 'call.hangup_leg', callId: 'o1', legId: 'o1.0' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'call.charged', amountCents: 18 }));
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'answered', endedBy: 'agent' });
    expect(s.state.users.ann!.connectedLegs).toBe(0);
  });

  it('W8: a user not assigned to the number may not call from it', () => {
    workspace().refuses({ ...dial, userId: 'bob' }, 'forbidden', 'numberId');
  });

  it('V17: without balance the call is refused with the reason', () => {
    const s = workspace().after({ type: 'billing.update', balanceCents: 0 });
    s.refuses(dial, 'insufficient_balance', 'numberId');
  });

  it('an unanswered outgoing call ends as missed after a minute', () => {
    const s = workspace().after(dial);
    const events = s.advance(60_000).fireDueTimers();
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'missed' });
  });

  it('V9: voicedrop leaves the message in the voicemail box and frees the agent at once', () => {
    const s = workspace('Hi, this is Ann from Acme, call me back').after(dial, {
      type: 'call.answer_leg',
      callId: 'o1',
      legId: 'o1.1',
    });
    const events = s.when({ type: 'call.voicedrop', callId: 'o1' });
    expect(types(events)).toEqual(['call.voicedrop', 'call.leg_ended', 'call.playing', 'timer.set']);
    expect(s.state.users.ann!.connectedLegs).toBe(0);
    const end = s.advance(5_000).fireDueTimers();
    expect(end.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'voicedrop' });
  });

  it('V9: voicedrop needs a message in the number’s settings', () => {
    const s = workspace().after(dial, { type: 'call.answer_leg', callId: 'o1', legId: 'o1.1' });
    s.refuses({ type: 'call.voicedrop', callId: 'o1' }, 'validation', 'voicedropMessage');
  });
});

describe('voicemail heard (V8)', () => {
  it('a voicemail is unheard until marked heard, once', () => {
    const s = new Scenario().after(
      createdWorkspace,
      {
        type: 'number.add',
        numberId: 'n1',
        e164: '+34911234567',
        kind: 'rented',
        settings: { offlineAction: { kind: 'voicemail' } },
      },
      { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
    );
    s.advance(10_000).fireDueTimers();
    s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(Object.fromEntries(s.state.unheardVoicemails)).toEqual({ vm_c1: 'n1' });
    expect(JSON.parse(JSON.stringify(s.state)).unheardVoicemails).toEqual({ vm_c1: 'n1' });
    expect(s.when({ type: 'voicemail.mark_heard', voicemailId: 'vm_c1', userId: 'ann' })).toEqual([
      { type: 'voicemail.heard', voicemailId: 'vm_c1', numberId: 'n1', userId: 'ann' },
    ]);
    s.refuses({ type: 'voicemail.mark_heard', voicemailId: 'vm_c1' }, 'not_found', 'voicemailId');
  });
});
