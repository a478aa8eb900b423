import { describe, expect, it } from 'vitest';
import { synthesize } from './tone.ts';

const pattern = { frequencies: [440, 660], stepMs: 250 };

describe('tone synthesis', () => {
  it('gives 8 samples per millisecond at 8 kHz', () => {
    expect(synthesize(pattern, 1500)).toHaveLength(12_000);
    expect(synthesize(pattern, 0)).toHaveLength(0);
  });

  it('is audible, never clips, and is the same every time', () => {
    const samples = synthesize(pattern, 1000);
    const peak = Math.max(...Array.from(samples, Math.abs));
    expect(peak).toBeGreaterThan(5000);
    expect(peak).toBeLessThan(32767);
    expect(synthesize(pattern, 1000)).toEqual(samples);
  });

  it('steps through the pattern: the second step has more zero crossings than the first', () => {
    const samples = synthesize(pattern, 500);
    const crossings = (part: Int16Array) =>
      part.slice(1).filter((sample, i) => Math.sign(sample) !== Math.sign(part[i]!) && sample !== 0).length;
    expect(crossings(samples.subarray(2000, 4000))).toBeGreaterThan(crossings(samples.subarray(0, 2000)));
  });
});
