import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PacketTransport } from '../media-plane.ts';
import { decode, encode } from './g711.ts';
import { buildRtp, parseRtp } from './packet.ts';
import { PlaneFixture, tone } from './test-support/fixture.ts';
import { powerShare } from './test-support/goertzel.ts';
import { until, wait } from './test-support/peer.ts';

/** A transport that is not a socket: what a browser's peer connection hands the plane. */
class MemoryTransport implements PacketTransport {
  readonly local = { address: '127.0.0.1', port: 0 };
  readonly sent: Buffer[] = [];
  closed = false;
  private listener: ((datagram: Buffer) => void) | undefined;

  send(datagram: Buffer): void {
    this.sent.push(Buffer.from(datagram));
  }

  onPacket(listener: (datagram: Buffer) => void): void {
    this.listener = listener;
  }

  deliver(datagram: Buffer): void {
    this.listener?.(datagram);
  }

  close(): void {
    this.closed = true;
  }
}

let fixture: PlaneFixture;

beforeAll(() => {
  fixture = new PlaneFixture();
});

afterAll(() => fixture.close());

describe('a leg on an attached transport (issue 15 item 1)', () => {
  it('is bridged with a UDP leg both ways, and closing it closes the transport', async () => {
    const transport = new MemoryTransport();
    const browser = fixture.plane.attachLeg('browser-1', transport);
    browser.connect({ address: '127.0.0.1', port: 9, codec: 'PCMA', payloadType: 8 });
    const { leg: phone, peer } = await fixture.call('PCMU');
    fixture.plane.bridge(browser, phone);

    // The "browser" speaks a 1400 Hz tone in A-law, as its peer connection would deliver it.
    const pcm = tone(1400, 400);
    for (let sequence = 0; sequence * 160 < pcm.length; sequence++) {
      const payload = encode(pcm.subarray(sequence * 160, (sequence + 1) * 160), 'PCMA');
      const header = { marker: sequence === 0, payloadType: 8, sequence, timestamp: sequence * 160, ssrc: 7 };
      transport.deliver(buildRtp(header, payload));
      await wait(20);
    }
    await until(() => peer.heard().length >= 2400);
    expect(powerShare(peer.heard(), 1400)).toBeGreaterThan(0.8);

    await peer.say(tone(1000, 400), 'PCMU', phone.local);
    await wait(40);
    const toBrowser = transport.sent.map((datagram) => parseRtp(datagram)!);
    expect(toBrowser.length).toBeGreaterThanOrEqual(15);
    expect(toBrowser.every((packet) => packet.payloadType === 8)).toBe(true);
    const heard = Int16Array.from(toBrowser.flatMap((packet) => [...decode(packet.payload, 'PCMA')]));
    expect(powerShare(heard, 1000)).toBeGreaterThan(0.8);

    browser.close();
    await wait(10);
    expect(transport.closed).toBe(true);
    expect(() => fixture.plane.bridge(browser, phone)).toThrow(/not open/);
  });

  it('refuses a transport without send, onPacket and close, naming what is missing', () => {
    expect(() => fixture.plane.attachLeg('bad', {} as PacketTransport)).toThrow(/send, onPacket and close/);
    expect(() => fixture.plane.attachLeg('', new MemoryTransport())).toThrow(/id must be/);
  });
});
