/**
 * RTP packets (RFC 3550 §5.1): the 12-byte fixed header, CSRCs, an optional header extension
 * and padding. Parsing never throws: anything malformed is undefined and is dropped.
 */
export const rtpHeaderBytes = 12;

export interface RtpPacket {
  marker: boolean;
  payloadType: number;
  sequence: number;
  timestamp: number;
  ssrc: number;
  /** A view into the datagram: copy it before the datagram's buffer is reused. */
  payload: Buffer;
}

export function parseRtp(datagram: Buffer): RtpPacket | undefined {
  if (datagram.length < rtpHeaderBytes) return undefined;
  const first = datagram[0]!;
  if (first >> 6 !== 2) return undefined;
  const second = datagram[1]!;
  const payloadType = second & 0x7f;
  // 72–76 would be RTCP sent to the RTP port (RFC 5761 demultiplexing): not audio.
  if (payloadType >= 72 && payloadType <= 76) return undefined;
  let offset = rtpHeaderBytes + (first & 0x0f) * 4;
  if (first & 0x10) {
    if (datagram.length < offset + 4) return undefined;
    offset += 4 + datagram.readUInt16BE(offset + 2) * 4;
  }
  let end = datagram.length;
  if (first & 0x20) {
    const padding = datagram[datagram.length - 1]!;
    if (padding === 0) return undefined;
    end -= padding;
  }
  if (end < offset) return undefined;
  return {
    marker: (second & 0x80) !== 0,
    payloadType,
    sequence: datagram.readUInt16BE(2),
    timestamp: datagram.readUInt32BE(4),
    ssrc: datagram.readUInt32BE(8),
    payload: datagram.subarray(offset, end),
  };
}

/** A packet with no CSRCs, extension or padding: all this plane ever sends. */
export function buildRtp(header: Omit<RtpPacket, 'payload'>, payload: Uint8Array): Buffer {
  const datagram = Buffer.allocUnsafe(rtpHeaderBytes + payload.length);
  datagram[0] = 0x80;
  datagram[1] = (header.marker ? 0x80 : 0) | (header.payloadType & 0x7f);
  datagram.writeUInt16BE(header.sequence & 0xffff, 2);
  datagram.writeUInt32BE(header.timestamp >>> 0, 4);
  datagram.writeUInt32BE(header.ssrc >>> 0, 8);
  datagram.set(payload, rtpHeaderBytes);
  return datagram;
}
