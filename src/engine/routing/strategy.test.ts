import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Candidate, orderCandidates, strategies } from './strategy.ts';

const agents: Candidate[] = [
  { userId: 'ann', position: 0, lastAnsweredAt: 500, openSessions: 2 },
  { userId: 'bob', position: 1, lastAnsweredAt: 100, openSessions: 0 },
  { userId: 'cid', position: 2, openSessions: 1 },
  { userId: 'dee', position: 3, lastAnsweredAt: 300, openSessions: 0 },
];
const context = { seed: 42, lastPosition: -1 };

describe('V5 strategies', () => {
  it('longest_idle: never-answered first, then the oldest answer', () => {
    expect(orderCandidates('longest_idle', agents, context).order).toEqual(['cid', 'bob', 'dee', 'ann']);
  });

  it('simultaneous: everybody at once', () => {
    const ordering = orderCandidates('simultaneous', agents, context);
    expect(ordering.ringAll).toBe(true);
    expect(ordering.order).toEqual(['ann', 'bob', 'cid', 'dee']);
  });

  it('round_robin: starts after the member offered last, wrapping', () => {
    expect(orderCandidates('round_robin', agents, { seed: 1, lastPosition: 1 }).order).toEqual([
      'cid',
      'dee',
      'ann',
      'bob',
    ]);
    expect(orderCandidates('round_robin', agents, { seed: 1, lastPosition: 3 }).order).toEqual([
      'ann',
      'bob',
      'cid',
      'dee',
    ]);
  });

  it('least_busy: fewest open sessions, ties by longest idle', () => {
    expect(orderCandidates('least_busy', agents, context).order).toEqual(['bob', 'dee', 'cid', 'ann']);
  });

  it('sequential: fixed member order', () => {
    expect(orderCandidates('sequential', [...agents].reverse(), context).order).toEqual([
      'ann',
      'bob',
      'cid',
      'dee',
    ]);
  });

  it('random: deterministic for a seed, advances the seed, and varies with it', () => {
    const first = orderCandidates('random', agents, context);
    expect(orderCandidates('random', agents, context)).toEqual(first);
    expect(first.seed).not.toBe(context.seed);
    const firsts = new Set(
      Array.from(
        { length: 40 },
        (_, seed) => orderCandidates('random', agents, { seed, lastPosition: -1 }).order[0],
      ),
    );
    expect(firsts.size).toBe(4);
  });

  it('every strategy offers each candidate exactly once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...strategies),
        fc.uniqueArray(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 4 }),
            last: fc.option(fc.nat()),
            open: fc.nat(5),
          }),
          {
            selector: (c) => c.id,
            maxLength: 12,
          },
        ),
        fc.integer(),
        fc.integer({ min: -1, max: 12 }),
        (strategy, raw, seed, lastPosition) => {
          const candidates = raw.map((c, position) => ({
            userId: c.id,
            position,
            openSessions: c.open,
            ...(c.last === null ? {} : { lastAnsweredAt: c.last }),
          }));
          const { order } = orderCandidates(strategy, candidates, { seed, lastPosition });
          expect([...order].sort()).toEqual(candidates.map((c) => c.userId).sort());
        },
      ),
    );
  });
});
