import fc from 'fast-check';
import { describe, it } from 'vitest';
import { propertyRuns } from '../../../test/support/property-runs.ts';
import { expect } from '../../../test/support/quick-expect.ts';
import type { Command } from '../commands.ts';
import { decide } from '../decide.ts';
import type { Event } from '../events.ts';
import { idleOrder } from '../routing/idle-order.ts';
import { strategies } from '../routing/strategy.ts';
import { createdWorkspace, expectRoutingIndexFresh, Scenario } from '../testing.ts';
import { unavailableReason } from './offer.ts';

const agents = ['a1', 'a2', 'a3', 'a4'];

type Step =
  | { kind: 'call'; from: number }
  | { kind: 'answer'; pick: number }
  | { kind: 'reject'; pick: number }
  | { kind: 'hangup'; pick: number; customer: boolean }
  | { kind: 'presence'; agent: number; presence: 'online' | 'pre_pause' | 'pause' | 'offline' }
  | { kind: 'capacity'; agent: number; voice: number }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('call' as const), from: fc.nat(5) }),
  fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('reject' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('hangup' as const), pick: fc.nat(20), customer: fc.boolean() }),
  fc.record({
    kind: fc.constant('presence' as const),
    agent: fc.nat(agents.length - 1),
    presence: fc.constantFrom('online' as const, 'pre_pause' as const, 'pause' as const, 'offline' as const),
  }),
  fc.record({
    kind: fc.constant('capacity' as const),
    agent: fc.nat(agents.length - 1),
    voice: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1_000, max: 40_000 }) }),
);

