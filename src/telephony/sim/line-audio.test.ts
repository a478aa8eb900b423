import { describe, expect, it } from 'vitest';
import { connectLegs, dropLeg, hearSound, type LegAudio, peersOf } from './line-audio.ts';

const caller = { legId: 'c1.0', party: 'customer' } as const;
const ann = { legId: 'c1.1', party: 'agent', userId: 'ann' } as const;
const bob = { legId: 'c1.2', party: 'agent', userId: 'bob' } as const;

describe('who hears whom on a simulated line', () => {
  it('a leg put on a sound leaves its bridge: the other side hears silence, not a ghost', () => {
    const legs: LegAudio[] = [];
    connectLegs(legs, [caller, ann]);
    hearSound(legs, caller, 'hold_music');
    expect(legs).toEqual([
      { ...caller, hears: 'hold_music' },
      { ...ann, hears: 'silence' },
    ]);
  });

  it('a leg leaving a conference leaves the other two talking', () => {
    const legs: LegAudio[] = [];
    connectLegs(legs, [caller, ann, bob]);
    dropLeg(legs, ann.legId);
    expect(peersOf(legs, caller.legId)).toEqual([bob.legId]);
    expect(peersOf(legs, bob.legId)).toEqual([caller.legId]);
    expect(legs.map((leg) => leg.legId)).toEqual([caller.legId, bob.legId]);
  });

  it('connecting two legs of a conference takes them out of it', () => {
    const legs: LegAudio[] = [];
    connectLegs(legs, [caller, ann, bob]);
    connectLegs(legs, [ann, bob]);
    expect(legs.find((leg) => leg.legId === caller.legId)?.hears).toBe('silence');
    expect(peersOf(legs, ann.legId)).toEqual([bob.legId]);
  });
});
