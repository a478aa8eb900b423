import { describe, expect, it } from 'vitest';
import { annRinging, types } from '../testing.ts';

const figures = { jitterMs: 2.345, lossPercent: 0.5, rttMs: 20, mos: 4.38 };

describe('call quality recorded on the call (issue 15 item 4)', () => {
  it('records a connected agent leg’s figures in the history, rounded, and changes nothing else', () => {
    const s = annRinging();
    const legId = [...s.state.calls.get('c1')!.legs.values()].find((leg) => leg.userId === 'ann')!.id;
    expect(() => s.when({ type: 'call.quality', callId: 'c1', legId, quality: figures })).toThrow(
      /not connected/,
    );
    s.when({ type: 'call.answer_leg', callId: 'c1', legId });
    // As a snapshot stores it: a structured clone would drop the legs' IdMap class.
    const before = JSON.stringify(s.state.calls.get('c1'));
    const events = s.when({ type: 'call.quality', callId: 'c1', legId, quality: figures });
    expect(types(events)).toEqual(['call.quality_recorded']);
    expect(events[0]).toMatchObject({
      legId,
      userId: 'ann',
      jitterMs: 2.35,
      lossPercent: 0.5,
      rttMs: 20,
      mos: 4.38,
    });
    expect(JSON.stringify(s.state.calls.get('c1'))).toBe(before);
  });

  it('refuses figures out of range, naming the field', () => {
    const s = annRinging();
    const legId = [...s.state.calls.get('c1')!.legs.values()].find((leg) => leg.userId === 'ann')!.id;
    s.when({ type: 'call.answer_leg', callId: 'c1', legId });
    const bad = (quality: Record<string, unknown>) => () =>
      s.when({
        type: 'call.quality',
        callId: 'c1',
        legId,
        quality: { ...figures, ...quality } as typeof figures,
      });
    expect(bad({ mos: 7 })).toThrow(/quality\.mos/);
    expect(bad({ mos: 0.5 })).toThrow(/quality\.mos/);
    expect(bad({ lossPercent: -1 })).toThrow(/quality\.lossPercent/);
    expect(bad({ jitterMs: Number.NaN })).toThrow(/quality\.jitterMs/);
    expect(bad({ rttMs: '5' })).toThrow(/quality\.rttMs/);
  });
});
