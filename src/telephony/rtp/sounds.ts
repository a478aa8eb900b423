/**
 * What a leg hears when nobody speaks to it: call-progress tones and hold music, generated
 * once as 8 kHz 16-bit PCM. The tones are the European (CEPT, ETSI TR 101 041) ones, since
 * Switchboard's first users are in Spain: ringback 425 Hz 1 s on / 4 s off, busy 425 Hz
 * 0.5 s on / 0.5 s off. The beep (recording started, or a whisper's cue) is 1 kHz for 250 ms.
 */
import { sampleCount, synthesize } from '../media/tone.ts';

const silence = (durationMs: number) => new Int16Array(sampleCount(durationMs));

const concat = (...parts: Int16Array[]): Int16Array => {
  const all = new Int16Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return all;
};

const tone = (frequency: number, durationMs: number) =>
  synthesize({ frequencies: [frequency], stepMs: durationMs }, durationMs);

export const ringbackFrequency = 425;
export const beepFrequency = 1000;

type ToneName = 'ringback' | 'busy' | 'beep';
let cadences: Record<ToneName, Int16Array> | undefined;
/** Synthesised on first use, not when a server starts (issue 16 goal 3). */
const cadence = (name: ToneName): Int16Array => {
  cadences ??= {
    ringback: concat(tone(ringbackFrequency, 1000), silence(4000)),
    busy: concat(tone(ringbackFrequency, 500), silence(500)),
    beep: tone(beepFrequency, 250),
  };
  return cadences[name];
};

/** One cadence of each tone; ringback and busy loop, the beep plays once. */
export const tones: { readonly [name in ToneName]: Int16Array } = {
  get ringback() {
    return cadence('ringback');
  },
  get busy() {
    return cadence('busy');
  },
  get beep() {
    return cadence('beep');
  },
};

const sampleRate = 8000;

/** A plucked note: a quick attack, then a decay, with a soft octave above for warmth. */
function note(frequency: number, durationMs: number, amplitude: number): Float64Array {
  const samples = new Float64Array(sampleCount(durationMs));
  const attack = sampleCount(15);
  for (let i = 0; i < samples.length; i++) {
    const envelope = Math.min(1, i / attack) * Math.exp((-3 * i) / samples.length);
    const phase = (2 * Math.PI * frequency * i) / sampleRate;
    samples[i] = amplitude * envelope * (Math.sin(phase) + 0.25 * Math.sin(2 * phase));
  }
  return samples;
}

const hz = (semitonesFromA4: number) => 440 * 2 ** (semitonesFromA4 / 12);

/**
 * The melody's notes (C major pentatonic around C5, over a C–Am–F–G bass), exported so a
 * test can recognise hold music by the frequencies it holds.
 */
export const holdMusicMelody = [
  3, 5, 7, 10, 12, 10, 7, 5, 0, 3, 7, 12, 10, 7, 5, 3, 5, 7, 10, 15, 12, 10, 7, 10, 7, 5, 3, 5, 7, 3, 0, 3,
].map(hz);
export const holdMusicBass = [-9, -12, -16, -14].map(hz);
const beatMs = 300;

/** A gentle looped tune, about 9.6 s long: the default when no hold music is configured. */
export function generateHoldMusic(): Int16Array {
  const beat = sampleCount(beatMs);
  const mix = new Float64Array(beat * holdMusicMelody.length);
  holdMusicMelody.forEach((frequency, index) => {
    mix.set(note(frequency, beatMs, 0.22 * 32767), index * beat);
  });
  const bar = beat * (holdMusicMelody.length / holdMusicBass.length);
  holdMusicBass.forEach((frequency, index) => {
    const bass = note(frequency, (bar * 1000) / sampleRate, 0.12 * 32767);
    for (let i = 0; i < bass.length; i++) mix[index * bar + i]! += bass[i]!;
  });
  return Int16Array.from(mix, (value) => Math.max(-32768, Math.min(32767, Math.round(value))));
}

const dtmfRows = [697, 770, 852, 941];
const dtmfColumns = [1209, 1336, 1477, 1633];
const dtmfKeys = ['123A', '456B', '789C', '*0#D'];

/** A key press as in-band DTMF (ITU-T Q.23): for a peer that did not offer telephone-events. */
export function dtmf(digit: string, durationMs = 100, gapMs = 60): Int16Array {
  const row = dtmfKeys.findIndex((keys) => keys.includes(digit));
  if (row === -1) throw new TypeError(`digit must be one of 0-9 * # A-D, got ${JSON.stringify(digit)}`);
  const column = dtmfKeys[row]!.indexOf(digit);
  const toneLength = sampleCount(durationMs);
  const samples = new Int16Array(toneLength + sampleCount(gapMs));
  for (let i = 0; i < toneLength; i++) {
    const t = (2 * Math.PI * i) / sampleRate;
    samples[i] = Math.round(8000 * (Math.sin(dtmfRows[row]! * t) + Math.sin(dtmfColumns[column]! * t)));
  }
  return samples;
}
