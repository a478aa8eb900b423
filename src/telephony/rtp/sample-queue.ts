/**
 * What a leg said and nobody has taken yet, for the mixes (conference, recording) that read
 * one 20 ms frame per tick. Packets arrive when the network delivers them, so the queue
 * absorbs their jitter; past `capacity` samples the oldest are dropped, which bounds the delay
 * a peer that sends too fast can build up.
 */
export class SampleQueue {
  private readonly buffer: Int16Array;
  private start = 0;
  private length = 0;

  constructor(capacity = 1600) {
    this.buffer = new Int16Array(capacity);
  }

  get size(): number {
    return this.length;
  }

  push(samples: Int16Array): void {
    const { buffer } = this;
    for (let i = 0; i < samples.length; i++) {
      if (this.length === buffer.length) {
        this.start = (this.start + 1) % buffer.length;
        this.length--;
      }
      buffer[(this.start + this.length) % buffer.length] = samples[i]!;
      this.length++;
    }
  }

  /** Fills `frame` with the oldest samples, zeros for what is missing. */
  take(frame: Int16Array): void {
    const { buffer } = this;
    const count = Math.min(frame.length, this.length);
    for (let i = 0; i < count; i++) frame[i] = buffer[(this.start + i) % buffer.length]!;
    frame.fill(0, count);
    this.start = (this.start + count) % buffer.length;
    this.length -= count;
  }

  clear(): void {
    this.start = 0;
    this.length = 0;
  }
}
