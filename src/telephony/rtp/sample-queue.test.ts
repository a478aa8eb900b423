import { describe, expect, it } from 'vitest';
import { SampleQueue } from './sample-queue.ts';

describe('the queue of what a leg said', () => {
  it('gives samples in order, pads what is missing with zeros, and drops the oldest when full', () => {
    const queue = new SampleQueue(6);
    queue.push(Int16Array.of(1, 2, 3, 4));
    const frame = new Int16Array(3);
    queue.take(frame);
    expect(Array.from(frame)).toEqual([1, 2, 3]);
    queue.push(Int16Array.of(5, 6, 7, 8, 9, 10));
    expect(queue.size).toBe(6);
    queue.take(frame);
    expect(Array.from(frame)).toEqual([5, 6, 7]);
    queue.take(frame);
    expect(Array.from(frame)).toEqual([8, 9, 10]);
    queue.take(frame);
    expect(Array.from(frame)).toEqual([0, 0, 0]);
  });
});
