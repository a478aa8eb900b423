import fc from 'fast-check';
import { describe, it } from 'vitest';
import { propertyRuns } from '../../../test/support/property-runs.ts';
import { expect } from '../../../test/support/quick-expect.ts';
import { chatUnavailable } from '../chat/routing.ts';
import type { Command } from '../commands.ts';
import { decide } from '../decide.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, expectRoutingIndexFresh, Scenario } from '../testing.ts';
import { conversationSkills } from './requirements.ts';
import { effectiveSkills, qualifies, type SkillRequirement } from './skills.ts';

/**
 * R1/R2 for conversations, beside chat/properties.test.ts: the department's routing never
 * gives a conversation to an agent without the skills its wait requires, nor to one wrapping
 * up after a conversation, and its queue's head never waits while one who could take it is free.
 */
const agents = ['a1', 'a2', 'a3'];

type Step =
  | { kind: 'write' }
  | { kind: 'resolve'; pick: number }
  | { kind: 'presence'; agent: number; online: boolean }
  | { kind: 'skills'; agent: number; level: number }
  | { kind: 'wrap_up'; agent: number; extend: boolean }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('write' as const) }),
  fc.record({ kind: fc.constant('resolve' as const), pick: fc.nat(20) }),
  fc.record({ kind: fc.constant('presence' as const), agent: fc.nat(2), online: fc.boolean() }),
  fc.record({ kind: fc.constant('skills' as const), agent: fc.nat(2), level: fc.nat(5) }),
  fc.record({ kind: fc.constant('wrap_up' as const), agent: fc.nat(2), extend: fc.boolean() }),
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
      ? { skill: 'french', minLevel, relax: { afterSec, minLevel: relaxTo } }
      : { skill: 'french', minLevel },
  );

function setup(skill: SkillRequirement, wrapUpSec: number, levels: number[]): Scenario {
  const s = new Scenario().after(createdWorkspace, {
    type: 'department.create',
    departmentId: 'd',
    name: 'D',
  });
  for (const [index, id] of agents.entries())
    s.when({
      type: 'user.create',
      userId: id,
      name: id,
      email: `${id}@x.test`,
      capacity: { chat: 2 },
      departmentIds: ['d'],
      skills: levels[index]! > 0 ? [{ skill: 'french', level: levels[index]! }] : [],
    });
  s.when({ type: 'routing_rules.set', target: { kind: 'department', id: 'd' }, skills: [skill], wrapUpSec });
  for (const id of agents) s.when({ type: 'presence.set', userId: id, presence: 'online' });
  return s;
}

function commandFor(s: Scenario, value: Step, index: number): Command | undefined {
  switch (value.kind) {
    case 'write':
      return {
        type: 'conversation.incoming',
        conversationId: `k${index}`,
        channel: 'webchat',
        contact: { address: `v${index}` },
        channelMessageId: `m${index}`,
        text: 'Bonjour',
        departmentId: 'd',
      };
    case 'resolve': {
      const open = Object.values(s.state.conversations).filter((conversation) => conversation.assigneeId);
      const chosen = open[value.pick % Math.max(1, open.length)];
      return chosen && { type: 'conversation.resolve', conversationId: chosen.id, userId: chosen.assigneeId };
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
        skills: value.level > 0 ? [{ skill: 'french', level: value.level }] : [],
      };
    case 'wrap_up':
      return {
        type: value.extend ? 'wrap_up.extend' : 'wrap_up.end',
        userId: agents[value.agent]!,
        channel: 'chat',
      };
    case 'wait':
      return undefined;
  }
}

function check(
  s: Scenario,
  events: Event[],
  now: number,
  skill: SkillRequirement,
  wrapping: Set<string>,
): void {
  expectRoutingIndexFresh(s.state);
  for (const event of events) {
    if (event.type === 'wrap_up.started') wrapping.add(event.userId);
    if (event.type === 'wrap_up.ended') wrapping.delete(event.userId);
    if (event.type !== 'conversation.assigned' || event.by !== 'routing') continue;
    expect(wrapping.has(event.userId)).toBe(false);
    const conversation = s.state.conversations[event.conversationId]!;
    const { required } = effectiveSkills([skill], now - conversation.openedAt);
    expect(qualifies(s.state.users[event.userId]!.skills, required)).toBe(true);
  }
  if ([...s.state.timers.values()].some((timer) => timer.at <= now)) return;
  const head = s.state.chatQueues.d?.[0];
  if (!head) return;
  const { required } = conversationSkills(s.state, s.state.conversations[head]!, 'd', now);
  const idle = agents.filter(
    (id) =>
      chatUnavailable(s.state.users[id]) === undefined && qualifies(s.state.users[id]!.skills, required),
  );
  expect(idle).toEqual([]);
}

describe('R1/R2 chat routing properties', () => {
  it('R1: no conversation goes to an unqualified agent before the relax time; R2: none during chat wrap-up; the queue’s head never waits beside a free qualified agent', () => {
    fc.assert(
      fc.property(
        requirement,
        fc.constantFrom(0, 20),
        fc.array(fc.nat(5), { minLength: 3, maxLength: 3 }),
        fc.array(step, { minLength: 5, maxLength: 40 }),
        (skill, wrapUpSec, levels, steps) => {
          const s = setup(skill, wrapUpSec, levels);
          const wrapping = new Set<string>();
          for (const [index, value] of steps.entries()) {
            if (value.kind === 'wait') {
              const target = s.now + value.ms;
              for (;;) {
                const due = [...s.state.timers.values()]
                  .filter((timer) => timer.at <= target)
                  .sort((a, b) => a.at - b.at)[0];
                if (!due) break;
                s.now = due.at;
                check(
                  s,
                  s.when({ type: 'timer.fire', timerId: due.id }, { kind: 'timer' }),
                  s.now,
                  skill,
                  wrapping,
                );
              }
              s.now = target;
              continue;
            }
            const command = commandFor(s, value, index);
            if (!command) continue;
            const decision = decide(s.state, command, s.now);
            if (!decision.ok) {
              expect(decision.dirty).toBe(false);
              continue;
            }
            check(s, decision.events, s.now, skill, wrapping);
          }
        },
      ),
      { numRuns: propertyRuns(80) },
    );
  });
});
