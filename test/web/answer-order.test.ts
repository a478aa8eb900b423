import { describe, expect, it } from 'vitest';
import { AnswerOrder } from '../../web/src/components/answer-order.ts';

describe('AnswerOrder: which of a screen’s overlapping loads to show', () => {
  it('shows an answer overtaken by a later load when it is newer than what is shown (reloads on a steady stream)', () => {
    const order = new AnswerOrder();
    const first = order.start();
    const second = order.start();
    const third = order.start();
    expect(order.take(second)).toBe(true);
    expect(order.laterPending(second)).toBe(true);
    expect(order.take(first)).toBe(false);
    expect(order.take(third)).toBe(true);
    expect(order.laterPending(third)).toBe(false);
    expect(order.take(second)).toBe(false);
  });

  it('shows nothing asked before a restart (another id or query on the screen)', () => {
    const order = new AnswerOrder();
    const before = order.start();
    order.restart();
    const after = order.start();
    expect(order.take(before)).toBe(false);
    expect(order.take(after)).toBe(true);
  });

  it('appends more rows only onto the latest load', () => {
    const order = new AnswerOrder();
    const more = order.start();
    const reload = order.start();
    expect(order.take(more, true)).toBe(false);
    expect(order.take(reload)).toBe(true);
    const evenMore = order.start();
    expect(order.take(evenMore, true)).toBe(true);
  });
});
