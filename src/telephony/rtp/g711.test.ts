import { describe, expect, it } from 'vitest';
import { alawToLinear, decode, encode, linearToAlaw, linearToUlaw, transcode, ulawToLinear } from './g711.ts';

describe('G.711 µ-law (S3)', () => {
  it('encodes the ITU-T G.711 reference points', () => {
    expect(linearToUlaw(0)).toBe(0xff);
    expect(linearToUlaw(32767)).toBe(0x80);
    expect(linearToUlaw(-32768)).toBe(0x00);
    // The first segment steps by 8 (2 in G.711's 14-bit scale): 8 is code 0xFE.
    expect(linearToUlaw(8)).toBe(0xfe);
    expect(linearToUlaw(-8)).toBe(0x7e);
  });

  it('decodes to the ITU-T G.711 table values', () => {
    expect(ulawToLinear(0xff)).toBe(0);
    expect(ulawToLinear(0x7f)).toBe(0);
    expect(ulawToLinear(0xfe)).toBe(8);
    expect(ulawToLinear(0xf0)).toBe(120);
    expect(ulawToLinear(0xef)).toBe(132);
    expect(ulawToLinear(0x80)).toBe(32124);
    expect(ulawToLinear(0x00)).toBe(-32124);
  });

  it('round-trips every code (µ-law has a negative zero, 0x7F, which re-encodes as 0xFF)', () => {
    for (let code = 0; code < 256; code++) {
      expect(linearToUlaw(ulawToLinear(code))).toBe(code === 0x7f ? 0xff : code);
    }
  });
});

describe('G.711 A-law (S3)', () => {
  it('encodes the ITU-T G.711 reference points (even bits inverted)', () => {
    expect(linearToAlaw(0)).toBe(0xd5);
    expect(linearToAlaw(-1)).toBe(0x55);
    expect(linearToAlaw(32767)).toBe(0xaa);
    expect(linearToAlaw(-32768)).toBe(0x2a);
  });

  it('decodes to the ITU-T G.711 table values', () => {
    expect(alawToLinear(0xd5)).toBe(8);
    expect(alawToLinear(0x55)).toBe(-8);
    expect(alawToLinear(0xaa)).toBe(32256);
    expect(alawToLinear(0x2a)).toBe(-32256);
    expect(alawToLinear(0xc5)).toBe(264);
  });

  it('round-trips every code', () => {
    for (let code = 0; code < 256; code++) expect(linearToAlaw(alawToLinear(code))).toBe(code);
  });
});

describe('G.711 payloads', () => {
  const sine = Int16Array.from({ length: 160 }, (_, i) =>
    Math.round(20000 * Math.sin((2 * Math.PI * i) / 16)),
  );

  it('keeps a signal within the quantisation step of its segment', () => {
    for (const codec of ['PCMU', 'PCMA'] as const) {
      const back = decode(encode(sine, codec), codec);
      for (let i = 0; i < sine.length; i++) {
        expect(Math.abs(back[i]! - sine[i]!)).toBeLessThanOrEqual(Math.abs(sine[i]!) / 16 + 16);
      }
    }
  });

  it('transcodes µ-law to A-law sample-wise, as encoding the decoded signal would', () => {
    const ulaw = encode(sine, 'PCMU');
    const alaw = transcode(ulaw, 'PCMU', 'PCMA');
    expect(Array.from(alaw)).toEqual(Array.from(encode(decode(ulaw, 'PCMU'), 'PCMA')));
    expect(transcode(ulaw, 'PCMU', 'PCMU')).toBe(ulaw);
  });
});
