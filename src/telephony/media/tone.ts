import { telephonyFormat } from './wav.ts';

/** A sound pattern: tones played in turn, each for `stepMs`. */
export interface TonePattern {
  frequencies: readonly number[];
  stepMs: number;
}

/** Quiet enough not to clip or startle; ramps keep each tone change from clicking. */
const amplitude = 0.3 * 32767;
const rampMs = 5;

/** How many samples `durationMs` of audio takes. */
export const sampleCount = (durationMs: number, sampleRate: number = telephonyFormat.sampleRate) =>
  Math.max(0, Math.round((durationMs * sampleRate) / 1000));

/**
 * The simulated network's stand-in for a voice: `durationMs` of the pattern as 16-bit
 * samples. Deterministic, so the same call always gives the same file.
 */
export function synthesize(
  pattern: TonePattern,
  durationMs: number,
  sampleRate: number = telephonyFormat.sampleRate,
): Int16Array {
  const count = sampleCount(durationMs, sampleRate);
  const samples = new Int16Array(count);
  const stepSamples = Math.max(1, Math.round((pattern.stepMs * sampleRate) / 1000));
  const rampSamples = Math.max(1, Math.round((rampMs * sampleRate) / 1000));
  for (let i = 0; i < count; i++) {
    const step = Math.floor(i / stepSamples);
    const frequency = pattern.frequencies[step % pattern.frequencies.length] ?? 0;
    const within = i - step * stepSamples;
    const edge = Math.min(within, stepSamples - 1 - within, rampSamples) / rampSamples;
    samples[i] = Math.round(amplitude * edge * Math.sin((2 * Math.PI * frequency * i) / sampleRate));
  }
  return samples;
}
