import fc from 'fast-check';
import { describe, it } from 'vitest';
import { propertyRuns } from '../../../test/support/property-runs.ts';
import { expect } from '../../../test/support/quick-expect.ts';
import { PositionSet, SortedPositions } from './fenwick.ts';

describe('issue 16: the ordered sets behind routing match plain arrays', () => {
  it('PositionSet: k-th member, k-th non-member and next member from a position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_100 }),
        fc.array(fc.tuple(fc.nat(1_099), fc.boolean())),
        (size, flips) => {
          const set = new PositionSet(size, (p) => p % 3 === 0);
          const plain = Array.from({ length: size }, (_, p) => p % 3 === 0);
          for (const [at, member] of flips) {
            set.set(at % size, member);
            plain[at % size] = member;
          }
          const members = plain.flatMap((m, p) => (m ? [p] : []));
          const absent = plain.flatMap((m, p) => (m ? [] : [p]));
          expect(set.count).toBe(members.length);
          expect(members.map((_, k) => set.kth(k))).toEqual(members);
          expect(absent.map((_, k) => set.kthAbsent(k))).toEqual(absent);
          expect(set.kth(members.length)).toBe(-1);
          let below = 0;
          for (let p = 0; p <= size; p += 1) {
            expect(set.nextFrom(p)).toBe(members[below] ?? -1);
            expect(set.before(p)).toBe(below);
            if (plain[p]) below += 1;
          }
        },
      ),
      { numRuns: propertyRuns(200) },
    );
  });

  it('SortedPositions keeps order across chunk splits and removals (5,000 positions)', () => {
    const key = Array.from({ length: 5_000 }, (_, p) => (p * 7919) % 1_013);
    const sorted = new SortedPositions((a, b) => key[a]! < key[b]! || (key[a] === key[b] && a < b));
    const inside = new Set<number>();
    sorted.fill([0, 1, 2]);
    for (const p of [0, 1, 2]) inside.add(p);
    for (let step = 0; step < 20_000; step += 1) {
      const p = (step * 104_729) % 5_000;
      if (inside.has(p) && step % 3 === 0) {
        sorted.remove(p);
        inside.delete(p);
      } else if (!inside.has(p)) {
        sorted.insert(p);
        inside.add(p);
      }
    }
    const expected = [...inside].sort((a, b) => key[a]! - key[b]! || a - b);
    expect([...sorted]).toEqual(expected);
    expect(sorted.inChunks().flat()).toEqual(expected);
    expect(sorted.size).toBe(expected.length);
    expect(sorted.first()).toBe(expected[0]);
  });
});
