import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRtp } from './packet.ts';
import { buildTelephoneEvent, DigitReceiver } from './telephone-event.ts';
import { PlaneFixture } from './test-support/fixture.ts';
import { powerShare } from './test-support/goertzel.ts';
import { readPcapUdp, sipTesterMissing, sipTesterPcap } from './test-support/pcap.ts';
import { telephoneEvent, until, wait } from './test-support/peer.ts';

let fixture: PlaneFixture;
const call = () => fixture.call('PCMU');

beforeAll(() => {
  fixture = new PlaneFixture();
});

afterAll(() => fixture.close());

describe('RFC 4733 digits (S3)', () => {
  it('reports a press once, however often its end packet is repeated', async () => {
    const { leg, peer } = await call();
    const digits: string[] = [];
    leg.onDigit((digit) => digits.push(digit));
    for (let tick = 1; tick <= 4; tick++)
      peer.send(
        peer.packet(
          telephoneEvent,
          buildTelephoneEvent({ event: 7, end: false, volume: 10, duration: tick * 160 }),
          8000,
          tick === 1,
        ),
        leg.local,
      );
    for (let copy = 0; copy < 3; copy++)
      peer.send(
        peer.packet(
          telephoneEvent,
          buildTelephoneEvent({ event: 7, end: true, volume: 10, duration: 800 }),
          8000,
        ),
        leg.local,
      );
    await until(() => digits.length > 0);
    await wait(50);
    expect(digits).toEqual(['7']);
  });

  it("reads SIPp's recorded press of 1 (dtmf_2833_1.pcap) sent to a leg", async (context) => {
    const pcap = sipTesterPcap('dtmf_2833_1.pcap');
    if (!pcap) return context.skip(sipTesterMissing);
    const packets = readPcapUdp(pcap).map(({ payload }) => payload);
    const { leg, peer } = await call();
    leg.connect(peer.media('PCMU', { telephoneEventPayloadType: parseRtp(packets[0]!)!.payloadType }));
    const digits: string[] = [];
    leg.onDigit((digit) => digits.push(digit));
    for (const datagram of packets) peer.send(datagram, leg.local);
    await until(() => digits.length > 0);
    expect(digits).toEqual(['1']);
  });

  it('sends a press as telephone-events: one timestamp, a marker, the end bit', async () => {
    const { leg, peer } = await call();
    leg.sendDigit('#');
    leg.sendDigit('4');
    await until(() => peer.packets.filter((packet) => packet.payloadType === telephoneEvent).length >= 16);
    const received: string[] = [];
    const receiver = new DigitReceiver((digit) => received.push(digit));
    const events = peer.packets.filter((packet) => packet.payloadType === telephoneEvent);
    for (const packet of events) receiver.receive(packet.timestamp, packet.payload);
    expect(received).toEqual(['#', '4']);
    expect(events[0]!.marker).toBe(true);
    expect(() => leg.sendDigit('x')).toThrow(/digit must be/);
  });

  it('falls back to in-band DTMF for a peer that offered no telephone-events', async () => {
    const { leg, peer } = await call();
    leg.connect(peer.media('PCMU', { telephoneEventPayloadType: undefined }));
    await wait(40);
    peer.clear();
    leg.sendDigit('9');
    await until(() => peer.packets.length >= 8);
    const all = peer.heard();
    const start = all.findIndex((sample) => Math.abs(sample) > 1000);
    const heard = all.subarray(start, start + 640);
    expect(powerShare(heard, 852) + powerShare(heard, 1477)).toBeGreaterThan(0.8);
  });
});
