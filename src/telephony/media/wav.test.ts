import { describe, expect, it } from 'vitest';
import { encodeWav, readWavInfo, telephonyFormat, wavHeaderBytes } from './wav.ts';

describe('WAV encoder', () => {
  it('writes a RIFF/WAVE PCM header whose sizes match the samples', () => {
    const samples = Int16Array.from([0, 1000, -1000, 32767, -32768]);
    const wav = encodeWav(samples);
    expect(wav.length).toBe(wavHeaderBytes + samples.length * 2);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect(wav.readUInt16LE(20)).toBe(1);
    expect(wav.readUInt32LE(28)).toBe(16_000);
    expect(wav.readUInt16LE(32)).toBe(2);
    expect(readWavInfo(wav)).toEqual({
      ...telephonyFormat,
      dataBytes: samples.length * 2,
      dataOffset: wavHeaderBytes,
      durationMs: (samples.length * 1000) / 8000,
    });
  });

  it('stores samples little-endian, as written', () => {
    const samples = Int16Array.from([0x1234, -2]);
    const wav = encodeWav(samples);
    expect([...wav.subarray(wavHeaderBytes)]).toEqual([0x34, 0x12, 0xfe, 0xff]);
  });

  it('reads the duration back: one second of 8 kHz audio is one second', () => {
    expect(readWavInfo(encodeWav(new Int16Array(8000)))?.durationMs).toBe(1000);
    expect(readWavInfo(encodeWav(new Int16Array(0)))).toMatchObject({ dataBytes: 0, durationMs: 0 });
  });

  it('finds the data chunk after chunks it does not know', () => {
    const wav = encodeWav(Int16Array.from([1, 2, 3]));
    const list = Buffer.alloc(8 + 3);
    list.write('LIST', 0, 'ascii');
    list.writeUInt32LE(3, 4);
    const padded = Buffer.concat([wav.subarray(0, 36), list, Buffer.alloc(1), wav.subarray(36)]);
    expect(readWavInfo(padded)).toMatchObject({ dataBytes: 6, dataOffset: 36 + 12 + 8 });
  });

  it('refuses what is not a PCM WAV', () => {
    expect(readWavInfo(Buffer.from('not audio at all'))).toBeUndefined();
    const truncated = encodeWav(new Int16Array(100)).subarray(0, 100);
    expect(readWavInfo(truncated)).toBeUndefined();
    const compressed = encodeWav(new Int16Array(4));
    compressed.writeUInt16LE(3, 20);
    expect(readWavInfo(compressed)).toBeUndefined();
  });
});
