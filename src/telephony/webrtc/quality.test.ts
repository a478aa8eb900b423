import { describe, expect, it } from 'vitest';
import { estimateMos, qualityOf } from './quality.ts';

describe('call quality from a browser leg’s stats (issue 15 item 4)', () => {
  it('a clean loopback call scores as toll quality G.711 (about 4.4)', () => {
    expect(estimateMos({ jitterMs: 1, lossPercent: 0, rttMs: 1 })).toBeGreaterThan(4.3);
  });

  it('loss and delay lower the score, loss most', () => {
    const clean = estimateMos({ jitterMs: 5, lossPercent: 0, rttMs: 40 });
    const lossy = estimateMos({ jitterMs: 5, lossPercent: 5, rttMs: 40 });
    const late = estimateMos({ jitterMs: 5, lossPercent: 0, rttMs: 600 });
    expect(lossy).toBeLessThan(clean - 0.5);
    expect(late).toBeLessThan(clean);
    expect(estimateMos({ jitterMs: 200, lossPercent: 60, rttMs: 2000 })).toBe(1);
  });

  it('turns getStats seconds and counters into milliseconds and a loss share', () => {
    expect(
      qualityOf({ packetsReceived: 950, packetsLost: 50, jitter: 0.0123, roundTripTime: 0.0456 }),
    ).toEqual({ jitterMs: 12.3, lossPercent: 5, rttMs: 45.6, mos: expect.any(Number) });
    expect(qualityOf({ packetsReceived: 0, packetsLost: 0 })).toEqual({
      jitterMs: 0,
      lossPercent: 0,
      mos: expect.any(Number),
    });
  });
});
