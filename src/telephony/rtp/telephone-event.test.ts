import { describe, expect, it } from 'vitest';
import { parseRtp } from './packet.ts';
import { buildTelephoneEvent, DigitReceiver, parseTelephoneEvent } from './telephone-event.ts';
import { readPcapUdp, sipTesterMissing, sipTesterPcap } from './test-support/pcap.ts';

const press = (event: number, end: boolean, duration: number) =>
  buildTelephoneEvent({ event, end, volume: 10, duration });

function listen() {
  const digits: string[] = [];
  return { digits, receiver: new DigitReceiver((digit) => digits.push(digit)) };
}

describe('RFC 4733 telephone-events (S3)', () => {
  it('reads back the payload it builds', () => {
    expect(parseTelephoneEvent(press(11, true, 800))).toEqual({
      event: 11,
      end: true,
      volume: 10,
      duration: 800,
    });
    expect(parseTelephoneEvent(Buffer.from([1, 2, 3]))).toBeUndefined();
  });

  it('reports a key press once, at its end, however many end packets repeat', () => {
    const { digits, receiver } = listen();
    for (let tick = 1; tick <= 5; tick++) receiver.receive(1000, press(5, false, tick * 160));
    expect(digits).toEqual([]);
    for (let copy = 0; copy < 3; copy++) receiver.receive(1000, press(5, true, 800));
    expect(digits).toEqual(['5']);
    receiver.receive(5000, press(5, true, 800));
    expect(digits).toEqual(['5', '5']);
  });

  it('reports a press whose end packets were lost when the next press starts, and ignores stragglers', () => {
    const { digits, receiver } = listen();
    receiver.receive(1000, press(10, false, 160));
    receiver.receive(3000, press(11, false, 160));
    expect(digits).toEqual(['*']);
    receiver.receive(1000, press(10, true, 800));
    receiver.receive(3000, press(11, true, 800));
    expect(digits).toEqual(['*', '#']);
  });

  it("reads SIPp's recorded presses: dtmf_2833_1, _9, _star and _pound are 1, 9, * and #", (context) => {
    const files = { dtmf_2833_1: '1', dtmf_2833_9: '9', dtmf_2833_star: '*', dtmf_2833_pound: '#' };
    for (const [name, digit] of Object.entries(files)) {
      const pcap = sipTesterPcap(`${name}.pcap`);
      if (!pcap) return context.skip(sipTesterMissing);
      const { digits, receiver } = listen();
      const packets = readPcapUdp(pcap).map(({ payload }) => parseRtp(payload)!);
      expect(packets.length).toBeGreaterThan(3);
      for (const packet of packets) receiver.receive(packet.timestamp, packet.payload);
      expect(digits).toEqual([digit]);
    }
  });
});
