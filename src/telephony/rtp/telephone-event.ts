/**
 * RFC 4733 telephone-events: the keypad as RTP. One key press is one event: packets sharing
 * the event's start timestamp, the duration growing, the last ones (usually three, the same)
 * with the end bit.
 */
const keys = '0123456789*#ABCD';

export interface TelephoneEvent {
  event: number;
  end: boolean;
  volume: number;
  /** In timestamp units (samples at 8 kHz). */
  duration: number;
}

export const isDigit = (value: string): boolean => value.length === 1 && keys.includes(value);

export const eventOfDigit = (digit: string): number => keys.indexOf(digit);

/** The key of an event code, or undefined for events that are not keys (flash, tones). */
export const digitOfEvent = (event: number): string | undefined => keys[event];

export function parseTelephoneEvent(payload: Uint8Array): TelephoneEvent | undefined {
  if (payload.length < 4) return undefined;
  return {
    event: payload[0]!,
    end: (payload[1]! & 0x80) !== 0,
    volume: payload[1]! & 0x3f,
    duration: (payload[2]! << 8) | payload[3]!,
  };
}

export function buildTelephoneEvent(event: TelephoneEvent): Buffer {
  return Buffer.from([
    event.event,
    (event.end ? 0x80 : 0) | (event.volume & 0x3f),
    (event.duration >> 8) & 0xff,
    event.duration & 0xff,
  ]);
}

/**
 * Turns a stream of telephone-event packets into key presses, each once. An event is known by
 * its timestamp, so the retransmitted end packets and late packets of a finished event are
 * ignored; an event whose end packets were all lost is reported when the next one starts.
 */
export class DigitReceiver {
  private current: { timestamp: number; event: number } | undefined;
  /** Timestamps of the last events reported, so reordered stragglers are not reported again. */
  private reported: number[] = [];

  constructor(private readonly onDigit: (digit: string) => void) {}

  receive(timestamp: number, payload: Uint8Array): void {
    const event = parseTelephoneEvent(payload);
    if (!event || this.reported.includes(timestamp)) return;
    if (this.current && this.current.timestamp !== timestamp) this.report(this.current);
    this.current = { timestamp, event: event.event };
    if (event.end) this.report(this.current);
  }

  /** A new source (SSRC) starts its own events. */
  reset(): void {
    this.current = undefined;
    this.reported = [];
  }

  private report(current: { timestamp: number; event: number }): void {
    this.current = undefined;
    this.reported.push(current.timestamp);
    if (this.reported.length > 16) this.reported.shift();
    const digit = digitOfEvent(current.event);
    if (digit !== undefined) this.onDigit(digit);
  }
}