function setup(strategy: (typeof strategies)[number], forwardOnNoAnswer: boolean): Scenario {
  const s = new Scenario().after(createdWorkspace, { type: 'billing.top_up', amountCents: 100_000 });
  for (const id of agents) s.when({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test` });
  s.when({
    type: 'number.add',
    numberId: 'n1',
    e164: '+34911234567',
    kind: 'rented',
    settings: {
      strategy,
      ringTimeoutSec: 10,
      queue: { maxWaitSec: 60, maxLength: 3 },
      noAnswerAction: forwardOnNoAnswer ? { kind: 'forward', to: '+34699000111' } : { kind: 'voicemail' },
    },
  });
  return s;
}

/** Turns a random step into a command that makes sense now, or nothing. */
function commandFor(s: Scenario, stepValue: Step, callNo: number): Command | undefined {
  const calls = [...s.state.calls.values()];
  const legs = calls.flatMap((call) =>
    [...call.legs.values()].filter((leg) => leg.status !== 'ended').map((leg) => ({ call, leg })),
  );
  switch (stepValue.kind) {
    case 'call':
      return {
        type: 'call.inbound',
        callId: `c${callNo}`,
        from: `+3460011122${stepValue.from}`,
        to: '+34911234567',
      };
    case 'answer':
    case 'reject': {
      const ringing = legs.filter(({ leg }) => leg.status === 'ringing');
      const chosen = ringing[stepValue.pick % Math.max(1, ringing.length)];
      if (!chosen) return undefined;
      const type = stepValue.kind === 'answer' ? 'call.answer_leg' : 'call.reject_leg';
      return { type, callId: chosen.call.id, legId: chosen.leg.id };
    }
    case 'hangup': {
      const pool = legs.filter(({ leg }) =>
        stepValue.customer ? leg.party === 'customer' : leg.status === 'connected',
      );
      const chosen = pool[stepValue.pick % Math.max(1, pool.length)];
      return chosen && { type: 'call.hangup_leg', callId: chosen.call.id, legId: chosen.leg.id };
    }
    case 'presence':
      return { type: 'presence.set', userId: agents[stepValue.agent]!, presence: stepValue.presence };
    case 'capacity':
      return { type: 'user.update', userId: agents[stepValue.agent]!, capacity: { voice: stepValue.voice } };
    case 'wait':
      return undefined;
  }
}

function checkInvariants(
  s: Scenario,
  events: Event[],
  forwarded: Set<string>,
  ended: Map<string, number>,
): void {
  expectRoutingIndexFresh(s.state);
  for (const user of Object.values(s.state.users)) {
    const legs = [...s.state.calls.values()].flatMap((call) =>
      [...call.legs.values()].filter((leg) => leg.userId === user.id),
    );
    const ringing = legs.filter((leg) => leg.status === 'ringing').length;
    const connected = legs.filter((leg) => leg.status === 'connected').length;
    // Never rung twice at once; the counters evolve keeps match the legs.
    expect(ringing).toBeLessThanOrEqual(1);
    expect(user.ringingLegs).toBe(ringing);
    expect(user.connectedLegs).toBe(connected);
  }
  for (const event of events) {
    if (event.type === 'call.leg_ringing' && event.userId) {
      const user = s.state.users[event.userId]!;
      // A new offer never puts an agent over their voice capacity.
      expect(user.connectedLegs + user.ringingLegs).toBeLessThanOrEqual(user.capacity.voice);
    }
    if (event.type === 'call.leg_ringing' && event.number) forwarded.add(event.callId);
    if (event.type === 'call.queued') expect(forwarded.has(event.callId)).toBe(false);
    if (event.type === 'call.leg_ringing' && event.userId) expect(forwarded.has(event.callId)).toBe(false);
    if (event.type === 'call.ended') ended.set(event.callId, (ended.get(event.callId) ?? 0) + 1);
  }
  // The derived idle order always holds every user, longest idle first.
  const order = [...idleOrder(s.state)];
  expect([...order].sort()).toEqual(Object.keys(s.state.users).sort());
  const idle = order.map((id) => s.state.users[id]!.lastAnsweredAt ?? Number.NEGATIVE_INFINITY);
  expect(idle).toEqual([...idle].sort((a, b) => a - b));
  for (const waiting of s.state.waiting) {
    expect(s.state.calls.get(waiting)?.phase).toBe('queued');
    // Nobody who could take a waiting call is left idle.
    const idle = agents.filter((id) => unavailableReason(s.state.users[id]) === undefined);
    expect(idle).toEqual([]);
  }
}

describe('voice properties', () => {
  it('never rings an agent twice, never exceeds capacity, never loses a call, never re-queues a forwarded call', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...strategies),
        fc.boolean(),
        fc.array(step, { minLength: 5, maxLength: 60 }),
        (strategy, forwardOnNoAnswer, steps) => {
          const s = setup(strategy, forwardOnNoAnswer);
          const forwarded = new Set<string>();
          const ended = new Map<string, number>();
          let placed = 0;
          steps.forEach((stepValue, index) => {
            if (stepValue.kind === 'wait') {
              checkInvariants(s, s.advance(stepValue.ms).fireDueTimers(), forwarded, ended);
              return;
            }
            const command = commandFor(s, stepValue, index);
            if (!command) return;
            const decision = decide(s.state, command, s.now);
            if (!decision.ok) {
              expect(decision.dirty).toBe(false);
              return;
            }
            if (command.type === 'call.inbound') placed += 1;
            checkInvariants(s, decision.events, forwarded, ended);
          });
          // Let every timer play out and every caller hang up: each call ends exactly once.
          for (let round = 0; round < 50 && s.state.calls.size > 0; round += 1) {
            for (const call of [...s.state.calls.values()]) {
              const customer = [...call.legs.values()].find(
                (leg) => leg.party === 'customer' && leg.status !== 'ended',
              );
              if (customer && round > 10)
                checkInvariants(
                  s,
                  s.when({ type: 'call.hangup_leg', callId: call.id, legId: customer.id }),
                  forwarded,
                  ended,
                );
            }
            checkInvariants(s, s.advance(60_000).fireDueTimers(), forwarded, ended);
          }
          expect([...s.state.calls.keys()]).toEqual([]);
          expect(ended.size).toBe(placed);
          expect([...ended.values()].every((count) => count === 1)).toBe(true);
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });
});
