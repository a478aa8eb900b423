import { describe, expect, it } from 'vitest';
import { synthesize } from '../media/tone.ts';
import { encodeWav } from '../media/wav.ts';
import { powerShare } from './test-support/goertzel.ts';
import { pcmFromWav } from './wav-pcm.ts';

/** A 16-bit PCM WAV of any rate and channel count (encodeWav writes only mono). */
function wav(samples: Int16Array, sampleRate: number, channels: number): Buffer {
  const file = encodeWav(new Int16Array(samples.length * channels), sampleRate);
  file.writeUInt16LE(channels, 22);
  file.writeUInt32LE(sampleRate * channels * 2, 28);
  file.writeUInt16LE(channels * 2, 32);
  samples.forEach((sample, i) => {
    for (let channel = 0; channel < channels; channel++)
      file.writeInt16LE(sample, 44 + (i * channels + channel) * 2);
  });
  return file;
}

describe('WAV files as prompts and hold music (S3)', () => {
  it('takes an 8 kHz mono file as it is', () => {
    const samples = synthesize({ frequencies: [440], stepMs: 500 }, 500);
    expect(pcmFromWav(encodeWav(samples))).toEqual(samples);
  });

  it('mixes down and resamples a 16 kHz stereo file to 8 kHz mono, keeping its pitch', () => {
    const samples = synthesize({ frequencies: [440], stepMs: 1000 }, 1000, 16_000);
    const pcm = pcmFromWav(wav(samples, 16_000, 2));
    expect(pcm).toHaveLength(8000);
    expect(powerShare(pcm.subarray(100, 7900), 440)).toBeGreaterThan(0.9);
  });

  it('refuses what it cannot play, saying why', () => {
    expect(() => pcmFromWav(Buffer.from('not audio'))).toThrow(/PCM WAV/);
    const eightBit = encodeWav(new Int16Array(10));
    eightBit.writeUInt16LE(8, 34);
    expect(() => pcmFromWav(eightBit)).toThrow(/16-bit/);
  });
});
