import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario } from '../testing.ts';

/** A number whose welcome the engine estimates at 2 s ("Welcome", one word); its upload lasts 9 s. */
function welcomed() {
  const commands: Command[] = [
    createdWorkspace,
    { type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test' },
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      settings: { welcomeMessage: 'Welcome' },
    },
    { type: 'presence.set', userId: 'ann', presence: 'online' },
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
  ];
  return new Scenario().after(...commands);
}

const ringing = (s: Scenario) =>
  [...s.state.calls.get('c1')!.legs.values()].filter((leg) => leg.status === 'ringing').length;

describe('a playback lasts as long as its audio, not the estimate from its text (S3)', () => {
  it('the driver reports the upload’s 9 s: nothing rings at the text’s 2 s, and the driver’s end moves the call on', () => {
    const s = welcomed();
    s.when({ type: 'call.playback_length', callId: 'c1', media: 'welcome', durationMs: 9_000 });
    s.advance(2_000).fireDueTimers();
    expect(s.state.calls.get('c1')!.phase).toBe('playing');
    expect(ringing(s)).toBe(0);
    s.advance(7_000).when({ type: 'call.playback_finished', callId: 'c1', media: 'welcome' });
    expect(ringing(s)).toBe(1);
  });

  it('a driver that never reports the end: the engine’s own timer ends it shortly after the audio', () => {
    const s = welcomed();
    s.when({ type: 'call.playback_length', callId: 'c1', media: 'welcome', durationMs: 9_000 });
    s.advance(9_000).fireDueTimers();
    expect(s.state.calls.get('c1')!.phase).toBe('playing');
    s.advance(2_000).fireDueTimers();
    expect(ringing(s)).toBe(1);
  });

  it('a late report about the welcome does not cut the menu prompt that followed it', () => {
    const s = new Scenario().after(
      createdWorkspace,
      {
        type: 'ivr_menu.create',
        menuId: 'm1',
        name: 'Main',
        prompt: 'Press one for sales, two for support.',
      },
      {
        type: 'number.add',
        numberId: 'n1',
        e164: '+34911234567',
        kind: 'rented',
        settings: { welcomeMessage: 'Welcome', route: { kind: 'ivr', menuId: 'm1' } },
      },
      { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
    );
    s.advance(2_000).fireDueTimers();
    expect(s.state.calls.get('c1')!.playback?.media).toBe('menu_prompt');
    const before = JSON.stringify(s.state);
    expect(
      s.when({ type: 'call.playback_length', callId: 'c1', media: 'welcome', durationMs: 9_000 }),
    ).toEqual([]);
    expect(s.when({ type: 'call.playback_finished', callId: 'c1', media: 'welcome' })).toEqual([]);
    expect(JSON.stringify(s.state)).toBe(before);
    // The menu's own end still leads to the wait for a key.
    s.when({ type: 'call.playback_finished', callId: 'c1', media: 'menu_prompt' });
    expect(s.state.calls.get('c1')!.phase).toBe('menu');
  });

  it('a length that is not a whole number of ms up to an hour is refused, naming the field', () => {
    const s = welcomed();
    for (const durationMs of [-1, 1.5, Number.POSITIVE_INFINITY, 3_600_001, Number.NaN])
      s.refuses(
        { type: 'call.playback_length', callId: 'c1', media: 'welcome', durationMs },
        'validation',
        'durationMs',
      );
  });
});
