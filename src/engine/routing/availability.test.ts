import fc from 'fast-check';
import { describe, it } from 'vitest';
import { propertyRuns } from '../../../test/support/property-runs.ts';
import { expect } from '../../../test/support/quick-expect.ts';
import { type Choice, chatUnavailable, choose } from '../chat/routing.ts';
import { nextRandom } from '../prng.ts';
import { emptyWorkspace, type User, type WorkspaceState } from '../state.ts';
import type { CandidateExplanation } from '../voice/events.ts';
import { unavailableReason } from '../voice/offer.ts';
import { routingIndex } from './availability.ts';
import { idleOrder } from './idle-order.ts';
import { rebuildRoutingIndexes } from './pool-index.ts';
import { type Strategy, strategies } from './strategy.ts';
import { listedMax, pickVoice, ringAllMax, type VoicePick } from './voice-pick.ts';

const agent = fc.record({
  presence: fc.constantFrom('online', 'online', 'pause', 'offline', 'pre_pause'),
  ringing: fc.constantFrom(0, 0, 0, 1),
  connected: fc.nat(3),
  voice: fc.integer({ min: 0, max: 3 }),
  chatSessions: fc.nat(4),
  chat: fc.integer({ min: 0, max: 4 }),
  answered: fc.option(fc.integer({ min: 0, max: 20 })),
  assigned: fc.boolean(),
});

type Agent = typeof agent extends fc.Arbitrary<infer T> ? T : never;

function workspace(raw: Agent[]): WorkspaceState {
  const state = emptyWorkspace('w');
  raw.forEach((a, i) => {
    const user: User = {
      id: `u${i}`,
      name: `u${i}`,
      email: `u${i}@x.test`,
      role: 'agent',
      capacity: { voice: a.voice, chat: a.chat },
      presence: a.presence as User['presence'],
      presenceSince: 0,
      missedOffers: 0,
      ringingLegs: a.ringing,
      connectedLegs: a.connected,
      chatSessions: a.chatSessions,
      order: i,
      ...(a.answered === null ? {} : { lastAnsweredAt: a.answered }),
    };
    state.users[user.id] = user;
  });
  const ids = Object.keys(state.users);
  state.numbers.n1 = {
    id: 'n1',
    e164: '+34911234567',
    kind: 'rented',
    label: 'n1',
    assignedUserIds: ids.filter((_, i) => raw[i]!.assigned),
    settings: {} as never,
  };
  state.groups.g1 = { id: 'g1', name: 'g1', memberIds: [...ids].reverse() } as never;
  state.departments.d1 = { id: 'd1', name: 'd1', memberIds: ids };
  return rebuildRoutingIndexes(state);
}

/** The pick as the old routing made it: every member in the strategy's order, examined one by one. */
function reference(
  state: WorkspaceState,
  members: string[],
  strategy: Strategy,
  lastPosition: number,
  seed: number,
  tried: string[],
): VoicePick & { unqualified: number } {
  const assigned = new Set(state.numbers.n1!.assignedUserIds);
  const reason = (id: string) =>
    assigned.has(id) ? unavailableReason(state.users[id]) : 'not assigned to +34911234567';
  const free = members.map((_, p) => p).filter((p) => !unavailableReason(state.users[members[p]!]));
  const idle = [...idleOrder(state)];
  const rank = (p: number) => idle.indexOf(members[p]!);
  const user = (p: number) => state.users[members[p]!]!;
  const answered = (p: number) => user(p).lastAnsweredAt ?? Number.NEGATIVE_INFINITY;
  const n = members.length;
  let order: number[];
  let examineBusy = true;
  let nextSeed = seed;
  if (strategy === 'sequential' || strategy === 'simultaneous' || strategy === 'round_robin') {
    const start = strategy === 'round_robin' ? (lastPosition + 1) % n : 0;
    order = members.map((_, i) => (start + i) % n);
  } else {
    examineBusy = false;
    if (strategy === 'random') {
      order = [];
      if (free.length > 0) {
        const draw = nextRandom(seed);
        nextSeed = draw.seed;
        const k = Math.floor(draw.value * free.length);
        order = [...free.slice(k), ...free.slice(0, k)];
      }
    } else if (strategy === 'longest_idle') order = [...free].sort((a, b) => rank(a) - rank(b) || a - b);
    else {
      const load = (p: number) => user(p).ringingLegs + user(p).connectedLegs;
      order = [...free].sort(
        (a, b) =>
          load(a) - load(b) || (answered(a) < answered(b) ? -1 : answered(a) > answered(b) ? 1 : a - b),
      );
    }
  }
  const result: VoicePick & { unqualified: number } = {
    chosen: [],
    examined: [],
    unlisted: 0,
    seed: nextSeed,
    position: -1,
    unqualified: 0,
  };
  const note = (candidate: CandidateExplanation) => {
    if (result.examined.length < listedMax) result.examined.push(candidate);
    else result.unlisted += 1;
  };
  for (const p of order) {
    const id = members[p]!;
    if (tried.includes(id)) continue;
    const why = reason(id);
    if (why && !examineBusy && assigned.has(id)) continue;
    note({ userId: id, offered: !why, reason: why ?? 'available' });
    if (why) continue;
    if (result.chosen.length === 0) result.position = p;
    result.chosen.push(id);
    if (strategy !== 'simultaneous' || result.chosen.length >= ringAllMax) break;
  }
  if (result.chosen.length === 0 && !examineBusy) {
    const busy = members.filter((id) => unavailableReason(state.users[id]));
    for (const id of busy) note({ userId: id, offered: false, reason: reason(id)! });
  }
  return result;
}

