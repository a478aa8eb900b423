import fc from 'fast-check';
import { describe, it } from 'vitest';
import { propertyRuns } from '../../../test/support/property-runs.ts';
import { expect } from '../../../test/support/quick-expect.ts';
import type { Command } from '../commands.ts';
import { decide } from '../decide.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, expectRoutingIndexFresh, Scenario } from '../testing.ts';
import type { CallbackStatus } from './callback.ts';

/*
 * R3 (issue 21), in the style of the voice properties: whatever callers, agents and
 * callbacks do, a callback is never lost, never offered twice, and never served ahead of a
 * caller who was waiting before it.
 */

const agents = ['a1', 'a2', 'a3'];

type Step =
  | { kind: 'call' }
  | { kind: 'answer'; pick: number }
  | { kind: 'hangup'; pick: number; customer: boolean }
  | { kind: 'press'; pick: number; typed: boolean }
  | { kind: 'accept'; pick: number }
  | { kind: 'decline'; pick: number }
  | { kind: 'cancel'; pick: number }
  | { kind: 'presence'; agent: number; online: boolean }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('call' as const) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(20) }), weight: 2 },
  fc.record({ kind: fc.constant('hangup' as const), pick: fc.nat(20), customer: fc.boolean() }),
  {
    arbitrary: fc.record({ kind: fc.constant('press' as const), pick: fc.nat(20), typed: fc.boolean() }),
    weight: 4,
  },
  fc.record({ kind: fc.constant('accept' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('decline' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(20) }),
  fc.record({
    kind: fc.constant('presence' as const),
    agent: fc.nat(agents.length - 1),
    online: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1_000, max: 70_000 }) }),
);

