/**
 * The Goertzel algorithm: the power of one frequency in a block of samples, as a share of the
 * block's whole power, so "this leg hears 1 kHz" is a number between 0 and 1.
 */
export function powerShare(samples: Int16Array, frequency: number, sampleRate = 8000): number {
  const n = samples.length;
  if (n === 0) return 0;
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const sample = samples[i]!;
    total += sample * sample;
    const current = sample + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  if (total === 0) return 0;
  const magnitudeSquared =
    previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  // A sine of amplitude A over n samples gives |X|² = (A·n/2)², and its power is A²/2.
  const tonePower = (2 * magnitudeSquared) / (n * n);
  return Math.min(1, tonePower / (total / n));
}

/** Root mean square of the samples: how loud they are. */
export const rms = (samples: Int16Array): number =>
  samples.length === 0
    ? 0
    : Math.sqrt(samples.reduce((sum, sample) => sum + sample * sample, 0) / samples.length);
