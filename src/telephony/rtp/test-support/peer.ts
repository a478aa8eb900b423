/**
 * A phone for the media plane's tests: a UDP socket on 127.0.0.1 that sends G.711 audio and
 * RFC 4733 events in real time, and keeps every RTP packet it receives.
 */
import { createSocket, type Socket } from 'node:dgram';
import type { Codec, RemoteMedia } from '../../media-plane.ts';
import { decode, encode, staticPayloadType } from '../g711.ts';
import { buildRtp, parseRtp, type RtpPacket } from '../packet.ts';

export const telephoneEvent = 101;
type Address = { address: string; port: number };

export class TestPeer {
  readonly packets: RtpPacket[] = [];
  private sequence = 0;
  private timestamp = 0;

  private constructor(private readonly socket: Socket) {
    socket.on('message', (datagram) => {
      const packet = parseRtp(datagram);
      if (packet) this.packets.push({ ...packet, payload: Buffer.from(packet.payload) });
    });
  }

  static open(): Promise<TestPeer> {
    const socket = createSocket('udp4');
    return new Promise((resolve) => socket.bind(0, '127.0.0.1', () => resolve(new TestPeer(socket))));
  }

  get port(): number {
    return this.socket.address().port;
  }

  /** This peer's SDP, as the signalling would hand it to a leg. */
  media(codec: Codec, extra: Partial<RemoteMedia> = {}): RemoteMedia {
    const payloadType = staticPayloadType[codec];
    return {
      address: '127.0.0.1',
      port: this.port,
      codec,
      payloadType,
      telephoneEventPayloadType: telephoneEvent,
      ...extra,
    };
  }

  send(datagram: Buffer, to: Address): void {
    this.socket.send(datagram, to.port, to.address);
  }

  /** Sends PCM as 20 ms packets, paced in real time. */
  async say(pcm: Int16Array, codec: Codec, to: Address): Promise<void> {
    for (let offset = 0; offset < pcm.length; offset += 160) {
      const payload = encode(pcm.subarray(offset, offset + 160), codec);
      this.send(this.packet(staticPayloadType[codec], payload, this.timestamp), to);
      this.timestamp += 160;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  packet(payloadType: number, payload: Uint8Array, timestamp: number, marker = false): Buffer {
    return buildRtp({ marker, payloadType, sequence: this.sequence++, timestamp, ssrc: 0x5eed }, payload);
  }

  /** The audio received (either G.711 law, by payload type), decoded and joined in arrival order. */
  heard(): Int16Array {
    const audio = this.packets.filter((packet) => packet.payloadType === 0 || packet.payloadType === 8);
    const samples = new Int16Array(audio.reduce((length, packet) => length + packet.payload.length, 0));
    let offset = 0;
    for (const packet of audio) {
      samples.set(decode(packet.payload, packet.payloadType === 0 ? 'PCMU' : 'PCMA'), offset);
      offset += packet.payload.length;
    }
    return samples;
  }

  clear(): void {
    this.packets.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition` holds, checking every 10 ms, for at most `ms`. */
export async function until(condition: () => boolean, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await wait(10);
}