describe('issue 16: the indexed pick equals a brute-force pick over the same state', () => {
  it('every call strategy, number and group pools, at random busy shares', () => {
    fc.assert(
      fc.property(
        fc.array(agent, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...strategies),
        fc.constantFrom('number', 'group'),
        fc.integer({ min: -1, max: 45 }),
        fc.integer(),
        fc.array(fc.nat(40), { maxLength: 4 }),
        (raw, strategy, kind, lastPosition, seed, triedAt) => {
          const state = workspace(raw);
          const index = routingIndex(state);
          const members = kind === 'number' ? state.numbers.n1!.assignedUserIds : state.groups.g1!.memberIds;
          const pool = index.voice.get(kind === 'number' ? 'number:n1' : 'group:g1')!;
          const tried = strategy === 'simultaneous' ? [] : triedAt.map((i) => `u${i}`);
          const assigned = new Set(state.numbers.n1!.assignedUserIds);
          const picked = pickVoice({
            pool,
            strategy,
            lastPosition,
            seed,
            ringAll: strategy === 'simultaneous',
            tried,
            assigned: (id) => assigned.has(id),
            assignedTo: '+34911234567',
          });
          expect(picked).toEqual(reference(state, members, strategy, lastPosition, seed, tried));
        },
      ),
      { numRuns: propertyRuns(400) },
    );
  });

  it('every chat strategy (W5)', () => {
    fc.assert(
      fc.property(
        fc.array(agent, { minLength: 0, maxLength: 40 }),
        fc.constantFrom('round_robin', 'least_busy'),
        fc.integer({ min: -1, max: 45 }),
        (raw, strategy, last) => {
          const state = workspace(raw);
          state.chatSettings.d1 = { strategy } as never;
          state.rotation['department:d1'] = last;
          const members = state.departments.d1!.memberIds;
          const expected: Choice = { candidates: [], unlisted: 0 };
          const note = (userId: string, reason: string | undefined) => {
            if (expected.candidates.length >= listedMax) expected.unlisted += 1;
            else expected.candidates.push({ userId, offered: !reason, reason: reason ?? 'available' });
          };
          const order =
            strategy === 'round_robin'
              ? members.map((_, i) => (last + 1 + i) % members.length)
              : members.map((_, i) => i);
          let best: number | undefined;
          for (const p of order) {
            const why = chatUnavailable(state.users[members[p]!]);
            if (why) note(members[p]!, why);
            else if (strategy === 'round_robin') {
              best = p;
              break;
            } else if (
              best === undefined ||
              state.users[members[p]!]!.chatSessions < state.users[members[best]!]!.chatSessions
            )
              best = p;
          }
          if (best !== undefined) {
            note(members[best]!, undefined);
            expected.userId = members[best];
            expected.position = best;
          }
          expect(choose(state, 'd1')).toEqual(expected);
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });
});
