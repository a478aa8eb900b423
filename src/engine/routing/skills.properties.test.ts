import fc from 'fast-check';
import { describe, it } from 'vitest';
import { propertyRuns } from '../../../test/support/property-runs.ts';
import { expect } from '../../../test/support/quick-expect.ts';
import type { Command } from '../commands.ts';
import { decide } from '../decide.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, expectRoutingIndexFresh, Scenario } from '../testing.ts';
import { unavailableReason } from '../voice/offer.ts';
import { callSkills } from './requirements.ts';
import { effectiveSkills, qualifies, type SkillRequirement } from './skills.ts';
import { strategies } from './strategy.ts';

/**
 * R1/R2 properties, extending the voice ones (voice/properties.test.ts) with skills and
 * wrap-up: whatever happens, no call rings an agent who lacks the skills its wait requires,
 * none rings an agent in wrap-up, and no caller waits while an agent who could take their
 * call is free.
 */
const agents = ['a1', 'a2', 'a3', 'a4'];

type Step =
  | { kind: 'call' }
  | { kind: 'answer'; pick: number }
  | { kind: 'reject'; pick: number }
  | { kind: 'hangup'; pick: number; customer: boolean }
  | { kind: 'presence'; agent: number; online: boolean }
  | { kind: 'skills'; agent: number; level: number }
  | { kind: 'wrap_up'; agent: number; extend: boolean }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('call' as const) }),
  fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('reject' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('hangup' as const), pick: fc.nat(20), customer: fc.boolean() }),
  fc.record({ kind: fc.constant('presence' as const), agent: fc.nat(3), online: fc.boolean() }),
  fc.record({ kind: fc.constant('skills' as const), agent: fc.nat(3), level: fc.nat(5) }),
  fc.record({ kind: fc.constant('wrap_up' as const), agent: fc.nat(3), extend: fc.boolean() }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1_000, max: 40_000 }) }),
);

const requirement: fc.Arbitrary<SkillRequirement> = fc
  .record({
    minLevel: fc.integer({ min: 1, max: 5 }),
    relaxTo: fc.nat(4),
    afterSec: fc.integer({ min: 5, max: 90 }),
  })
  .map(({ minLevel, relaxTo, afterSec }) =>
    relaxTo < minLevel
      ? { skill: 'spanish', minLevel, relax: { afterSec, minLevel: relaxTo } }
      : { skill: 'spanish', minLevel },
  );

function setup(
  strategy: (typeof strategies)[number],
  skill: SkillRequirement,
  wrapUpSec: number,
  levels: number[],
) {
  const s = new Scenario().after(createdWorkspace, { type: 'billing.top_up', amountCents: 100_000 });
  agents.forEach((id, index) => {
    const level = levels[index]!;
    s.when({
      type: 'user.create',
      userId: id,
      name: id,
      email: `${id}@acme.test`,
      skills: level > 0 ? [{ skill: 'spanish', level }] : [],
    });
  });
  s.after(
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      settings: { strategy, ringTimeoutSec: 10, queue: { maxWaitSec: 120, maxLength: 5 } },
    },
    { type: 'routing_rules.set', target: { kind: 'number', id: 'n1' }, skills: [skill], wrapUpSec },
  );
  for (const id of agents) s.when({ type: 'presence.set', userId: id, presence: 'online' });
  return s;
}

function commandFor(s: Scenario, value: Step, callNo: number): Command | undefined {
  const legs = [...s.state.calls.values()].flatMap((call) =>
    [...call.legs.values()].filter((leg) => leg.status !== 'ended').map((leg) => ({ call, leg })),
  );
  switch (value.kind) {
    case 'call':
      return { type: 'call.inbound', callId: `c${callNo}`, from: '+34600111222', to: '+34911234567' };
    case 'answer':
    case 'reject': {
      const ringing = legs.filter(({ leg }) => leg.status === 'ringing');
      const chosen = ringing[value.pick % Math.max(1, ringing.length)];
      if (!chosen) return undefined;
      return {
        type: value.kind === 'answer' ? 'call.answer_leg' : 'call.reject_leg',
        callId: chosen.call.id,
        legId: chosen.leg.id,
      };
    }
    case 'hangup': {
      const pool = legs.filter(({ leg }) =>
        value.customer ? leg.party === 'customer' : leg.status === 'connected',
      );
      const chosen = pool[value.pick % Math.max(1, pool.length)];
      return chosen && { type: 'call.hangup_leg', callId: chosen.call.id, legId: chosen.leg.id };
    }
    case 'presence':
      return {
        type: 'presence.set',
        userId: agents[value.agent]!,
        presence: value.online ? 'online' : 'pause',
      };
    case 'skills':
      return {
        type: 'user.update',
        userId: agents[value.agent]!,
        skills: value.level > 0 ? [{ skill: 'spanish', level: value.level }] : [],
      };
    case 'wrap_up':
      return {
        type: value.extend ? 'wrap_up.extend' : 'wrap_up.end',
        userId: agents[value.agent]!,
        channel: 'voice',
      };
    case 'wait':
      return undefined;
  }
}

