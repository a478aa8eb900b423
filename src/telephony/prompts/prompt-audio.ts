import { invalid } from '../../domain/errors.ts';
import { ulawToLinear } from '../rtp/g711.ts';

/**
 * An uploaded prompt, checked before it is kept: a WAV a phone line can play as it is, 8 kHz
 * mono, 16-bit linear PCM or G.711 µ-law (what `sox in.wav -r 8000 -c 1 -e u-law out.wav`
 * writes). Nothing is resampled, so what the admin hears locally is what callers hear.
 */
export const promptLimits = {
  /** 1 MiB: a minute of 16-bit audio, two of µ-law. */
  maxBytes: 1024 * 1024,
  maxDurationMs: 60_000,
  minDurationMs: 100,
} as const;

const pcmFormat = 1;
const ulawFormat = 7;

export interface PromptAudio {
  pcm: Int16Array;
  durationMs: number;
  encoding: 'pcm16' | 'ulaw';
}

/** The prompt's samples, or a validation error naming `field` and saying what is wrong. */
export function decodePrompt(bytes: Uint8Array, field = 'audio'): PromptAudio {
  if (bytes.length > promptLimits.maxBytes)
    throw invalid(field, `audio must be at most ${promptLimits.maxBytes} bytes, got ${bytes.length}`);
  const wav = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE')
    throw invalid(field, 'audio must be a WAV file (RIFF/WAVE)');
  let format: { code: number; channels: number; rate: number; bits: number } | undefined;
  for (let offset = 12; offset + 8 <= wav.length; ) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ' && size >= 16 && body + 16 <= wav.length)
      format = {
        code: wav.readUInt16LE(body),
        channels: wav.readUInt16LE(body + 2),
        rate: wav.readUInt32LE(body + 4),
        bits: wav.readUInt16LE(body + 14),
      };
    if (id === 'data') {
      if (!format) throw invalid(field, 'audio has no format chunk before its data');
      checkFormat(format, field);
      const end = Math.min(wav.length, body + size);
      return samplesOf(wav.subarray(body, end), format.code === ulawFormat ? 'ulaw' : 'pcm16', field);
    }
    offset = body + size + (size % 2);
  }
  throw invalid(field, 'audio has no data chunk');
}

function checkFormat(format: { code: number; channels: number; rate: number; bits: number }, field: string) {
  const encoding =
    format.code === pcmFormat && format.bits === 16
      ? 'pcm16'
      : format.code === ulawFormat && format.bits === 8
        ? 'ulaw'
        : undefined;
  if (!encoding)
    throw invalid(
      field,
      `audio must be 16-bit linear PCM or 8-bit µ-law, got format ${format.code} with ${format.bits}-bit samples`,
    );
  if (format.rate !== 8000) throw invalid(field, `audio must be sampled at 8000 Hz, got ${format.rate} Hz`);
  if (format.channels !== 1) throw invalid(field, `audio must be mono, got ${format.channels} channels`);
}

function samplesOf(data: Buffer, encoding: 'pcm16' | 'ulaw', field: string): PromptAudio {
  const count = encoding === 'ulaw' ? data.length : Math.floor(data.length / 2);
  const durationMs = count / 8;
  if (durationMs > promptLimits.maxDurationMs)
    throw invalid(
      field,
      `audio must last at most ${promptLimits.maxDurationMs / 1000} s, got ${(durationMs / 1000).toFixed(1)} s`,
    );
  if (durationMs < promptLimits.minDurationMs)
    throw invalid(field, `audio must last at least ${promptLimits.minDurationMs} ms, got ${durationMs} ms`);
  const pcm = new Int16Array(count);
  for (let i = 0; i < count; i++)
    pcm[i] = encoding === 'ulaw' ? ulawToLinear(data[i]!) : data.readInt16LE(i * 2);
  return { pcm, durationMs, encoding };
}
