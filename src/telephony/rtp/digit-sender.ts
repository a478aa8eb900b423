import { buildTelephoneEvent, eventOfDigit } from './telephone-event.ts';

/** 100 ms of tone, then the end packet three times (RFC 4733 §2.5.1.4), then a pause. */
const toneTicks = 5;
const endPackets = 3;
const pauseTicks = 3;
const samplesPerTick = 160;
const volume = 10;

export interface EventPacket {
  payload: Buffer;
  /** The first packet of an event: the marker bit, and the event's timestamp starts here. */
  first: boolean;
}

/**
 * Sends key presses as RFC 4733 events, one packet per 20 ms tick, one press after another.
 * While a press is being sent the leg sends no audio.
 */
export class DigitSender {
  private readonly queue: number[] = [];
  private event: number | undefined;
  private tick = 0;

  enqueue(digit: string): void {
    this.queue.push(eventOfDigit(digit));
  }

  /** Whether this tick belongs to a press (its packets or the pause after it). */
  get busy(): boolean {
    return this.event !== undefined || this.queue.length > 0;
  }

  /** The packet for this tick, or undefined during the pause between presses. */
  next(): EventPacket | undefined {
    if (this.event === undefined) {
      this.event = this.queue.shift();
      this.tick = 0;
      if (this.event === undefined) return undefined;
    }
    const { event } = this;
    const tick = this.tick++;
    const last = toneTicks + endPackets + pauseTicks - 1;
    if (tick === last) this.event = undefined;
    if (tick >= toneTicks + endPackets) return undefined;
    const end = tick >= toneTicks;
    const duration = Math.min(tick + 1, toneTicks) * samplesPerTick;
    return {
      payload: buildTelephoneEvent({ event, end, volume, duration }),
      first: tick === 0,
    };
  }
}
