import { describe, expect, it } from 'vitest';
import { endedCallsKept, SimNetwork } from './network.ts';

function ringingCall(network: SimNetwork, callId = 'c1') {
  network.apply(
    'ws',
    { kind: 'hold_caller', callId, customerLegId: `${callId}.0`, from: '+34600111222', to: '+34911234567' },
    1,
  );
  network.apply('ws', { kind: 'ring', callId, legId: `${callId}.1`, userId: 'u_ann' }, 1);
  network.apply('ws', { kind: 'ring', callId, legId: `${callId}.2`, userId: 'u_bob' }, 1);
}

describe('simulated phone network', () => {
  it('rings every offered agent’s softphone with the caller and the number called', () => {
    const network = new SimNetwork();
    ringingCall(network);
    expect(network.phone('ws', 'u_ann')).toEqual([
      {
        callId: 'c1',
        legId: 'c1.1',
        direction: 'inbound',
        state: 'ringing',
        from: '+34600111222',
        to: '+34911234567',
        since: 1,
      },
    ]);
    expect(network.handsetCall('ws', 'c1')).toMatchObject({ state: 'ringing', connectedTo: [] });
  });

  it('connects the answering agent and clears the other phone', () => {
    const network = new SimNetwork();
    ringingCall(network);
    network.apply(
      'ws',
      { kind: 'drop_leg', callId: 'c1', legId: 'c1.2', userId: 'u_bob', reason: 'answered_elsewhere' },
      2,
    );
    network.apply('ws', { kind: 'bridge', callId: 'c1', legId: 'c1.1', userId: 'u_ann' }, 2);
    expect(network.phone('ws', 'u_ann')).toMatchObject([{ legId: 'c1.1', state: 'connected', since: 2 }]);
    expect(network.phone('ws', 'u_bob')).toEqual([]);
    expect(network.handsetCall('ws', 'c1')).toMatchObject({
      state: 'connected',
      connectedTo: ['u_ann'],
      answeredAt: 2,
    });
  });

  it('hands out a copy of the handset: changing it, or the call going on, leaves the other as it was', () => {
    const network = new SimNetwork();
    ringingCall(network);
    network.apply('ws', { kind: 'bridge', callId: 'c1', legId: 'c1.1', userId: 'u_ann' }, 2);
    network.apply('ws', { kind: 'announce', callId: 'c1', text: 'Press 1' }, 2);
    const copy = network.handsetCall('ws', 'c1')!;
    const before = structuredClone(copy);
    const talking = copy.legs.find((leg) => typeof leg.hears === 'object')!;
    (talking.hears as { legIds: string[] }).legIds.push('x');
    copy.connectedTo.push('x');
    copy.announcements!.push('x');
    expect(network.handsetCall('ws', 'c1')).toEqual(before);
    network.apply('ws', { kind: 'hang_up', callId: 'c1', outcome: 'completed' }, 3);
    expect(copy.state).toBe('connected');
    expect(copy.legs).toHaveLength(before.legs.length);
  });

  it('hangs up everything when the call ends and keeps the outcome for the caller', () => {
    const network = new SimNetwork();
    ringingCall(network);
    network.apply('ws', { kind: 'hang_up', callId: 'c1', outcome: 'missed' }, 30);
    expect(network.phone('ws', 'u_ann')).toEqual([]);
    expect(network.handsetCall('ws', 'c1')).toMatchObject({ state: 'ended', outcome: 'missed', endedAt: 30 });
    expect(network.size('ws').phones).toBe(0);
  });

  it('plays media to the caller, then records a voicemail', () => {
    const network = new SimNetwork();
    ringingCall(network);
    network.apply(
      'ws',
      { kind: 'drop_leg', callId: 'c1', legId: 'c1.1', userId: 'u_ann', reason: 'no_answer' },
      30,
    );
    network.apply(
      'ws',
      { kind: 'drop_leg', callId: 'c1', legId: 'c1.2', userId: 'u_bob', reason: 'no_answer' },
      30,
    );
    network.apply(
      'ws',
      { kind: 'play', callId: 'c1', media: 'voicemail_greeting', text: 'Leave a message', untilAt: 32 },
      30,
    );
    expect(network.handsetCall('ws', 'c1')).toMatchObject({
      state: 'playing',
      playing: { media: 'voicemail_greeting', text: 'Leave a message' },
    });
    network.apply('ws', { kind: 'record', callId: 'c1', voicemailId: 'vm_c1' }, 32);
    expect(network.handsetCall('ws', 'c1')).toMatchObject({ state: 'voicemail' });
    expect(network.handsetCall('ws', 'c1')?.playing).toBeUndefined();
    expect(network.size('ws')).toMatchObject({ phones: 0, legs: 0 });
  });

  it('dials an external number and connects it to the caller', () => {
    const network = new SimNetwork();
    network.apply(
      'ws',
      { kind: 'hold_caller', callId: 'c1', customerLegId: 'c1.0', from: '+34600111222', to: '+34911234567' },
      1,
    );
    network.apply('ws', { kind: 'dial', callId: 'c1', legId: 'c1.1', number: '+34600999888' }, 1);
    expect(network.phone('ws', '+34600999888')).toMatchObject([{ legId: 'c1.1', state: 'ringing' }]);
    network.apply('ws', { kind: 'bridge', callId: 'c1', legId: 'c1.1' }, 3);
    expect(network.handsetCall('ws', 'c1')).toMatchObject({
      state: 'connected',
      connectedTo: ['+34600999888'],
    });
  });

  it('shows a caller in a menu waiting for keys', () => {
    const network = new SimNetwork();
    network.apply(
      'ws',
      { kind: 'hold_caller', callId: 'c1', customerLegId: 'c1.0', from: '+34600111222', to: '+34911234567' },
      1,
    );
    network.apply(
      'ws',
      { kind: 'play', callId: 'c1', media: 'menu_prompt', text: 'Press 1 for sales', untilAt: 3 },
      1,
    );
    network.apply('ws', { kind: 'collect_digits', callId: 'c1', untilAt: 8 }, 3);
    expect(network.handsetCall('ws', 'c1')).toMatchObject({ state: 'menu' });
  });

  it('shows a forwarded call on the external phone with the caller ID it presents (V16)', () => {
    const network = new SimNetwork();
    network.apply(
      'ws',
      { kind: 'hold_caller', callId: 'c1', customerLegId: 'c1.0', from: '+34600111222', to: '+34911234567' },
      1,
    );
    network.apply(
      'ws',
      { kind: 'dial', callId: 'c1', legId: 'c1.1', number: '+34600999888', presentedNumber: '+34600111222' },
      1,
    );
    network.apply('ws', { kind: 'dial', callId: 'c1', legId: 'c1.2', number: '+34600777666' }, 1);
    expect(network.phone('ws', '+34600999888')[0]?.from).toBe('+34600111222');
    expect(network.phone('ws', '+34600777666')[0]?.from).toBe('+34911234567');
  });

  it('plays hold music with the caller’s place in the queue, and shows recording', () => {
    const network = new SimNetwork();
    network.apply(
      'ws',
      { kind: 'hold_caller', callId: 'c1', customerLegId: 'c1.0', from: '+34600111222', to: '+34911234567' },
      1,
    );
    network.apply('ws', { kind: 'hold_music', callId: 'c1', position: 2 }, 1);
    expect(network.handsetCall('ws', 'c1')).toMatchObject({
      state: 'queued',
      queuePosition: 2,
      recording: false,
    });
    network.apply('ws', { kind: 'ring', callId: 'c1', legId: 'c1.1', userId: 'u_ann' }, 5);
    network.apply('ws', { kind: 'bridge', callId: 'c1', legId: 'c1.1', userId: 'u_ann' }, 6);
    network.apply('ws', { kind: 'start_recording', callId: 'c1', recordingId: 'r1' }, 6);
    const talking = network.handsetCall('ws', 'c1');
    expect(talking).toMatchObject({ state: 'connected', recording: true });
    expect(talking?.queuePosition).toBeUndefined();
  });

  it('dials out for an agent; the line connects when the customer answers', () => {
    const network = new SimNetwork();
    const placed = { callId: 'c1', userId: 'u_ann', agentLegId: 'c1.0', customerLegId: 'c1.1' } as const;
    network.apply('ws', { kind: 'place_call', ...placed, from: '+34911234567', to: '+34699000111' }, 1);
    expect(network.phone('ws', 'u_ann')).toMatchObject([
      { direction: 'outbound', state: 'dialing', to: '+34699000111' },
    ]);
    expect(network.handsetCall('ws', 'c1')).toMatchObject({
      direction: 'outbound',
      state: 'ringing',
      connectedTo: [],
    });
    network.apply('ws', { kind: 'bridge', callId: 'c1', legId: 'c1.1' }, 4);
    expect(network.phone('ws', 'u_ann')).toMatchObject([{ state: 'connected', since: 4 }]);
    expect(network.handsetCall('ws', 'c1')).toMatchObject({
      state: 'connected',
      connectedTo: ['u_ann'],
      answeredAt: 4,
    });
  });

  it('remembers the digits a caller pressed', () => {
    const network = new SimNetwork();
    ringingCall(network);
    network.pressed('ws', 'c1', '12');
    network.pressed('ws', 'c1', '#');
    expect(network.handsetCall('ws', 'c1')?.digits).toBe('12#');
  });

  it('keeps only the latest ended calls, so memory stays bounded', () => {
    const network = new SimNetwork();
    const total = endedCallsKept + 50;
    for (let i = 0; i < total; i++) {
      ringingCall(network, `c${i}`);
      network.apply('ws', { kind: 'hang_up', callId: `c${i}`, outcome: 'abandoned' }, i);
    }
    expect(network.size('ws')).toEqual({ calls: endedCallsKept, phones: 0, legs: 0 });
    expect(network.handsetCall('ws', 'c0')).toBeUndefined();
    expect(network.handsetCall('ws', `c${total - 1}`)?.state).toBe('ended');
  });

  it('a handset watched before it ends is still there after, once more calls have ended than are kept (the hang-up’s answer)', () => {
    const network = new SimNetwork();
    ringingCall(network, 'mine');
    const after = network.handsetAfter('ws', 'mine');
    network.apply('ws', { kind: 'hang_up', callId: 'mine', outcome: 'abandoned' }, 1);
    for (let i = 0; i < endedCallsKept; i++) {
      ringingCall(network, `c${i}`);
      network.apply('ws', { kind: 'hang_up', callId: `c${i}`, outcome: 'abandoned' }, 2);
    }
    expect(network.handsetCall('ws', 'mine')).toBeUndefined();
    expect(after()).toMatchObject({ callId: 'mine', state: 'ended', outcome: 'abandoned', endedAt: 1 });
    expect(network.handsetAfter('ws', 'never')()).toBeUndefined();
  });

  it('keeps workspaces apart', () => {
    const network = new SimNetwork();
    ringingCall(network);
    expect(network.phone('other', 'u_ann')).toEqual([]);
    expect(network.handsetCall('other', 'c1')).toBeUndefined();
  });
});
