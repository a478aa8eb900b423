import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue.ts';

/** A small deterministic generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('the simulator agenda (issue 19)', () => {
  it('gives items back by due time, ties in the order they were put in, through interleaved pushes and pops', () => {
    const random = lcg(19);
    const queue = new EventQueue<number>();
    const pending: { at: number; seq: number }[] = [];
    const popped: number[] = [];
    const expected: number[] = [];
    let seq = 0;
    let now = 0;
    for (let step = 0; step < 5_000; step += 1) {
      if (random() < 0.55 || queue.size === 0) {
        // Few distinct times, so ties are common.
        const at = now + Math.floor(random() * 20);
        queue.push(at, seq);
        pending.push({ at, seq });
        seq += 1;
      } else {
        pending.sort((a, b) => a.at - b.at || a.seq - b.seq);
        const next = pending.shift()!;
        expected.push(next.seq);
        expect(queue.peekAt()).toBe(next.at);
        // pop and take (peekAt first) in turn: the same items either way.
        const at = queue.peekAt();
        const item = step % 2 === 0 ? queue.pop()! : { at, item: queue.take()! };
        expect(item.at).toBe(next.at);
        popped.push(item.item);
        now = item.at;
      }
    }
    expect(queue.size).toBe(pending.length);
    expect(popped).toEqual(expected);
    expect(popped.length).toBeGreaterThan(1_000);
  });

  it('is empty when everything came out', () => {
    const queue = new EventQueue<string>();
    queue.push(5, 'a');
    expect(queue.pop()).toEqual({ at: 5, item: 'a' });
    expect(queue.pop()).toBeUndefined();
    expect(queue.take()).toBeUndefined();
    expect(queue.peekAt()).toBe(Number.POSITIVE_INFINITY);
  });
});
