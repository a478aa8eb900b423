import { describe, expect, it } from 'vitest';
import { generateHoldMusic, holdMusicMelody, tones } from './sounds.ts';
import { powerShare, rms } from './test-support/goertzel.ts';

describe('tones and hold music (S3)', () => {
  it('rings back at 425 Hz, 1 s on and 4 s off; busy is 425 Hz 0.5 s on, 0.5 s off', () => {
    expect(tones.ringback).toHaveLength(40_000);
    expect(powerShare(tones.ringback.subarray(400, 7600), 425)).toBeGreaterThan(0.9);
    expect(rms(tones.ringback.subarray(8000))).toBe(0);
    expect(tones.busy).toHaveLength(8000);
    expect(powerShare(tones.busy.subarray(200, 3800), 425)).toBeGreaterThan(0.9);
    expect(rms(tones.busy.subarray(4000))).toBe(0);
  });

  it('plays the hold melody note by note, loud enough and never clipping', () => {
    const music = generateHoldMusic();
    const beat = 2400;
    expect(music).toHaveLength(beat * holdMusicMelody.length);
    holdMusicMelody.forEach((note, index) => {
      const block = music.subarray(index * beat + 80, index * beat + 1280);
      const others = holdMusicMelody.filter((other) => Math.abs(other - note) > 1);
      const best = Math.max(...others.map((other) => powerShare(block, other)));
      expect(powerShare(block, note)).toBeGreaterThan(best);
    });
    expect(rms(music)).toBeGreaterThan(1500);
    expect(Math.max(...music)).toBeLessThan(32767);
  });
});
