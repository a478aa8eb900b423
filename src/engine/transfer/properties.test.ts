import fc from 'fast-check';
import { describe, it } from 'vitest';
import { propertyRuns } from '../../../test/support/property-runs.ts';
import { expect } from '../../../test/support/quick-expect.ts';
import type { Command } from '../commands.ts';
import { decide } from '../decide.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, expectRoutingIndexFresh, Scenario } from '../testing.ts';

const agents = ['a1', 'a2', 'a3'];

type Step =
  | { kind: 'call' }
  | { kind: 'answer'; pick: number }
  | { kind: 'reject'; pick: number }
  | { kind: 'hold'; pick: number }
  | { kind: 'transfer'; pick: number; target: number; method: 'direct' | 'assisted'; external: boolean }
  | { kind: 'consult'; pick: number; action: 'complete' | 'conference' | 'cancel' }
  | { kind: 'hangup'; pick: number; customer: boolean }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('call' as const) }),
  fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constant('reject' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constant('hold' as const), pick: fc.nat(9) }),
  fc.record({
    kind: fc.constant('transfer' as const),
    pick: fc.nat(9),
    target: fc.nat(2),
    method: fc.constantFrom('direct' as const, 'assisted' as const),
    external: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('transfer' as const),
    pick: fc.nat(9),
    target: fc.nat(2),
    method: fc.constantFrom('direct' as const, 'assisted' as const),
    external: fc.constant(false),
  }),
  fc.record({
    kind: fc.constant('consult' as const),
    pick: fc.nat(9),
    action: fc.constantFrom('complete' as const, 'conference' as const, 'cancel' as const),
  }),
  fc.record({ kind: fc.constant('hangup' as const), pick: fc.nat(9), customer: fc.boolean() }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1_000, max: 40_000 }) }),
);

function setup(): Scenario {
  const s = new Scenario().after(createdWorkspace, { type: 'billing.top_up', amountCents: 100_000 });
  for (const id of agents)
    s.when({ type: 'user.create', userId: id, name: id, email: `${id}@x.test`, capacity: { voice: 2 } });
  s.when({
    type: 'number.add',
    numberId: 'n1',
    e164: '+34911234567',
    kind: 'rented',
    settings: {
      strategy: 'sequential',
      ringTimeoutSec: 10,
      noAnswerAction: { kind: 'hang_up' },
      record: true,
    },
  });
  for (const id of agents) s.when({ type: 'presence.set', userId: id, presence: 'online' });
  return s;
}

function commandsFor(s: Scenario, value: Step, index: number): Command[] {
  const command = commandFor(s, value, index);
  if (!command) return [];
  // A transfer starts from a held call: hold first, as the agent would.
  const call = command.type === 'call.transfer' ? s.state.calls.get(command.callId) : undefined;
  if (command.type === 'call.transfer' && call && !call.held)
    return [{ type: 'call.hold', callId: call.id, userId: command.userId }, command];
  return [command];
}

