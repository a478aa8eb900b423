import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyWorkspace, type User } from '../state.ts';
import { membersByStrategy, type PickContext } from './pick.ts';
import { indexMembers, rebuildRoutingIndexes } from './pool-index.ts';
import { strategies } from './strategy.ts';

function user(id: string, lastAnsweredAt: number | undefined, open: number): User {
  return {
    id,
    name: id,
    email: `${id}@x.test`,
    role: 'agent',
    capacity: { voice: 5, chat: 10 },
    presence: 'online',
    presenceSince: 0,
    missedOffers: 0,
    ringingLegs: 0,
    connectedLegs: open,
    chatSessions: 0,
    ...(lastAnsweredAt === undefined ? {} : { lastAnsweredAt }),
  };
}

function context(users: User[], lastPosition = -1, seed = 42): PickContext {
  const state = emptyWorkspace('w');
  for (const u of users) state.users[u.id] = u;
  rebuildRoutingIndexes(state);
  const ids = users.map((u) => u.id);
  const index = indexMembers(ids);
  return { state, members: { ids, positionOf: (id) => index[id] }, lastPosition, seed };
}

const agents = [user('ann', 500, 2), user('bob', 100, 0), user('cid', undefined, 1), user('dee', 300, 0)];
const firstOf = (strategy: (typeof strategies)[number], c: PickContext, n = 4) => {
  const seen: string[] = [];
  for (const id of membersByStrategy(strategy, c)) {
    if (!seen.includes(id)) seen.push(id);
    if (seen.length === n) break;
  }
  return seen;
};

describe('V5 strategy orders', () => {
  it('longest_idle: never-answered first, then the oldest answer', () => {
    expect(firstOf('longest_idle', context(agents))).toEqual(['cid', 'bob', 'dee', 'ann']);
  });

  it('round_robin: starts after the member offered last, wrapping', () => {
    expect(firstOf('round_robin', context(agents, 1))).toEqual(['cid', 'dee', 'ann', 'bob']);
    expect(firstOf('round_robin', context(agents, 3))).toEqual(['ann', 'bob', 'cid', 'dee']);
  });

  it('least_busy: fewest open sessions, ties by longest idle', () => {
    expect(firstOf('least_busy', context(agents))).toEqual(['bob', 'dee', 'cid', 'ann']);
  });

  it('sequential and simultaneous: member order', () => {
    expect(firstOf('sequential', context(agents))).toEqual(['ann', 'bob', 'cid', 'dee']);
    expect(firstOf('simultaneous', context(agents))).toEqual(['ann', 'bob', 'cid', 'dee']);
  });

  it('random: deterministic for a seed, advancing it, and varied across seeds', () => {
    const a = context(agents);
    const b = context(agents);
    expect(firstOf('random', a, 1)).toEqual(firstOf('random', b, 1));
    expect(a.seed).not.toBe(42);
    const firsts = new Set(
      Array.from({ length: 40 }, (_, seed) => firstOf('random', context(agents, -1, seed), 1)[0]),
    );
    expect(firsts.size).toBe(4);
  });

  it('longest_idle on a small pool of a large workspace sorts the pool itself', () => {
    const many = Array.from({ length: 100 }, (_, i) => user(`u${i}`, 1000 - i, 0));
    const c = context(many);
    const index = indexMembers(['u10', 'u90']);
    c.members = { ids: ['u10', 'u90'], positionOf: (id) => index[id] };
    expect(firstOf('longest_idle', c, 2)).toEqual(['u90', 'u10']);
  });

  it('every strategy eventually yields every member', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...strategies),
        fc.uniqueArray(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 4 }),
            last: fc.option(fc.nat()),
            open: fc.nat(3),
          }),
          {
            selector: (c) => c.id,
            maxLength: 12,
          },
        ),
        fc.integer(),
        fc.integer({ min: -1, max: 12 }),
        (strategy, raw, seed, lastPosition) => {
          const users = raw.map((c) => user(c.id, c.last ?? undefined, c.open));
          const order = firstOf(strategy, context(users, lastPosition, seed), users.length + 1);
          expect([...order].sort()).toEqual(users.map((u) => u.id).sort());
        },
      ),
    );
  });
});
