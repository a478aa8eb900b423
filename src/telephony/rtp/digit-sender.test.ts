import { describe, expect, it } from 'vitest';
import { DigitSender } from './digit-sender.ts';
import { parseTelephoneEvent } from './telephone-event.ts';

describe('sending key presses as RFC 4733 events (S3)', () => {
  it('sends 100 ms of growing duration, the end three times, then pauses before the next press', () => {
    const sender = new DigitSender();
    sender.enqueue('*');
    sender.enqueue('2');
    const ticks = Array.from({ length: 22 }, () => sender.next());
    const first = ticks
      .slice(0, 8)
      .map((packet) => ({ ...parseTelephoneEvent(packet!.payload)!, first: packet!.first }));
    expect(first.map((event) => event.duration)).toEqual([160, 320, 480, 640, 800, 800, 800, 800]);
    expect(first.map((event) => event.end)).toEqual([false, false, false, false, false, true, true, true]);
    expect(first.map((event) => event.first)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(new Set(first.map((event) => event.event))).toEqual(new Set([10]));
    expect(ticks.slice(8, 11)).toEqual([undefined, undefined, undefined]);
    expect(parseTelephoneEvent(ticks[11]!.payload)!.event).toBe(2);
    expect(ticks[11]!.first).toBe(true);
    expect(sender.busy).toBe(false);
  });
});
