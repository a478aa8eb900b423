/**
 * G.711 (ITU-T, 1988) µ-law and A-law: 8-bit logarithmic samples, one byte per 16-bit linear
 * sample, so transcoding between the laws is sample-wise. The segment arithmetic follows the
 * reference implementation (Sun's g711.c, as in ITU-T G.191); encoding reads 64 KiB tables so
 * the per-packet cost is one lookup per sample.
 */
import type { Codec } from '../media-plane.ts';

const signBit = 0x80;
const quantMask = 0x0f;
const segShift = 4;
const segMask = 0x70;
const ulawBias = 0x84;
/** The largest 14-bit magnitude µ-law represents before the bias is added. */
const ulawClip = 8159;
const ulawSegEnds = [0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff, 0x1fff];
const alawSegEnds = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff];

const segment = (value: number, ends: readonly number[]): number => {
  const index = ends.findIndex((end) => value <= end);
  return index === -1 ? ends.length : index;
};

function linearToUlawSlow(sample: number): number {
  let value = sample >> 2;
  let mask = 0xff;
  if (value < 0) {
    value = -value;
    mask = 0x7f;
  }
  value = Math.min(value, ulawClip) + (ulawBias >> 2);
  const seg = segment(value, ulawSegEnds);
  if (seg >= 8) return 0x7f ^ mask;
  return ((seg << segShift) | ((value >> (seg + 1)) & quantMask)) ^ mask;
}

function ulawToLinearSlow(code: number): number {
  const inverted = ~code & 0xff;
  const magnitude = (((inverted & quantMask) << 3) + ulawBias) << ((inverted & segMask) >> segShift);
  return inverted & signBit ? ulawBias - magnitude : magnitude - ulawBias;
}

function linearToAlawSlow(sample: number): number {
  let value = sample >> 3;
  let mask = 0xd5;
  if (value < 0) {
    value = -value - 1;
    mask = 0x55;
  }
  const seg = segment(value, alawSegEnds);
  if (seg >= 8) return 0x7f ^ mask;
  const quant = seg < 2 ? (value >> 1) & quantMask : (value >> seg) & quantMask;
  return ((seg << segShift) | quant) ^ mask;
}

function alawToLinearSlow(code: number): number {
  const value = code ^ 0x55;
  const seg = (value & segMask) >> segShift;
  let magnitude = (value & quantMask) << 4;
  if (seg === 0) magnitude += 8;
  else magnitude = (magnitude + 0x108) << (seg - 1);
  return value & signBit ? magnitude : -magnitude;
}

function encodeTable(encode: (sample: number) => number): Uint8Array {
  const table = new Uint8Array(65536);
  for (let sample = -32768; sample < 32768; sample++) table[sample & 0xffff] = encode(sample);
  return table;
}

function decodeTable(decode: (code: number) => number): Int16Array {
  return Int16Array.from({ length: 256 }, (_, code) => decode(code));
}

const ulawDecode = decodeTable(ulawToLinearSlow);
const alawDecode = decodeTable(alawToLinearSlow);

interface EncodeTables {
  ulaw: Uint8Array;
  alaw: Uint8Array;
  ulawToAlaw: Uint8Array;
  alawToUlaw: Uint8Array;
}
let encodeTables: EncodeTables | undefined;
/**
 * The encoding tables, built when first needed rather than when the module loads: 2 × 65,536
 * encodings cost a server start ~20–60 ms, most of it before the code is optimised, and a
 * server without calls never needs them (issue 16 goal 3).
 */
function encoders(): EncodeTables {
  if (encodeTables) return encodeTables;
  const ulaw = encodeTable(linearToUlawSlow);
  const alaw = encodeTable(linearToAlawSlow);
  encodeTables = {
    ulaw,
    alaw,
    ulawToAlaw: Uint8Array.from(ulawDecode, (sample) => alaw[sample & 0xffff]!),
    alawToUlaw: Uint8Array.from(alawDecode, (sample) => ulaw[sample & 0xffff]!),
  };
  return encodeTables;
}

export const linearToUlaw = (sample: number): number => encoders().ulaw[sample & 0xffff]!;
export const linearToAlaw = (sample: number): number => encoders().alaw[sample & 0xffff]!;
export const ulawToLinear = (code: number): number => ulawDecode[code & 0xff]!;
export const alawToLinear = (code: number): number => alawDecode[code & 0xff]!;

/** 16-bit samples as a G.711 payload. */
export function encode(samples: Int16Array, codec: Codec): Buffer {
  const table = codec === 'PCMU' ? encoders().ulaw : encoders().alaw;
  const payload = Buffer.allocUnsafe(samples.length);
  for (let i = 0; i < samples.length; i++) payload[i] = table[samples[i]! & 0xffff]!;
  return payload;
}

/** A G.711 payload as 16-bit samples, written into `into` (which must be long enough) or a new array. */
export function decode(payload: Uint8Array, codec: Codec, into?: Int16Array): Int16Array {
  const table = codec === 'PCMU' ? ulawDecode : alawDecode;
  const samples = into ?? new Int16Array(payload.length);
  for (let i = 0; i < payload.length; i++) samples[i] = table[payload[i]!]!;
  return samples;
}

/** A payload in one law re-coded in the other, byte for byte (the same payload when the laws match). */
export function transcode(payload: Uint8Array, from: Codec, to: Codec): Uint8Array {
  if (from === to) return payload;
  const table = from === 'PCMU' ? encoders().ulawToAlaw : encoders().alawToUlaw;
  const out = Buffer.allocUnsafe(payload.length);
  for (let i = 0; i < payload.length; i++) out[i] = table[payload[i]!]!;
  return out;
}

/** The static RTP payload types of RFC 3551. */
export const staticPayloadType: Record<Codec, number> = { PCMU: 0, PCMA: 8 };