/** What the test knows across decisions: who is wrapping up, when each call was first routed. */
interface Watch {
  wrapping: Set<string>;
  routedAt: Map<string, number>;
}

function check(s: Scenario, events: Event[], now: number, skill: SkillRequirement, watch: Watch): void {
  expectRoutingIndexFresh(s.state);
  for (const event of events) {
    if (event.type === 'call.routed' && !watch.routedAt.has(event.callId))
      watch.routedAt.set(event.callId, now);
    if (event.type === 'wrap_up.started') watch.wrapping.add(event.userId);
    if (event.type === 'wrap_up.ended') watch.wrapping.delete(event.userId);
    if (event.type !== 'call.leg_ringing' || !event.userId) continue;
    // R2: no offer during wrap-up.
    expect(watch.wrapping.has(event.userId)).toBe(false);
    // R1: never offered to an agent without the skills the caller's wait requires by now.
    const { required } = effectiveSkills([skill], now - watch.routedAt.get(event.callId)!);
    expect(qualifies(s.state.users[event.userId]!.skills, required)).toBe(true);
  }
  for (const user of Object.values(s.state.users))
    expect(Boolean(user.wrapUp?.voice)).toBe(watch.wrapping.has(user.id));
  // Timers due at this same instant fire one after the other: judge the queue once they all have.
  if ([...s.state.timers.values()].some((timer) => timer.at <= now)) return;
  for (const callId of s.state.waiting) {
    const call = s.state.calls.get(callId)!;
    const { required } = callSkills(s.state, call, call.queuePool!, now);
    // Nobody free who could take a waiting call is left idle.
    const idle = agents.filter(
      (id) =>
        unavailableReason(s.state.users[id]) === undefined && qualifies(s.state.users[id]!.skills, required),
    );
    expect(idle).toEqual([]);
  }
}

/** Fires due timers one by one, checking each decision at its own time. */
function playOut(s: Scenario, ms: number, skill: SkillRequirement, watch: Watch): void {
  const target = s.now + ms;
  for (;;) {
    const due = [...s.state.timers.values()]
      .filter((timer) => timer.at <= target)
      .sort((a, b) => a.at - b.at)[0];
    if (!due) break;
    s.now = due.at;
    check(s, s.when({ type: 'timer.fire', timerId: due.id }, { kind: 'timer' }), s.now, skill, watch);
  }
  s.now = target;
}

describe('R1/R2 routing properties', () => {
  it('R1: never offered to an unqualified agent before the relax time; R2: no offer during wrap-up; no idle qualified agent while a caller waits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...strategies),
        requirement,
        fc.constantFrom(0, 15, 45),
        fc.array(fc.nat(5), { minLength: 4, maxLength: 4 }),
        fc.array(step, { minLength: 5, maxLength: 50 }),
        (strategy, skill, wrapUpSec, levels, steps) => {
          const s = setup(strategy, skill, wrapUpSec, levels);
          const watch: Watch = { wrapping: new Set(), routedAt: new Map() };
          for (const [index, value] of steps.entries()) {
            if (value.kind === 'wait') {
              playOut(s, value.ms, skill, watch);
              continue;
            }
            const command = commandFor(s, value, index);
            if (!command) continue;
            const decision = decide(s.state, command, s.now);
            if (!decision.ok) {
              expect(decision.dirty).toBe(false);
              continue;
            }
            check(s, decision.events, s.now, skill, watch);
          }
          for (const call of [...s.state.calls.values()])
            for (const leg of call.legs.values())
              if (leg.party === 'customer' && leg.status !== 'ended')
                check(
                  s,
                  s.when({ type: 'call.hangup_leg', callId: call.id, legId: leg.id }),
                  s.now,
                  skill,
                  watch,
                );
          playOut(s, 600_000, skill, watch);
          expect([...s.state.calls.keys()]).toEqual([]);
          expect(Object.values(s.state.users).every((user) => !user.wrapUp)).toBe(true);
        },
      ),
      { numRuns: propertyRuns(120) },
    );
  });
});