function commandFor(s: Scenario, value: Step, index: number): Command | undefined {
  const calls = [...s.state.calls.values()];
  const call = calls[(('pick' in value ? value.pick : 0) as number) % Math.max(1, calls.length)];
  const legs = call ? [...call.legs.values()].filter((leg) => leg.status !== 'ended') : [];
  const agentOn = legs.find((leg) => leg.party === 'agent' && leg.status === 'connected')?.userId;
  switch (value.kind) {
    case 'call':
      return { type: 'call.inbound', callId: `c${index}`, from: '+34600111222', to: '+34911234567' };
    case 'answer':
    case 'reject': {
      // The transfer's target leg first, so transfers get answered and declined often.
      const leg =
        legs.find(
          (candidate) => candidate.id === call?.transfer?.targetLegId && candidate.status === 'ringing',
        ) ?? legs.find((candidate) => candidate.status === 'ringing');
      if (!call || !leg) return undefined;
      return {
        type: value.kind === 'answer' ? 'call.answer_leg' : 'call.reject_leg',
        callId: call.id,
        legId: leg.id,
      };
    }
    case 'hold':
      return call && agentOn ? { type: 'call.hold', callId: call.id, userId: agentOn } : undefined;
    case 'transfer':
      if (!call || !agentOn) return undefined;
      return {
        type: 'call.transfer',
        callId: call.id,
        transferId: `t${index}`,
        userId: agentOn,
        target: value.external
          ? { kind: 'external', number: '+34699000111' }
          : { kind: 'user', userId: agents[value.target]! },
        method: value.method,
      };
    case 'consult':
      if (!call?.transfer) return undefined;
      return {
        type: `call.transfer_${value.action}`,
        callId: call.id,
        userId: call.transfer.initiatorId,
      } as Command;
    case 'hangup': {
      const leg = value.customer
        ? legs.find((candidate) => candidate.party === 'customer')
        : legs.find((candidate) => candidate.party !== 'customer' && candidate.status === 'connected');
      return call && leg ? { type: 'call.hangup_leg', callId: call.id, legId: leg.id } : undefined;
    }
    case 'wait':
      return undefined;
  }
}

function check(s: Scenario, events: Event[], ended: Map<string, number>): void {
  expectRoutingIndexFresh(s.state);
  for (const call of [...s.state.calls.values()]) {
    // The caller is always connected (talking, ringing agents, queued or on hold) until the call ends.
    const customer = [...call.legs.values()].find((leg) => leg.party === 'customer');
    expect(customer?.status).toBe('connected');
    // A live transfer is the call's one transfer, and its target leg exists.
    if (call.transfer) expect(call.legs.get(call.transfer.targetLegId)).toBeDefined();
  }
  for (const user of Object.values(s.state.users)) {
    const legs = [...s.state.calls.values()].flatMap((call) =>
      [...call.legs.values()].filter((leg) => leg.userId === user.id),
    );
    expect(user.ringingLegs).toBe(legs.filter((leg) => leg.status === 'ringing').length);
    expect(user.connectedLegs).toBe(legs.filter((leg) => leg.status === 'connected').length);
  }
  for (const event of events) {
    if (event.type === 'call.leg_ringing' && event.userId) {
      const user = s.state.users[event.userId]!;
      expect(user.ringingLegs + user.connectedLegs).toBeLessThanOrEqual(user.capacity.voice);
    }
    if (event.type === 'call.ended') ended.set(event.callId, (ended.get(event.callId) ?? 0) + 1);
  }
}

describe('transfer properties', () => {
  it('the caller stays connected until the end, one transfer at a time, capacity never exceeded, every call ends once', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 60 }), (steps) => {
        const s = setup();
        const ended = new Map<string, number>();
        let placed = 0;
        steps.forEach((value, index) => {
          if (value.kind === 'wait') {
            check(s, s.advance(value.ms).fireDueTimers(), ended);
            return;
          }
          for (const command of commandsFor(s, value, index)) {
            const live = command.type === 'call.transfer' && s.state.calls.get(command.callId)?.transfer;
            const decision = decide(s.state, command, s.now);
            // Never two live transfers on one call.
            if (live) expect(decision.ok).toBe(false);
            if (!decision.ok) {
              expect(decision.dirty).toBe(false);
              continue;
            }
            if (command.type === 'call.inbound') placed += 1;
            check(s, decision.events, ended);
          }
        });
        for (let round = 0; round < 40 && s.state.calls.size > 0; round += 1) {
          for (const call of [...s.state.calls.values()]) {
            const customer = [...call.legs.values()].find(
              (leg) => leg.party === 'customer' && leg.status !== 'ended',
            );
            if (customer && round > 5)
              check(s, s.when({ type: 'call.hangup_leg', callId: call.id, legId: customer.id }), ended);
          }
          check(s, s.advance(60_000).fireDueTimers(), ended);
        }
        expect([...s.state.calls.keys()]).toEqual([]);
        expect(ended.size).toBe(placed);
        expect([...ended.values()].every((count) => count === 1)).toBe(true);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
