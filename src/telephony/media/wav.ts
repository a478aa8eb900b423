/**
 * A minimal WAV (RIFF/WAVE, linear PCM) encoder and header reader: what voicemails and call
 * recordings are stored as. Telephony audio is 16-bit mono at 8 kHz.
 */
export const telephonyFormat = { sampleRate: 8000, channels: 1, bitsPerSample: 16 } as const;

/** The canonical header: RIFF descriptor (12 bytes), `fmt ` chunk (24), `data` chunk header (8). */
export const wavHeaderBytes = 44;

export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Bytes of sample data. */
  dataBytes: number;
  /** Where the sample data starts in the file. */
  dataOffset: number;
  durationMs: number;
}

/** 16-bit mono PCM samples as a WAV file. */
export function encodeWav(samples: Int16Array, sampleRate: number = telephonyFormat.sampleRate): Buffer {
  const { channels, bitsPerSample } = telephonyFormat;
  const blockAlign = (channels * bitsPerSample) / 8;
  const dataBytes = samples.length * blockAlign;
  const wav = Buffer.alloc(wavHeaderBytes + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(wavHeaderBytes - 8 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // linear PCM
  wav.writeUInt16LE(channels, 22);
  wav.writeUInt32LE(sampleRate, 24);
  wav.writeUInt32LE(sampleRate * blockAlign, 28);
  wav.writeUInt16LE(blockAlign, 32);
  wav.writeUInt16LE(bitsPerSample, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  for (let i = 0; i < samples.length; i++) wav.writeInt16LE(samples[i]!, wavHeaderBytes + i * 2);
  return wav;
}

/**
 * The format and length of a PCM WAV file, or undefined for anything else. Walks the chunks
 * rather than assuming the canonical layout, so files from other tools read too.
 */
export function readWavInfo(bytes: Uint8Array): WavInfo | undefined {
  const wav = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (wav.length < 12 || wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE')
    return undefined;
  let format: Pick<WavInfo, 'sampleRate' | 'channels' | 'bitsPerSample'> | undefined;
  for (let offset = 12; offset + 8 <= wav.length; ) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ' && size >= 16 && body + 16 <= wav.length) {
      if (wav.readUInt16LE(body) !== 1) return undefined;
      format = {
        channels: wav.readUInt16LE(body + 2),
        sampleRate: wav.readUInt32LE(body + 4),
        bitsPerSample: wav.readUInt16LE(body + 14),
      };
    }
    if (id === 'data') {
      if (!format || body + size > wav.length) return undefined;
      const bytesPerSecond = (format.sampleRate * format.channels * format.bitsPerSample) / 8;
      if (bytesPerSecond === 0) return undefined;
      return { ...format, dataBytes: size, dataOffset: body, durationMs: (size * 1000) / bytesPerSecond };
    }
    // Chunks are word-aligned: an odd size is followed by a pad byte.
    offset = body + size + (size % 2);
  }
  return undefined;
}
