import { readWavInfo, telephonyFormat } from '../media/wav.ts';

/**
 * A WAV file as what a leg can play (a prompt, hold music): 8 kHz 16-bit mono samples. Files
 * in other rates or with more channels are mixed down and resampled linearly, which is enough
 * for voice and music on a telephone line (G.711 carries nothing above 4 kHz anyway, though a
 * file with much energy above 4 kHz will alias: filter it before uploading).
 */
export function pcmFromWav(bytes: Uint8Array): Int16Array {
  const info = readWavInfo(bytes);
  if (!info) throw new TypeError('audio must be a PCM WAV file (RIFF/WAVE, linear PCM)');
  if (info.bitsPerSample !== 16)
    throw new TypeError(`audio must have 16-bit samples, not ${info.bitsPerSample}-bit`);
  if (info.channels < 1) throw new TypeError('audio must have at least one channel');
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const frames = Math.floor(info.dataBytes / (2 * info.channels));
  const mono = new Float64Array(frames);
  for (let frame = 0; frame < frames; frame++) {
    let sum = 0;
    for (let channel = 0; channel < info.channels; channel++)
      sum += view.readInt16LE(info.dataOffset + (frame * info.channels + channel) * 2);
    mono[frame] = sum / info.channels;
  }
  return resample(mono, info.sampleRate, telephonyFormat.sampleRate);
}

function resample(samples: Float64Array, from: number, to: number): Int16Array {
  const length = Math.floor((samples.length * to) / from);
  const out = new Int16Array(length);
  for (let i = 0; i < length; i++) {
    const position = (i * from) / to;
    const index = Math.floor(position);
    const next = samples[Math.min(index + 1, samples.length - 1)]!;
    const value = samples[index]! + (next - samples[index]!) * (position - index);
    out[i] = Math.max(-32768, Math.min(32767, Math.round(value)));
  }
  return out;
}
