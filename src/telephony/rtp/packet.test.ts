import { describe, expect, it } from 'vitest';
import { buildRtp, parseRtp } from './packet.ts';

const header = { marker: true, payloadType: 8, sequence: 65535, timestamp: 0xfffffff0, ssrc: 0xdeadbeef };

describe('RTP packets (RFC 3550)', () => {
  it('reads back what it builds', () => {
    const payload = Buffer.from([1, 2, 3, 4]);
    const packet = parseRtp(buildRtp(header, payload));
    expect(packet).toEqual({ ...header, payload });
  });

  it('skips CSRCs and a header extension, and strips padding', () => {
    const datagram = Buffer.from([
      0xb1,
      0x00,
      0x00,
      0x01,
      0,
      0,
      0,
      160,
      0,
      0,
      0,
      7, // V=2, P, X, CC=1; PT 0
      0,
      0,
      0,
      9, // CSRC
      0xbe,
      0xde,
      0x00,
      0x01,
      1,
      2,
      3,
      4, // extension of one word
      0xaa,
      0xbb, // payload
      0,
      0,
      3, // padding of 3
    ]);
    const packet = parseRtp(datagram);
    expect(packet?.payload).toEqual(Buffer.from([0xaa, 0xbb]));
    expect(packet?.timestamp).toBe(160);
    expect(packet?.ssrc).toBe(7);
  });

  it('drops what is not RTP: short, wrong version, RTCP, impossible lengths', () => {
    expect(parseRtp(Buffer.alloc(11, 0x80))).toBeUndefined();
    expect(parseRtp(Buffer.from([0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
    expect(parseRtp(Buffer.from([0x80, 200, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
    expect(parseRtp(Buffer.from([0x8f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
    expect(parseRtp(Buffer.from([0xa0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40]))).toBeUndefined();
  });
});
