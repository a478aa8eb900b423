import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyWorkspace, type User, type WorkspaceState } from '../state.ts';
import { addIdle, idleOrder, lastIdle, removeIdle, resetIdleOrder } from './idle-order.ts';
import { rebuildRoutingIndexes } from './pool-index.ts';

/** The idle order as the engine kept it before (one array, binary-search insert, splice). */
class ReferenceOrder {
  ids: string[] = [];
  constructor(private readonly state: WorkspaceState) {}
  private key(userId: string) {
    const user = this.state.users[userId];
    return user?.lastAnsweredAt ?? -1e15 + (user?.order ?? 0);
  }
  add(userId: string) {
    let low = 0;
    let high = this.ids.length;
    const key = this.key(userId);
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.key(this.ids[mid]!) <= key) low = mid + 1;
      else high = mid;
    }
    this.ids.splice(high, 0, userId);
  }
  remove(userId: string) {
    this.ids = this.ids.filter((id) => id !== userId);
  }
}

const user = (id: string, order: number): User => ({
  id,
  name: id,
  email: `${id}@example.test`,
  role: 'agent',
  capacity: { voice: 1, chat: 1 },
  presence: 'online',
  presenceSince: 0,
  missedOffers: 0,
  ringingLegs: 0,
  connectedLegs: 0,
  chatSessions: 0,
  order,
});

type Step =
  | { kind: 'create' }
  | { kind: 'answer'; who: number; at: number }
  | { kind: 'remove'; who: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'create' as const }),
  // Few distinct times, so many agents answer in the same millisecond (ties), and some earlier than others.
  fc.record({ kind: fc.constant('answer' as const), who: fc.nat(), at: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('remove' as const), who: fc.nat() }),
);

describe('idle order (issue 16: a linked list, no splice of the whole workspace)', () => {
  it('matches the array it replaced after any creations, answers and removals, 1,500 agents', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 3_000 }), (steps) => {
        const state = emptyWorkspace('ws');
        const reference = new ReferenceOrder(state);
        let created = 0;
        const live = () => Object.keys(state.users);
        // Chunks split at 512: start with enough agents that the order spans several chunks.
        for (; created < 1_500; created += 1) {
          state.users[`u${created}`] = user(`u${created}`, created);
          addIdle(state, `u${created}`);
          reference.add(`u${created}`);
        }
        for (const s of steps) {
          const ids = live();
          if (s.kind === 'create') {
            const id = `u${created}`;
            state.users[id] = user(id, created++);
            addIdle(state, id);
            reference.add(id);
          } else if (ids.length > 0 && s.kind === 'answer') {
            const id = ids[s.who % ids.length]!;
            removeIdle(state, id);
            reference.remove(id);
            state.users[id]!.lastAnsweredAt = s.at;
            addIdle(state, id);
            reference.add(id);
          } else if (ids.length > 0 && s.kind === 'remove') {
            const id = ids[s.who % ids.length]!;
            removeIdle(state, id);
            reference.remove(id);
            delete state.users[id];
          }
        }
        expect([...idleOrder(state)]).toEqual(reference.ids);
        expect(idleOrder(state).size).toBe(reference.ids.length);
        expect(lastIdle(state)).toBe(reference.ids.at(-1));
      }),
      { numRuns: 40 },
    );
  });

  it('is sorted again from the users after a reset (a snapshot load): ties in creation order', () => {
    const state = emptyWorkspace('ws');
    for (let i = 0; i < 4; i += 1) {
      state.users[`u${i}`] = user(`u${i}`, i);
      addIdle(state, `u${i}`);
    }
    for (const id of ['u2', 'u0', 'u3']) {
      removeIdle(state, id);
      state.users[id]!.lastAnsweredAt = 100;
      addIdle(state, id);
    }
    expect([...idleOrder(state)]).toEqual(['u1', 'u2', 'u0', 'u3']);
    resetIdleOrder(state);
    expect([...idleOrder(state)]).toEqual(['u1', 'u0', 'u2', 'u3']);
    expect(Object.keys(state)).not.toContain('idleOrder');
    expect(JSON.stringify(state)).not.toContain('idleOrder');
  });

  it('an older snapshot that still carries idleOrder loads: the field is dropped, the order sorted from the users', () => {
    const state = emptyWorkspace('ws');
    for (let i = 0; i < 3; i += 1) state.users[`u${i}`] = user(`u${i}`, i);
    state.users.u0!.lastAnsweredAt = 50;
    const old = { ...JSON.parse(JSON.stringify(state)), idleOrder: ['u2', 'u1', 'u0'] };
    const loaded = rebuildRoutingIndexes(old);
    expect('idleOrder' in loaded).toBe(false);
    expect([...idleOrder(loaded)]).toEqual(['u1', 'u2', 'u0']);
  });
});
