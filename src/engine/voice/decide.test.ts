import { describe, expect, it } from 'vitest';
import { createdWorkspace, Scenario, types } from '../testing.ts';

function twoAgents() {
  return new Scenario().after(
    createdWorkspace,
    { type: 'user.create', userId: 'u_ann', name: 'Ann', email: 'ann@acme.test' },
    { type: 'user.create', userId: 'u_bob', name: 'Bob', email: 'bob@acme.test' },
    { type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'rented' },
    { type: 'presence.set', userId: 'u_ann', presence: 'online' },
    { type: 'presence.set', userId: 'u_bob', presence: 'online' },
  );
}

const inbound = { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' } as const;

describe('inbound call lifecycle', () => {
  it('given two online agents, when a call arrives, then both ring and a ring timer is set', () => {
    const s = twoAgents();
    const events = s.when(inbound);
    expect(types(events)).toEqual(['call.received', 'call.routed', 'call.leg_ringing', 'call.leg_ringing', 'timer.set']);
  });

  it('given a ringing call, when one agent answers, then the other stops ringing', () => {
    const s = twoAgents().after(inbound);
    const events = s.when({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.2' });
    expect(types(events)).toEqual(['timer.cleared', 'call.leg_ended', 'call.leg_answered']);
    expect(s.state.calls.c1!.agentId).toBe('u_bob');
  });

  it('given a ringing call, when nobody answers in 30 s, then the call is missed', () => {
    const s = twoAgents().after(inbound).advance(30_000);
    const events = s.fireDueTimers();
    expect(types(events)).toContain('call.ended');
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'missed' });
    expect(s.state.users.u_ann!.missedOffers).toBe(1);
    expect(s.state.calls.c1).toBeUndefined();
  });

  it('given no agent online, when a call arrives, then it ends with no_agent and the routing says why', () => {
    const s = twoAgents().after(
      { type: 'presence.set', userId: 'u_ann', presence: 'offline' },
      { type: 'presence.set', userId: 'u_bob', presence: 'pause' },
    );
    const events = s.when(inbound);
    expect(events[1]).toMatchObject({
      type: 'call.routed',
      candidates: [
        { userId: 'u_ann', offered: false, reason: 'presence is offline' },
        { userId: 'u_bob', offered: false, reason: 'presence is pause' },
      ],
    });
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'no_agent' });
  });

  it('given an agent at full voice capacity, when a second call arrives, then they are not offered it', () => {
    const s = twoAgents().after(inbound, { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' });
    const events = s.when({ ...inbound, callId: 'c2' });
    expect(events[1]).toMatchObject({ candidates: [{ userId: 'u_ann', offered: false }, { userId: 'u_bob', offered: true }] });
  });

  it('given a ringing call, when the caller hangs up, then it is abandoned and the timer cleared', () => {
    const s = twoAgents().after(inbound);
    const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'abandoned', endedBy: 'customer' });
    expect(s.state.timers).toEqual({});
  });

  it('given both agents reject, then the call is missed', () => {
    const s = twoAgents().after(inbound, { type: 'call.reject_leg', callId: 'c1', legId: 'c1.1' });
    const events = s.when({ type: 'call.reject_leg', callId: 'c1', legId: 'c1.2' });
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'missed' });
  });

  it('refuses a call to a number that is not the workspace’s', () => {
    twoAgents().refuses({ ...inbound, to: '+34911000000' }, 'validation', 'to');
  });
});
