/**
 * Test vectors from capture files: the UDP payloads of a classic libpcap file (not pcapng) of
 * Ethernet frames carrying IPv4, as SIPp ships its G.711 and RFC 4733 recordings.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface CapturedDatagram {
  /** Capture time in microseconds. */
  timeUs: number;
  payload: Buffer;
}

const ethernet = 1;
const ethernetHeaderBytes = 14;
const ipv4 = 0x0800;
const udp = 17;

export function readPcapUdp(file: Buffer): CapturedDatagram[] {
  const magic = file.readUInt32LE(0);
  const littleEndian = magic === 0xa1b2c3d4 || magic === 0xa1b23c4d;
  if (!littleEndian && file.readUInt32BE(0) !== 0xa1b2c3d4 && file.readUInt32BE(0) !== 0xa1b23c4d)
    throw new Error('not a libpcap file');
  const u32 = (offset: number) => (littleEndian ? file.readUInt32LE(offset) : file.readUInt32BE(offset));
  const nanoseconds = (littleEndian ? magic : file.readUInt32BE(0)) === 0xa1b23c4d;
  if (u32(20) !== ethernet) throw new Error(`link type ${u32(20)} is not Ethernet`);
  const datagrams: CapturedDatagram[] = [];
  for (let offset = 24; offset + 16 <= file.length; ) {
    const fraction = u32(offset + 4);
    const timeUs = u32(offset) * 1e6 + (nanoseconds ? Math.floor(fraction / 1000) : fraction);
    const length = u32(offset + 8);
    const frame = file.subarray(offset + 16, offset + 16 + length);
    offset += 16 + length;
    const payload = udpPayload(frame);
    if (payload) datagrams.push({ timeUs, payload });
  }
  return datagrams;
}

function udpPayload(frame: Buffer): Buffer | undefined {
  if (frame.length < ethernetHeaderBytes + 20 || frame.readUInt16BE(12) !== ipv4) return undefined;
  const ip = frame.subarray(ethernetHeaderBytes);
  if (ip[9] !== udp) return undefined;
  const udpOffset = (ip[0]! & 0x0f) * 4;
  const udpLength = ip.readUInt16BE(udpOffset + 4);
  return ip.subarray(udpOffset + 8, udpOffset + udpLength);
}

const sipTesterShare = '/usr/share/sip-tester';

/**
 * One of SIPp's shipped recordings, or undefined when sip-tester is not installed (then the
 * test says how to install it and skips; under CI=true a missing package is a failure).
 */
export function sipTesterPcap(name: string): Buffer | undefined {
  const path = `${sipTesterShare}/${name}`;
  if (existsSync(path)) return readFileSync(path);
  if (process.env.CI === 'true') throw new Error(`${path} is missing: .ci/run installs sip-tester`);
  return undefined;
}

export const sipTesterMissing =
  'sip-tester is not installed (apt-get install sip-tester): skipping the tests that replay its recordings';
