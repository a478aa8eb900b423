import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { rebuildRoutingIndexes } from '../routing/pool-index.ts';
import { createdWorkspace, Scenario, types } from '../testing.ts';
import type { NumberSettingsPatch } from './number-settings.ts';

const agents = ['ann', 'bob', 'cid'];

function workspace(settings: NumberSettingsPatch = {}, online = agents) {
  const commands: Command[] = [createdWorkspace];
  for (const id of agents)
    commands.push({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test` });
  commands.push({ type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'rented', settings });
  for (const id of online) commands.push({ type: 'presence.set', userId: id, presence: 'online' });
  return new Scenario().after(...commands);
}

const inbound = { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' } as const;
const ringingUsers = (s: Scenario) =>
  [...(s.state.calls.get('c1')?.legs.values() ?? [])]
    .filter((leg) => leg.status === 'ringing')
    .map((leg) => leg.userId);

describe('inbound pipeline', () => {
  it('V5 simultaneous: all ring; the first answer wins and the others stop at once', () => {
    const s = workspace({ strategy: 'simultaneous' }).after(inbound);
    expect(ringingUsers(s)).toEqual(['ann', 'bob', 'cid']);
    const events = s.when({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.2' });
    expect(types(events)).toEqual(['timer.cleared', 'call.leg_ended', 'call.leg_ended', 'call.leg_answered']);
    expect(s.state.calls.get('c1')!.agentId).toBe('bob');
    expect(s.state.users.ann!.ringingLegs).toBe(0);
  });

  it('V5 sequential: one at a time; on no answer after the ring timeout, the next', () => {
    const s = workspace({ strategy: 'sequential', ringTimeoutSec: 20 }).after(inbound);
    expect(ringingUsers(s)).toEqual(['ann']);
    s.advance(20_000).fireDueTimers();
    expect(ringingUsers(s)).toEqual(['bob']);
    expect(s.state.users.ann!.missedOffers).toBe(1);
  });

  it('V5 longest_idle: the agent idle longest rings first', () => {
    const s = workspace({ strategy: 'longest_idle' });
    s.state.users.ann!.lastAnsweredAt = 3;
    s.state.users.bob!.lastAnsweredAt = 1;
    s.state.users.cid!.lastAnsweredAt = 2;
    rebuildRoutingIndexes(s.state);
    s.when(inbound);
    expect(ringingUsers(s)).toEqual(['bob']);
  });

  it('V5 least_busy: the agent with the fewest open sessions rings first', () => {
    const s = workspace({ strategy: 'least_busy' });
    for (const id of agents) s.when({ type: 'user.update', userId: id, capacity: { voice: 3 } });
    s.state.users.ann!.connectedLegs = 2;
    s.state.users.cid!.connectedLegs = 1;
    rebuildRoutingIndexes(s.state);
    s.when(inbound);
    expect(ringingUsers(s)).toEqual(['bob']);
  });

  it('V5 round_robin: each new call starts after the agent offered last', () => {
    const s = workspace({ strategy: 'round_robin' }).after(inbound);
    expect(ringingUsers(s)).toEqual(['ann']);
    s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    s.when(inbound);
    expect(ringingUsers(s)).toEqual(['bob']);
  });

  it('V5 random: re-picks another agent after the timeout, deterministically for the seed', () => {
    const run = () => {
      const s = workspace({ strategy: 'random' }).after(inbound);
      const first = ringingUsers(s);
      s.advance(30_000).fireDueTimers();
      return [first, ringingUsers(s)];
    };
    const [first, second] = run();
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(second).not.toEqual(first);
    expect(run()).toEqual([first, second]);
  });

  it('skips an agent who went offline while waiting their turn, and says why', () => {
    const s = workspace({ strategy: 'sequential' }).after(inbound);
    s.when({ type: 'presence.set', userId: 'bob', presence: 'offline' });
    const events = s.advance(30_000).fireDueTimers();
    expect(events).toContainEqual({
      type: 'call.offer_skipped',
      callId: 'c1',
      userId: 'bob',
      reason: 'presence is offline',
    });
    expect(ringingUsers(s)).toEqual(['cid']);
  });

  it('V6: with no assigned agent online, the offline action runs (busy tone, then hang up)', () => {
    const s = workspace({ offlineAction: { kind: 'busy' } }, []);
    const events = s.when(inbound);
    expect(events).toContainEqual({
      type: 'call.action_taken',
      callId: 'c1',
      action: { kind: 'busy' },
      reason: 'offline',
    });
    s.advance(5_000).fireDueTimers();
    expect(s.state.calls.get('c1')).toBeUndefined();
  });

  it('V6: ring-free tone for 30 s then hang up', () => {
    const s = workspace({ offlineAction: { kind: 'ring_free' } }, []).after(inbound);
    s.advance(29_999).fireDueTimers();
    expect(s.state.calls.get('c1')).toBeDefined();
    const events = s.advance(1).fireDueTimers();
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'no_agent' });
  });

  it('V6: hang up at once; and mode reject uses the same actions', () => {
    expect(
      workspace({ offlineAction: { kind: 'hang_up' } }, [])
        .when(inbound)
        .at(-1),
    ).toMatchObject({ outcome: 'no_agent' });
    const rejected = workspace({ mode: 'reject', offlineAction: { kind: 'hang_up' } }).when(inbound);
    expect(rejected.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'rejected' });
  });

  it('V6/V8: voicemail: greeting, then recording until the caller hangs up', () => {
    const s = workspace(
      { offlineAction: { kind: 'voicemail', greeting: 'We are away, leave a message' } },
      [],
    ).after(inbound);
    s.advance(10_000).fireDueTimers();
    expect(s.state.calls.get('c1')!.phase).toBe('voicemail');
    s.advance(12_000);
    const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.voicemail_left', durationMs: 19_600 }),
    );
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'voicemail' });
  });

  it('V7: the welcome message plays before ringing only when an agent is online', () => {
    const s = workspace({ welcomeMessage: 'Welcome to Acme' }).after(inbound);
    expect(s.state.calls.get('c1')!.phase).toBe('playing');
    expect(ringingUsers(s)).toEqual([]);
    s.advance(2_000).fireDueTimers();
    expect(ringingUsers(s)).toHaveLength(3);
    const offline = workspace(
      { welcomeMessage: 'Welcome to Acme', offlineAction: { kind: 'hang_up' } },
      [],
    ).when(inbound);
    expect(types(offline)).not.toContain('call.playing');
  });

  it('after the whole order rang out, the no-answer action runs', () => {
    const s = workspace({ strategy: 'simultaneous', noAnswerAction: { kind: 'hang_up' } }).after(inbound);
    const events = s.advance(30_000).fireDueTimers();
    expect(events).toContainEqual({
      type: 'call.action_taken',
      callId: 'c1',
      action: { kind: 'hang_up' },
      reason: 'no_answer',
    });
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'missed' });
  });

  it('all agents online but busy: nobody is offered it; the routing explains each skip', () => {
    const s = workspace({ noAnswerAction: { kind: 'hang_up' } }, ['ann']).after(inbound, {
      type: 'call.answer_leg',
      callId: 'c1',
      legId: 'c1.1',
    });
    const events = s.when({ ...inbound, callId: 'c2' });
    expect(events[1]).toMatchObject({
      type: 'call.routed',
      candidates: [
        { userId: 'ann', offered: false, reason: 'voice capacity 1/1 is full' },
        { userId: 'bob', offered: false, reason: 'presence is offline' },
        { userId: 'cid', offered: false, reason: 'presence is offline' },
      ],
    });
  });

  it('an agent already ringing for one call is not rung for another', () => {
    const s = workspace({ strategy: 'simultaneous' }, ['ann']).after(inbound);
    const events = s.when({ ...inbound, callId: 'c2' });
    expect(events[1]).toMatchObject({
      candidates: [
        { userId: 'ann', offered: false, reason: 'already ringing for another call' },
        { userId: 'bob' },
        { userId: 'cid' },
      ],
    });
  });

  it('P3: a call whose telephony died with its node ends, saying why; an answered one counts as answered', () => {
    const s = workspace({ strategy: 'simultaneous' }).after(inbound, { ...inbound, callId: 'c2' });
    s.when({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' });
    const reason = 'node n1 stopped';
    const answered = s.when({ type: 'call.telephony_lost', callId: 'c1', reason });
    expect(answered[0]).toEqual({ type: 'call.telephony_lost', callId: 'c1', reason });
    expect(answered.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'answered', endedBy: 'system' });
    const ringing = s.when({ type: 'call.telephony_lost', callId: 'c2', reason });
    expect(ringing.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'missed', endedBy: 'system' });
    expect(s.state.calls.size).toBe(0);
    expect(Object.values(s.state.users).map((user) => user.ringingLegs + user.connectedLegs)).toEqual([
      0, 0, 0,
    ]);
  });

  it('the caller hangs up while ringing: abandoned, and every reservation is released', () => {
    const s = workspace().after(inbound);
    const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'abandoned', endedBy: 'customer' });
    expect(s.state.timers.size).toBe(0);
    for (const id of agents) expect(s.state.users[id]!.ringingLegs).toBe(0);
  });

  it('missed-offer policy: after 2 consecutive misses an agent goes to pause; one miss changes nothing', () => {
    const s = workspace({ strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } }, ['ann']).after({
      type: 'workspace.update',
      missedOfferPolicy: { after: 2, presence: 'pause' },
    });
    s.when(inbound);
    s.advance(30_000).fireDueTimers();
    expect(s.state.users.ann!.presence).toBe('online');
    s.when({ ...inbound, callId: 'c2' });
    const events = s.advance(30_000).fireDueTimers();
    expect(events).toContainEqual({
      type: 'presence.changed',
      userId: 'ann',
      from: 'online',
      to: 'pause',
      reason: 'missed_offers',
    });
  });

  it('refuses a call to a number that is not the workspace’s', () => {
    workspace().refuses({ ...inbound, to: '+34911000000' }, 'validation', 'to');
  });
});

describe('forwarding (V4, V14, V17)', () => {
  it('forward_all rings the external number; unanswered, the call ends and never returns to agents', () => {
    const s = workspace({ mode: 'forward_all', forwardTo: '+34699000111' }).after({
      type: 'billing.top_up',
      amountCents: 500,
    });
    const events = s.when(inbound);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.leg_ringing', number: '+34699000111' }),
    );
    const later = s.advance(30_000).fireDueTimers();
    expect(later.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'missed' });
    expect(types(later)).not.toContain('call.routed');
  });

  it('charges the connected forward leg per started minute to the balance', () => {
    const s = workspace({ mode: 'forward_all', forwardTo: '+34699000111' }).after(
      { type: 'billing.top_up', amountCents: 500 },
      inbound,
    );
    s.when({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' });
    s.advance(61_000);
    const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(events).toContainEqual(expect.objectContaining({ type: 'call.charged', amountCents: 18 }));
    expect(events.at(-1)).toMatchObject({ outcome: 'forwarded' });
    expect(s.state.billing.balanceCents).toBe(482);
  });

  it('V17: no balance: the forward is refused with the reason, and the call goes to voicemail', () => {
    const s = workspace({ mode: 'forward_all', forwardTo: '+34699000111' });
    const events = s.when(inbound);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.forward_refused', to: '+34699000111' }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.action_taken', action: { kind: 'voicemail' } }),
    );
  });

  it('V17: a sip number needs the SIP licence', () => {
    const s = new Scenario().after(createdWorkspace, {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'sip',
      settings: { mode: 'forward_all', forwardTo: '+34699000111' },
    });
    expect(types(s.when(inbound))).toContain('call.forward_refused');
    s.when({ type: 'billing.update', sipLicence: true });
    expect(types(s.when({ ...inbound, callId: 'c2' }))).not.toContain('call.forward_refused');
  });

  it('forward_all needs a forward number, refused naming the field', () => {
    workspace().refuses(
      { type: 'number.configure', numberId: 'n1', settings: { mode: 'forward_all' } },
      'validation',
      'forwardTo',
    );
    workspace().refuses(
      {
        type: 'number.configure',
        numberId: 'n1',
        settings: { mode: 'forward_all', forwardTo: '699 000 111' },
      },
      'validation',
      'forwardTo',
    );
  });
});

describe('working hours (V3)', () => {
  const hours = {
    timeZone: 'Europe/Madrid',
    weekly: { mon: [{ start: '09:00', end: '18:00' }] },
    holidays: [],
    closures: [],
  };

  it('out of hours, the out-of-hours action runs even with agents online and forward_all set', () => {
    const s = workspace({
      hours,
      outOfHoursAction: { kind: 'message', message: 'We open at nine' },
      mode: 'forward_all',
      forwardTo: '+34699000111',
    });
    s.at(Date.UTC(2026, 0, 5, 7, 59)); // Monday 08:59 in Madrid
    const events = s.when(inbound);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.action_taken', reason: 'out_of_hours' }),
    );
    const end = s.advance(5_000).fireDueTimers();
    expect(end.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'out_of_hours' });
  });

  it('in hours, the call is offered as usual', () => {
    const s = workspace({ hours }).at(Date.UTC(2026, 0, 5, 8, 0)); // Monday 09:00 in Madrid
    expect(types(s.when(inbound))).toContain('call.leg_ringing');
  });
});

describe('queues', () => {
  const busy = (s: Scenario) =>
    s.after(
      { type: 'call.inbound', callId: 'c0', from: '+34600111000', to: '+34911234567' },
      { type: 'call.answer_leg', callId: 'c0', legId: 'c0.1' },
    );

  it('all eligible agents busy: the caller waits with hold music; a freed agent takes the oldest call at once', () => {
    const s = busy(workspace({ strategy: 'sequential' }, ['ann']));
    s.when(inbound);
    s.when({ ...inbound, callId: 'c2' });
    expect(s.state.waiting).toEqual(['c1', 'c2']);
    expect(s.state.calls.get('c1')!.phase).toBe('queued');
    const events = s.when({ type: 'call.hangup_leg', callId: 'c0', legId: 'c0.0' });
    expect(events).toContainEqual({ type: 'call.dequeued', callId: 'c1', reason: 'offered' });
    expect(ringingUsers(s)).toEqual(['ann']);
    expect(s.state.waiting).toEqual(['c2']);
  });

  it('a call to a higher-priority number is served first where agents are shared', () => {
    const s = busy(workspace({ strategy: 'sequential' }, ['ann'])).after(
      {
        type: 'number.add',
        numberId: 'vip',
        e164: '+34911234599',
        kind: 'rented',
        settings: { queue: { priority: 5 } },
      },
      inbound,
      { type: 'call.inbound', callId: 'v1', from: '+34600111333', to: '+34911234599' },
    );
    expect(s.state.waiting).toEqual(['c1', 'v1']);
    s.when({ type: 'call.hangup_leg', callId: 'c0', legId: 'c0.0' });
    expect(s.state.waiting).toEqual(['c1']);
    expect(
      [...s.state.calls.get('v1')!.legs.values()].some(
        (leg) => leg.userId === 'ann' && leg.status === 'ringing',
      ),
    ).toBe(true);
  });

  it("a number's queue priority raised while calls wait: the next call served follows it", () => {
    const s = busy(workspace({ strategy: 'sequential' }, ['ann'])).after(
      { type: 'number.add', numberId: 'vip', e164: '+34911234599', kind: 'rented' },
      inbound,
      // Served while both numbers have the same priority: arrival order.
      { type: 'call.hangup_leg', callId: 'c0', legId: 'c0.0' },
      { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
      { ...inbound, callId: 'c2' },
      { type: 'call.inbound', callId: 'v1', from: '+34600111333', to: '+34911234599' },
      { type: 'number.configure', numberId: 'vip', settings: { queue: { priority: 5 } } },
    );
    expect(s.state.waiting).toEqual(['c2', 'v1']);
    s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(s.state.waiting).toEqual(['c2']);
    expect(s.state.calls.get('v1')!.phase).not.toBe('queued');
  });

  it('an agent coming online takes a waiting call', () => {
    const s = busy(workspace({ strategy: 'sequential' }, ['ann'])).after(inbound);
    s.when({ type: 'presence.set', userId: 'bob', presence: 'online' });
    expect(ringingUsers(s)).toEqual(['bob']);
  });

  it('the maximum wait leads to the no-answer action', () => {
    const s = busy(
      workspace({ queue: { maxWaitSec: 60 }, noAnswerAction: { kind: 'hang_up' } }, ['ann']),
    ).after(inbound);
    const events = s.advance(60_000).fireDueTimers();
    expect(events).toContainEqual({ type: 'call.dequeued', callId: 'c1', reason: 'max_wait' });
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', callId: 'c1', outcome: 'missed' });
  });

  it('a full queue sends a new caller to the no-answer action at once', () => {
    const s = busy(
      workspace({ queue: { maxLength: 1 }, noAnswerAction: { kind: 'hang_up' } }, ['ann']),
    ).after(inbound);
    const events = s.when({ ...inbound, callId: 'c2' });
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', callId: 'c2', outcome: 'missed' });
  });

  it('a caller who hangs up while waiting leaves the queue, abandoned', () => {
    const s = busy(workspace({}, ['ann'])).after(inbound);
    const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(events.at(-1)).toMatchObject({ type: 'call.ended', outcome: 'abandoned' });
    expect(s.state.waiting).toEqual([]);
    expect(s.state.timers.get('queue:c1')).toBeUndefined();
  });
});

describe('recording (V2)', () => {
  it('starts when an agent answers and stops with the call', () => {
    const s = workspace({ record: true }).after(inbound);
    const answered = s.when({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' });
    expect(answered.at(-1)).toEqual({ type: 'call.recording_started', callId: 'c1', recordingId: 'rec_c1' });
    s.advance(42_000);
    const ended = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });
    expect(ended).toContainEqual(
      expect.objectContaining({
        type: 'call.recording_stopped',
        callId: 'c1',
        recordingId: 'rec_c1',
        durationMs: 42_000,
      }),
    );
  });

  it('is not made when the caller hangs up before anyone answers', () => {
    const s = workspace({ record: true }).after(inbound);
    expect(types(s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' }))).not.toContain(
      'call.recording_started',
    );
  });

  it('covers forwarded calls too', () => {
    const s = workspace({ record: true, mode: 'forward_all', forwardTo: '+34699000111' }).after(
      { type: 'billing.top_up', amountCents: 500 },
      inbound,
    );
    expect(types(s.when({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' }))).toContain(
      'call.recording_started',
    );
  });

  it('V16: a forwarded leg presents the caller’s number on rented numbers when asked', () => {
    const s = workspace({ passCallerId: true, mode: 'forward_all', forwardTo: '+34699000111' }).after({
      type: 'billing.top_up',
      amountCents: 500,
    });
    expect(s.when(inbound)).toContainEqual(
      expect.objectContaining({ type: 'call.leg_ringing', presentedNumber: '+34600111222' }),
    );
    const plain = workspace({ mode: 'forward_all', forwardTo: '+34699000111' }).after({
      type: 'billing.top_up',
      amountCents: 500,
    });
    expect(plain.when(inbound)).toContainEqual(
      expect.objectContaining({ type: 'call.leg_ringing', presentedNumber: '+34911234567' }),
    );
  });
});

describe('agent availability while ringing', () => {
  it('an agent who goes offline while their phone rings stops ringing, and the next agent is rung', () => {
    const s = workspace({ strategy: 'sequential' }).after(inbound);
    expect(ringingUsers(s)).toEqual(['ann']);
    const events = s.when({ type: 'presence.set', userId: 'ann', presence: 'offline' });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.leg_ended', userId: 'ann', reason: 'agent_unavailable' }),
    );
    expect(ringingUsers(s)).toEqual(['bob']);
    expect(s.state.users.ann!.ringingLegs).toBe(0);
  });

  it('W5: pre_pause while ringing stops the ring and, with nothing else open, settles to pause', () => {
    const s = workspace({ strategy: 'sequential' }).after(inbound);
    s.when({ type: 'presence.set', userId: 'ann', presence: 'pre_pause' });
    expect(s.state.users.ann!.presence).toBe('pause');
    expect(ringingUsers(s)).toEqual(['bob']);
  });
});