function setup(mode: 'agent_first' | 'auto'): Scenario {
  const s = new Scenario().after(
    { ...createdWorkspace, defaultCountry: 'ES' } as Command,
    { type: 'billing.top_up', amountCents: 1_000_000 },
    {
      type: 'user.create',
      userId: 'boss',
      name: 'boss',
      email: 'boss@acme.test',
      role: 'supervisor',
    } as Command,
  );
  for (const id of agents) s.when({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test` });
  s.when({ type: 'presence.set', userId: 'a1', presence: 'online' });
  s.when({
    type: 'number.add',
    numberId: 'n1',
    e164: '+34911234567',
    kind: 'rented',
    assignedUserIds: agents,
    settings: {
      strategy: 'sequential',
      ringTimeoutSec: 10,
      noAnswerAction: { kind: 'hang_up' },
      queue: { maxWaitSec: 120, maxLength: 6 },
      callback: { enabled: true, key: '*', mode, retries: 1, retryDelaySec: 30 },
    },
  });
  return s;
}

const nth = <T>(items: T[], pick: number): T | undefined => items[pick % Math.max(1, items.length)];

function commandFor(s: Scenario, value: Step, index: number): Command | undefined {
  const calls = [...s.state.calls.values()];
  const legs = calls.flatMap((call) =>
    [...call.legs.values()].filter((leg) => leg.status !== 'ended').map((leg) => ({ call, leg })),
  );
  const callbacks = [...s.state.callbacks.values()];
  const offered = callbacks.filter((callback) => callback.status === 'offered');
  switch (value.kind) {
    case 'call':
      return {
        type: 'call.inbound',
        callId: `c${index}`,
        from: `+3460000${String(index).padStart(4, '0')}`,
        to: '+34911234567',
      };
    case 'answer': {
      const chosen = nth(
        legs.filter(({ leg }) => leg.status === 'ringing'),
        value.pick,
      );
      return chosen && { type: 'call.answer_leg', callId: chosen.call.id, legId: chosen.leg.id };
    }
    case 'hangup': {
      const chosen = nth(
        legs.filter(({ leg }) => (value.customer ? leg.party === 'customer' : leg.status === 'connected')),
        value.pick,
      );
      return chosen && { type: 'call.hangup_leg', callId: chosen.call.id, legId: chosen.leg.id };
    }
    case 'press': {
      const chosen = nth(
        calls.filter((call) => call.phase === 'queued'),
        value.pick,
      );
      return chosen && { type: 'call.dtmf', callId: chosen.id, digits: value.typed ? '*612345678#' : '*#' };
    }
    case 'accept':
    case 'decline': {
      const chosen = nth(offered, value.pick);
      const type = value.kind === 'accept' ? 'callback.accept' : 'callback.decline';
      return chosen && { type, callbackId: chosen.id, userId: chosen.userId! };
    }
    case 'cancel': {
      const chosen = nth(callbacks, value.pick);
      return chosen && { type: 'callback.cancel', callbackId: chosen.id, userId: 'boss' };
    }
    case 'presence':
      return {
        type: 'presence.set',
        userId: agents[value.agent]!,
        presence: value.online ? 'online' : 'pause',
      };
    case 'wait':
      return undefined;
  }
}

/** Each callback's life as its events tell it; a step out of order fails the property. */
const allowed: Record<string, Array<CallbackStatus | 'new'>> = {
  'callback.requested': ['new'],
  'callback.offered': ['waiting'],
  'callback.returned': ['offered'],
  'callback.dialing': ['offered'],
  'callback.connected': ['dialing'],
  'callback.retry_scheduled': ['dialing'],
  'callback.requeued': ['retry'],
  'callback.finished': ['waiting', 'offered', 'dialing', 'retry'],
};
const after: Record<string, CallbackStatus | 'finished' | undefined> = {
  'callback.requested': 'waiting',
  'callback.offered': 'offered',
  'callback.returned': 'waiting',
  'callback.dialing': 'dialing',
  'callback.retry_scheduled': 'retry',
  'callback.requeued': 'waiting',
  'callback.finished': 'finished',
};

/** Across runs, so the property cannot pass without callbacks being requested, offered and retried. */
const seen = new Map<string, number>();

class Ledger {
  readonly life = new Map<string, CallbackStatus | 'finished'>();
  /** When each waiting entry started waiting: calls by their queue time, callbacks by their caller's. */
  readonly since = new Map<string, number>();

  check(s: Scenario, events: Event[], waitingBefore: string[]): void {
    expectRoutingIndexFresh(s.state);
    for (const event of events) {
      if (event.type === 'call.queued')
        this.since.set(event.callId, s.state.calls.get(event.callId)?.queuedAt ?? 0);
      if (!event.type.startsWith('callback.') || !('callbackId' in event)) continue;
      seen.set(event.type, (seen.get(event.type) ?? 0) + 1);
      const was = this.life.get(event.callbackId) ?? 'new';
      // Never offered twice: an offer only from waiting; nothing at all after it finished.
      expect(was).not.toBe('finished');
      expect(allowed[event.type], `${event.type} from ${was}`).toContain(was);
      const next = after[event.type];
      if (next) this.life.set(event.callbackId, next);
      if (event.type === 'callback.requested') this.since.set(event.callbackId, event.queuedAt);
      if (event.type === 'callback.offered') this.neverAhead(s, event.callbackId, waitingBefore);
    }
    this.neverLost(s);
    // An offer reserves the agent as a ringing phone would.
    for (const user of Object.values(s.state.users)) {
      const ringing = [...s.state.calls.values()].flatMap((call) =>
        [...call.legs.values()].filter((leg) => leg.userId === user.id && leg.status === 'ringing'),
      ).length;
      const offers = [...s.state.callbacks.values()].filter(
        (callback) => callback.status === 'offered' && callback.userId === user.id,
      ).length;
      expect(user.ringingLegs).toBe(ringing + offers);
      expect(ringing + offers).toBeLessThanOrEqual(1);
    }
  }

  /** Everyone still waiting who was in the list before the offer started waiting no earlier than the callback. */
  private neverAhead(s: Scenario, callbackId: string, waitingBefore: string[]): void {
    const since = this.since.get(callbackId)!;
    for (const id of waitingBefore)
      if (id !== callbackId && s.state.waiting.includes(id))
        expect(this.since.get(id) ?? 0, `${id} waited before ${callbackId}`).toBeGreaterThanOrEqual(since);
  }

  /** Every callback not finished is in the state, and in the waiting list exactly when it waits. */
  private neverLost(s: Scenario): void {
    for (const [callbackId, status] of this.life) {
      if (status === 'finished') {
        expect(s.state.callbacks.get(callbackId)).toBeUndefined();
        continue;
      }
      expect(s.state.callbacks.get(callbackId)?.status).toBe(status);
      const places = s.state.waiting.filter((id) => id === callbackId).length;
      expect(places).toBe(status === 'waiting' ? 1 : 0);
      if (status === 'retry') expect(s.state.timers.get(`cb_retry:${callbackId}`)).toBeDefined();
      if (status === 'dialing')
        expect(s.state.calls.get(s.state.callbacks.get(callbackId)!.placedCallId!)).toBeDefined();
    }
  }
}

describe('callback properties (R3)', () => {
  it('R3: a callback is never lost, never offered twice, never served ahead of a caller who waited before it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('agent_first' as const, 'auto' as const),
        fc.array(step, { minLength: 5, maxLength: 60 }),
        (mode, steps) => {
          const s = setup(mode);
          const ledger = new Ledger();
          steps.forEach((value, index) => {
            const before = [...s.state.waiting];
            if (value.kind === 'wait') {
              ledger.check(s, s.advance(value.ms).fireDueTimers(), before);
              return;
            }
            const command = commandFor(s, value, index);
            if (!command) return;
            const decision = decide(s.state, command, s.now);
            if (!decision.ok) {
              expect(decision.dirty).toBe(false);
              return;
            }
            s.state = decision.state;
            ledger.check(s, decision.events, before);
          });
          // Everyone online, every offer accepted, every placed call answered: every callback ends.
          for (const id of agents) {
            const before = [...s.state.waiting];
            ledger.check(s, s.when({ type: 'presence.set', userId: id, presence: 'online' }), before);
          }
          for (let round = 0; round < 40 && s.state.callbacks.size > 0; round += 1) {
            for (const callback of [...s.state.callbacks.values()]) {
              const before = [...s.state.waiting];
              if (callback.status === 'offered')
                ledger.check(
                  s,
                  s.when({ type: 'callback.accept', callbackId: callback.id, userId: callback.userId! }),
                  before,
                );
              const placed = callback.placedCallId ? s.state.calls.get(callback.placedCallId) : undefined;
              const customer = placed?.legs.get(`${placed.id}.1`);
              if (!placed || !customer) continue;
              // The first rounds give up before the customer answers (a retry); later ones are answered.
              const leg =
                round < 2 && customer.status === 'ringing' ? placed.legs.get(`${placed.id}.0`)! : customer;
              if (leg === customer && customer.status === 'ringing')
                ledger.check(
                  s,
                  s.when({ type: 'call.answer_leg', callId: placed.id, legId: customer.id }),
                  before,
                );
              ledger.check(s, s.when({ type: 'call.hangup_leg', callId: placed.id, legId: leg.id }), before);
            }
            for (const call of [...s.state.calls.values()]) {
              const customer = [...call.legs.values()].find(
                (leg) => leg.party === 'customer' && leg.status !== 'ended',
              );
              if (!customer || call.id.startsWith('cb_')) continue;
              // The list before the step: an argument after the step would be read after it ran.
              const before = [...s.state.waiting];
              ledger.check(
                s,
                s.when({ type: 'call.hangup_leg', callId: call.id, legId: customer.id }),
                before,
              );
            }
            const before = [...s.state.waiting];
            ledger.check(s, s.advance(40_000).fireDueTimers(), before);
          }
          expect([...s.state.callbacks.keys()]).toEqual([]);
          expect([...ledger.life.values()].every((status) => status === 'finished')).toBe(true);
        },
      ),
      { numRuns: propertyRuns(200) },
    );
    for (const type of ['callback.requested', 'callback.offered', 'callback.returned', 'callback.requeued'])
      expect(seen.get(type) ?? 0, type).toBeGreaterThan(10);
  });
});
