import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../engine/events.ts';
import { effectRuns, effectsOf, soundSource } from './effects.ts';

const stored = (workspaceId: string, seq: number, at: number, event: StoredEvent['event']): StoredEvent => ({
  workspaceId,
  seq,
  at,
  event,
});

describe('effects derived from events', () => {
  it('holds the caller when a call is received', () => {
    const effects = effectsOf({
      type: 'call.received',
      callId: 'c1',
      numberId: 'n1',
      from: '+34600111222',
      to: '+34911234567',
      customerLegId: 'c1.0',
    });
    expect(effects).toEqual([
      { kind: 'hold_caller', callId: 'c1', customerLegId: 'c1.0', from: '+34600111222', to: '+34911234567' },
    ]);
  });

  it('rings the agent’s phone for a ringing leg', () => {
    expect(effectsOf({ type: 'call.leg_ringing', callId: 'c1', legId: 'c1.1', userId: 'u_ann' })).toEqual([
      { kind: 'ring', callId: 'c1', legId: 'c1.1', userId: 'u_ann' },
    ]);
  });

  it('bridges an answered leg to the caller', () => {
    expect(effectsOf({ type: 'call.leg_answered', callId: 'c1', legId: 'c1.1', userId: 'u_ann' })).toEqual([
      { kind: 'bridge', callId: 'c1', legId: 'c1.1', userId: 'u_ann' },
    ]);
  });

  it('issue 12 #13: hold tells the line the caller hears hold music and the agent silence; resume reconnects them', () => {
    const audio = {
      hear: [
        { legId: 'c1.0', sound: 'hold_music' as const },
        { legId: 'c1.1', sound: 'silence' as const },
      ],
    };
    expect(effectsOf({ type: 'call.held', callId: 'c1', userId: 'u_ann', audio })).toEqual([
      { kind: 'hear', callId: 'c1', legId: 'c1.0', sound: 'hold_music' },
      { kind: 'hear', callId: 'c1', legId: 'c1.1', sound: 'silence' },
    ]);
    expect(
      effectsOf({ type: 'call.resumed', callId: 'c1', userId: 'u_ann', audio: { talk: ['c1.0', 'c1.1'] } }),
    ).toEqual([{ kind: 'connect', callId: 'c1', legIds: ['c1.0', 'c1.1'] }]);
  });

  it('issue 12 #13: a consult’s target is connected to the initiator, never bridged to the held caller', () => {
    const effects = effectsOf({
      type: 'call.leg_answered',
      callId: 'c1',
      legId: 'c1.2',
      userId: 'u_bob',
      audio: { talk: ['c1.1', 'c1.2'], hear: [{ legId: 'c1.0', sound: 'hold_music' }] },
    });
    // The caller's music first, then the consult: the caller never hears it.
    expect(effects).toEqual([
      { kind: 'hear', callId: 'c1', legId: 'c1.0', sound: 'hold_music' },
      { kind: 'connect', callId: 'c1', legIds: ['c1.1', 'c1.2'] },
    ]);
  });

  it('issue 12 #13: bringing all three together conferences their legs; events stored before carry nothing', () => {
    const conference = { type: 'call.transfer_conference_started', callId: 'c1', transferId: 't1' } as const;
    expect(effectsOf({ ...conference, audio: { talk: ['c1.0', 'c1.1', 'c1.2'] } })).toEqual([
      { kind: 'connect', callId: 'c1', legIds: ['c1.0', 'c1.1', 'c1.2'] },
    ]);
    expect(effectsOf(conference)).toEqual([]);
  });

  it('a media plane plays each sound as its own source', () => {
    expect(soundSource('hold_music')).toEqual({ kind: 'hold_music' });
    expect(soundSource('ringback')).toEqual({ kind: 'tone', tone: 'ringback' });
    expect(soundSource('silence')).toEqual({ kind: 'silence' });
  });

  it('drops a leg that ended, saying why', () => {
    expect(
      effectsOf({
        type: 'call.leg_ended',
        callId: 'c1',
        legId: 'c1.2',
        userId: 'u_bob',
        reason: 'answered_elsewhere',
      }),
    ).toEqual([
      { kind: 'drop_leg', callId: 'c1', legId: 'c1.2', userId: 'u_bob', reason: 'answered_elsewhere' },
    ]);
  });

  it('dials an external number for a forwarding leg', () => {
    expect(
      effectsOf({ type: 'call.leg_ringing', callId: 'c1', legId: 'c1.3', number: '+34600999888' }),
    ).toEqual([{ kind: 'dial', callId: 'c1', legId: 'c1.3', number: '+34600999888' }]);
  });

  it('presents the caller ID a forwarding leg shows (V16)', () => {
    const ringing = {
      type: 'call.leg_ringing',
      callId: 'c1',
      legId: 'c1.3',
      number: '+34600999888',
    } as const;
    expect(effectsOf({ ...ringing, presentedNumber: '+34600111222' })).toEqual([
      { kind: 'dial', callId: 'c1', legId: 'c1.3', number: '+34600999888', presentedNumber: '+34600111222' },
    ]);
  });

  it('dials a customer for an agent’s outgoing call', () => {
    const placed = effectsOf({
      type: 'call.placed',
      callId: 'c1',
      numberId: 'n1',
      from: '+34911234567',
      to: '+34699000111',
      userId: 'u_ann',
      agentLegId: 'c1.0',
      customerLegId: 'c1.1',
    });
    expect(placed).toEqual([
      {
        kind: 'place_call',
        callId: 'c1',
        userId: 'u_ann',
        agentLegId: 'c1.0',
        customerLegId: 'c1.1',
        from: '+34911234567',
        to: '+34699000111',
      },
    ]);
  });

  it('plays hold music in a queue, and starts and stops recording (V2)', () => {
    expect(
      effectsOf({ type: 'call.queued', callId: 'c1', pool: { kind: 'number', id: 'n1' }, position: 3 }),
    ).toEqual([{ kind: 'hold_music', callId: 'c1', position: 3 }]);
    expect(effectsOf({ type: 'call.recording_started', callId: 'c1', recordingId: 'r1' })).toEqual([
      { kind: 'start_recording', callId: 'c1', recordingId: 'r1' },
    ]);
  });

  it('plays a message to the caller until its end', () => {
    const playing = effectsOf({
      type: 'call.playing',
      callId: 'c1',
      playback: { media: 'message', after: 'hang_up' },
      text: 'We are closed',
      untilAt: 5000,
    });
    expect(playing).toEqual([
      { kind: 'play', callId: 'c1', media: 'message', text: 'We are closed', untilAt: 5000 },
    ]);
  });

  it('collects digits while the caller is in a menu', () => {
    expect(effectsOf({ type: 'call.awaiting_input', callId: 'c1', menuId: 'm1', untilAt: 9000 })).toEqual([
      { kind: 'collect_digits', callId: 'c1', untilAt: 9000 },
    ]);
  });

  it('records a voicemail after the greeting', () => {
    expect(effectsOf({ type: 'call.voicemail_recording', callId: 'c1', voicemailId: 'vm_c1' })).toEqual([
      { kind: 'record', callId: 'c1', voicemailId: 'vm_c1' },
    ]);
  });

  it('hangs up the caller when the call ends', () => {
    expect(effectsOf({ type: 'call.ended', callId: 'c1', outcome: 'missed', endedBy: 'system' })).toEqual([
      { kind: 'hang_up', callId: 'c1', outcome: 'missed' },
    ]);
  });

  it('derives nothing from configuration, DTMF or timer events', () => {
    expect(
      effectsOf({
        type: 'presence.changed',
        userId: 'u',
        from: 'offline',
        to: 'online',
        reason: 'requested',
      }),
    ).toEqual([]);
    expect(effectsOf({ type: 'call.dtmf_received', callId: 'c1', digits: '1' })).toEqual([]);
    expect(effectsOf({ type: 'timer.cleared', timerId: 'ring:c1', reason: 'fired' })).toEqual([]);
  });

  it('groups a batch into runs of one workspace and one moment, in log order', () => {
    const runs = effectRuns([
      stored('a', 1, 10, { type: 'call.leg_ringing', callId: 'c1', legId: 'c1.1', userId: 'u1' }),
      stored('a', 2, 10, { type: 'timer.cleared', timerId: 't', reason: 'fired' }),
      stored('a', 3, 10, { type: 'call.leg_ringing', callId: 'c1', legId: 'c1.2', userId: 'u2' }),
      stored('b', 1, 10, { type: 'call.ended', callId: 'c9', outcome: 'missed', endedBy: 'system' }),
      stored('a', 4, 20, { type: 'call.ended', callId: 'c1', outcome: 'missed', endedBy: 'system' }),
    ]);
    expect(runs.map((run) => [run.workspaceId, run.at, run.effects.map((effect) => effect.kind)])).toEqual([
      ['a', 10, ['ring', 'ring']],
      ['b', 10, ['hang_up']],
      ['a', 20, ['hang_up']],
    ]);
  });
});
