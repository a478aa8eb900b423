import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../test/support/property-runs.ts';
import type { Command } from '../commands.ts';
import { decide } from '../decide.ts';
import { createdWorkspace, expectRoutingIndexFresh, Scenario } from '../testing.ts';
import { currentRoutingIndex } from './availability.ts';

/**
 * Issue 16: a configuration change no longer rebuilds the routing index; only the pools whose
 * members changed are built again (reconcile.ts). Whatever mix of membership, capacity, skills
 * and presence changes comes, with routing decisions in between, the index evolve keeps says
 * what one built afresh says, and is the same object (no rebuild), users created and removed
 * included: they join or leave their pools in place (users.ts).
 */
const agents = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
const subset = fc.subarray(agents).chain((ids) => fc.shuffledSubarray(ids, { minLength: ids.length }));

type Step =
  | { kind: 'presence'; agent: number; online: boolean }
  | { kind: 'group'; members: string[] }
  | { kind: 'department'; members: string[] }
  | { kind: 'assigned'; members: string[] }
  | { kind: 'capacity'; agent: number; voice: number }
  | { kind: 'skills'; agent: number; level: number }
  | { kind: 'departments'; agent: number; member: boolean }
  | { kind: 'rules'; level: number }
  | { kind: 'call'; group: boolean }
  | { kind: 'chat' }
  | { kind: 'create'; agent: number; department: boolean; level: number; online: boolean }
  | { kind: 'remove'; agent: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('presence' as const), agent: fc.nat(5), online: fc.boolean() }),
  fc.record({ kind: fc.constant('group' as const), members: subset }),
  fc.record({ kind: fc.constant('department' as const), members: subset }),
  fc.record({ kind: fc.constant('assigned' as const), members: subset }),
  fc.record({ kind: fc.constant('capacity' as const), agent: fc.nat(5), voice: fc.nat(2) }),
  fc.record({ kind: fc.constant('skills' as const), agent: fc.nat(5), level: fc.nat(5) }),
  fc.record({ kind: fc.constant('departments' as const), agent: fc.nat(5), member: fc.boolean() }),
  fc.record({ kind: fc.constant('rules' as const), level: fc.nat(5) }),
  fc.record({ kind: fc.constant('call' as const), group: fc.boolean() }),
  fc.record({ kind: fc.constant('chat' as const) }),
  fc.record({
    kind: fc.constant('create' as const),
    // 0–5: an agent of the set (refused unless removed before), 6: a new user.
    agent: fc.nat(6),
    department: fc.boolean(),
    level: fc.nat(5),
    online: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('remove' as const), agent: fc.nat(5) }),
);

function setup(): Scenario {
  const s = new Scenario().after(createdWorkspace, { type: 'billing.top_up', amountCents: 100_000 });
  s.when({
    type: 'number.add',
    numberId: 'n1',
    e164: '+34911234567',
    kind: 'rented',
    settings: { strategy: 'round_robin', ringTimeoutSec: 10, queue: { maxWaitSec: 120, maxLength: 50 } },
  });
  for (const id of agents) s.when({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test` });
  s.when({ type: 'group.create', groupId: 'g1', name: 'G', memberIds: agents, strategy: 'sequential' });
  s.when({ type: 'department.create', departmentId: 'd1', name: 'D', memberIds: agents });
  for (const id of agents) s.when({ type: 'presence.set', userId: id, presence: 'online' });
  return s;
}

let sequence = 0;
function commandFor(value: Step): Command {
  sequence += 1;
  switch (value.kind) {
    case 'create': {
      const userId = agents[value.agent] ?? `new${sequence}`;
      return {
        type: 'user.create',
        userId,
        name: userId,
        email: `${userId}-${sequence}@acme.test`,
        departmentIds: value.department ? ['d1'] : [],
        ...(value.level > 0 ? { skills: [{ skill: 'spanish', level: value.level }] } : {}),
      };
    }
    case 'remove':
      return { type: 'user.remove', userId: agents[value.agent]! };
    case 'presence':
      return {
        type: 'presence.set',
        userId: agents[value.agent]!,
        presence: value.online ? 'online' : 'pause',
      };
    case 'group':
      return { type: 'group.update', groupId: 'g1', memberIds: value.members };
    case 'department':
      return { type: 'department.update', departmentId: 'd1', memberIds: value.members };
    case 'assigned':
      return { type: 'number.update', numberId: 'n1', assignedUserIds: value.members };
    case 'capacity':
      return { type: 'user.update', userId: agents[value.agent]!, capacity: { voice: value.voice } };
    case 'skills':
      return {
        type: 'user.update',
        userId: agents[value.agent]!,
        skills: value.level > 0 ? [{ skill: 'spanish', level: value.level }] : [],
      };
    case 'departments':
      return { type: 'user.update', userId: agents[value.agent]!, departmentIds: value.member ? ['d1'] : [] };
    case 'rules':
      return {
        type: 'routing_rules.set',
        target: { kind: 'number', id: 'n1' },
        skills: value.level > 0 ? [{ skill: 'spanish', minLevel: value.level }] : [],
      };
    case 'call':
      if (value.group)
        return {
          type: 'number.configure',
          numberId: 'n1',
          settings: { route: { kind: 'group', groupId: 'g1' } },
        };
      return { type: 'call.inbound', callId: `c${sequence}`, from: '+34600111222', to: '+34911234567' };
    case 'chat':
      return {
        type: 'conversation.incoming',
        conversationId: `chat${sequence}`,
        channel: 'webchat',
        contact: { address: `visitor-${sequence}` },
        channelMessageId: `m${sequence}`,
        text: 'Hello',
        departmentId: 'd1',
      };
  }
}

describe('issue 16: configuration changes rebuild only the pools they change', () => {
  it('the kept index equals a fresh build after any mix of changes, users created and removed, and decisions, without a rebuild', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(step, fc.boolean()), { minLength: 1, maxLength: 30 }), (steps) => {
        const s = setup();
        // A first decision builds the index: from here on only reconciling may change it.
        s.when(commandFor({ kind: 'call', group: false }));
        const built = currentRoutingIndex(s.state);
        expect(built).toBeDefined();
        for (const [value, check] of steps) {
          const command = commandFor(value);
          const decision = decide(s.state, command, s.now);
          if (decision.ok) s.state = decision.state;
          // A new user online at once, so they can be offered work (and sit in the free sets).
          if (decision.ok && command.type === 'user.create' && value.kind === 'create' && value.online) {
            const online = decide(
              s.state,
              { type: 'presence.set', userId: command.userId, presence: 'online' },
              s.now,
            );
            if (online.ok) s.state = online.state;
          }
          s.now += 1_000;
          if (check) expectRoutingIndexFresh(s.state);
        }
        expectRoutingIndexFresh(s.state);
        expect(currentRoutingIndex(s.state)).toBe(built);
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});
