import { describe, expect, it } from 'vitest';
import type { Command } from '../../engine/commands.ts';
import { createdWorkspace, Scenario } from '../../engine/testing.ts';
import type { MediaLeg, MediaPlane } from '../media-plane.ts';
import type { DriverContext } from './context.ts';
import type { SipCall } from './legs.ts';
import { syncMedia } from './media-sync.ts';

/*
 * R4 (issue 21) on the SIP driver's anchored media: with a supervisor connected, the plane
 * mixes one way (listen, whisper) or conferences all three (barge); when they leave, the
 * caller and the agent are bridged again. The engine's call drives it, as after each batch.
 */

const leg = (id: string) => ({ id }) as MediaLeg;

class RecordingPlane {
  readonly done: string[] = [];
  bridge(a: MediaLeg, b: MediaLeg) {
    this.done.push(`bridge ${a.id} ${b.id}`);
  }
  conference(legs: MediaLeg[]) {
    this.done.push(`conference ${legs.map((each) => each.id).join(' ')}`);
  }
  listen(listener: MediaLeg, sources: MediaLeg[]) {
    this.done.push(`${listener.id} hears ${sources.map((each) => each.id).join(' ')}`);
  }
}

function scenario() {
  const s = new Scenario();
  const commands: Command[] = [createdWorkspace];
  for (const [id, role] of [
    ['ann', 'agent'],
    ['sue', 'supervisor'],
  ] as const)
    commands.push({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test`, role } as Command);
  commands.push(
    { type: 'presence.set', userId: 'ann', presence: 'online' },
    { type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'rented', assignedUserIds: ['ann'] },
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
    { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
    { type: 'call.monitor', callId: 'c1', userId: 'sue', mode: 'listen' },
    { type: 'call.answer_leg', callId: 'c1', legId: 'c1.2' },
  );
  s.after(...commands);
  const plane = new RecordingPlane();
  const context = { plane: plane as unknown as MediaPlane, state: () => s.state } as unknown as DriverContext;
  const connected = (legId: string, userId: string) =>
    [
      legId,
      { legId, userId, media: leg(legId), forks: [], failures: [], state: 'connected' as const },
    ] as const;
  const caller = Object.assign(leg('caller'), {
    played: [] as string[],
    play(source: { kind: string }) {
      this.played.push(source.kind);
    },
  });
  const call = {
    workspaceId: 'ws_test',
    callId: 'c1',
    caller: { media: caller, dialog: {} },
    legs: new Map([connected('c1.1', 'ann'), connected('c1.2', 'sue')]),
    recordings: new Map(),
  } as unknown as SipCall;
  return { s, plane, caller, sync: () => syncMedia(context, call) };
}

describe('SIP media for a supervisor on the call (R4)', () => {
  it('R4: listen, whisper and barge on the plane; the supervisor leaving bridges the caller and the agent again', () => {
    const { s, plane, sync } = scenario();
    sync();
    expect(plane.done.splice(0)).toEqual([
      'bridge caller c1.1',
      'bridge caller c1.1',
      'c1.2 hears caller c1.1',
    ]);
    s.when({ type: 'call.monitor_mode', callId: 'c1', userId: 'sue', mode: 'whisper' });
    sync();
    expect(plane.done.splice(0)).toEqual([
      'bridge caller c1.1',
      'bridge caller c1.1',
      'c1.2 hears caller c1.1',
      'c1.1 hears caller c1.2',
    ]);
    sync();
    expect(plane.done).toEqual([]);
    s.when({ type: 'call.monitor_mode', callId: 'c1', userId: 'sue', mode: 'barge' });
    sync();
    expect(plane.done.splice(0)).toEqual(['bridge caller c1.1', 'conference caller c1.1 c1.2']);
    s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.2' });
    sync();
    expect(plane.done.splice(0)).toEqual(['bridge caller c1.1']);
  });

  it('R4 (issue 21): Ann holds — the caller gets the music, Sue keeps hearing Ann and a whisper still reaches her', () => {
    const { s, plane, sync, caller } = scenario();
    s.when({ type: 'call.monitor_mode', callId: 'c1', userId: 'sue', mode: 'whisper' });
    sync();
    plane.done.splice(0);
    s.when({ type: 'call.hold', callId: 'c1', userId: 'ann' });
    sync();
    expect(caller.played).toEqual(['hold_music']);
    expect(plane.done.splice(0)).toEqual(['c1.2 hears c1.1', 'c1.1 hears c1.2']);
    s.when({ type: 'call.monitor_mode', callId: 'c1', userId: 'sue', mode: 'barge' });
    sync();
    expect(plane.done.splice(0)).toEqual(['bridge c1.1 c1.2']);
    s.when({ type: 'call.resume', callId: 'c1', userId: 'ann' });
    sync();
    expect(plane.done.splice(0)).toEqual(['bridge caller c1.1', 'conference caller c1.1 c1.2']);
  });
});
