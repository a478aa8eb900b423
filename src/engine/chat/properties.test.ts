import fc from 'fast-check';
import { describe, it } from 'vitest';
import { propertyRuns } from '../../../test/support/property-runs.ts';
import { expect } from '../../../test/support/quick-expect.ts';
import type { Command } from '../commands.ts';
import { decide } from '../decide.ts';
import { createdWorkspace, expectRoutingIndexFresh, Scenario } from '../testing.ts';
import { chatUnavailable } from './routing.ts';

const agents = ['a1', 'a2', 'a3'];
const departments = ['d1', 'd2'];

type Step =
  | { kind: 'write'; conversation: number; department: number }
  | { kind: 'resolve'; pick: number }
  | { kind: 'transfer'; pick: number; toAgent: boolean; target: number }
  | { kind: 'presence'; agent: number; presence: 'online' | 'pre_pause' | 'pause' | 'offline' }
  | { kind: 'capacity'; agent: number; chat: number }
  | {
      kind: 'rule';
      department: number;
      rule: 'keep' | 'requeue' | 'reassign';
      strategy: 'least_busy' | 'round_robin';
    };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), conversation: fc.nat(12), department: fc.nat(1) }),
  fc.record({ kind: fc.constant('resolve' as const), pick: fc.nat(20) }),
  fc.record({
    kind: fc.constant('transfer' as const),
    pick: fc.nat(20),
    toAgent: fc.boolean(),
    target: fc.nat(2),
  }),
  fc.record({
    kind: fc.constant('presence' as const),
    agent: fc.nat(2),
    presence: fc.constantFrom('online' as const, 'pre_pause' as const, 'pause' as const, 'offline' as const),
  }),
  fc.record({
    kind: fc.constant('capacity' as const),
    agent: fc.nat(2),
    chat: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('rule' as const),
    department: fc.nat(1),
    rule: fc.constantFrom('keep' as const, 'requeue' as const, 'reassign' as const),
    strategy: fc.constantFrom('least_busy' as const, 'round_robin' as const),
  }),
);

function setup(): Scenario {
  const s = new Scenario().after(createdWorkspace);
  s.when({ type: 'department.create', departmentId: 'd1', name: 'One' });
  s.when({ type: 'department.create', departmentId: 'd2', name: 'Two' });
  s.when({
    type: 'user.create',
    userId: 'a1',
    name: 'a1',
    email: 'a1@x.test',
    capacity: { chat: 1 },
    departmentIds: ['d1'],
  });
  s.when({
    type: 'user.create',
    userId: 'a2',
    name: 'a2',
    email: 'a2@x.test',
    capacity: { chat: 2 },
    departmentIds: ['d1', 'd2'],
  });
  s.when({
    type: 'user.create',
    userId: 'a3',
    name: 'a3',
    email: 'a3@x.test',
    capacity: { chat: 1 },
    departmentIds: ['d2'],
  });
  return s;
}

function commandFor(s: Scenario, value: Step, index: number): Command | undefined {
  const open = Object.keys(s.state.conversations);
  switch (value.kind) {
    case 'write':
      return {
        type: 'conversation.incoming',
        conversationId: `k${value.conversation}`,
        channel: 'webchat',
        contact: { address: `v${value.conversation}` },
        channelMessageId: `m${index}`,
        text: 'hi',
        departmentId: departments[value.department]!,
      };
    case 'resolve': {
      const id = open[value.pick % Math.max(1, open.length)];
      return id ? { type: 'conversation.resolve', conversationId: id } : undefined;
    }
    case 'transfer': {
      const id = open[value.pick % Math.max(1, open.length)];
      if (!id) return undefined;
      const to = value.toAgent
        ? ({ kind: 'agent', userId: agents[value.target]! } as const)
        : ({ kind: 'department', departmentId: departments[value.target % 2]! } as const);
      return {
        type: 'conversation.transfer',
        conversationId: id,
        to,
        reason: 'because',
        noteId: `n${index}`,
      };
    }
    case 'presence':
      return { type: 'presence.set', userId: agents[value.agent]!, presence: value.presence };
    case 'capacity':
      return { type: 'user.update', userId: agents[value.agent]!, capacity: { chat: value.chat } };
    case 'rule':
      return {
        type: 'chat.configure_department',
        departmentId: departments[value.department]!,
        settings: { onAgentOffline: value.rule, strategy: value.strategy },
      };
  }
}

function checkInvariants(s: Scenario, opened: Set<string>, resolved: Set<string>): void {
  expectRoutingIndexFresh(s.state);
  for (const user of Object.values(s.state.users)) {
    const held = Object.values(s.state.conversations).filter(
      (c) => c.assigneeId === user.id && (c.status === 'assigned' || c.status === 'on_hold'),
    );
    // The counter matches reality.
    expect(user.chatSessions).toBe(held.length);
  }
  // Nothing is lost: every opened conversation is open or resolved, never both.
  for (const id of opened) expect(Boolean(s.state.conversations[id]) !== resolved.has(id)).toBe(true);
  // Pending lists hold exactly the pending conversations, under their agent.
  const pending = Object.values(s.state.conversations).filter((c) => c.status === 'pending');
  expect(Object.values(s.state.pendingFor).flat().sort()).toEqual(pending.map((c) => c.id).sort());
  for (const c of pending) expect(s.state.pendingFor[c.assigneeId!]).toContain(c.id);
  // Queues hold exactly the queued conversations of their department, once each.
  for (const conversation of Object.values(s.state.conversations))
    if (conversation.status === 'queued' && conversation.departmentId)
      expect(
        s.state.chatQueues[conversation.departmentId]!.filter((id) => id === conversation.id),
      ).toHaveLength(1);
  for (const [departmentId, queue] of Object.entries(s.state.chatQueues))
    for (const id of queue)
      expect(s.state.conversations[id]).toMatchObject({ status: 'queued', departmentId });
  // Nothing waits while an agent of its department has room.
  for (const [departmentId, queue] of Object.entries(s.state.chatQueues)) {
    if (queue.length === 0) continue;
    const members = s.state.departments[departmentId]!.memberIds;
    expect(members.filter((id) => chatUnavailable(s.state.users[id]) === undefined)).toEqual([]);
  }
}

describe('chat properties', () => {
  it('never over capacity, never loses a conversation, never leaves one waiting beside an agent with room', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 80 }), (steps) => {
        const s = setup();
        const opened = new Set<string>();
        const resolved = new Set<string>();
        steps.forEach((value, index) => {
          const command = commandFor(s, value, index);
          if (!command) return;
          const before = new Map(Object.values(s.state.users).map((u) => [u.id, u.chatSessions]));
          const decision = decide(s.state, command, s.now);
          if (!decision.ok) {
            expect(decision.dirty).toBe(false);
            return;
          }
          for (const event of decision.events) {
            if (event.type === 'conversation.opened') {
              opened.add(event.conversationId);
              resolved.delete(event.conversationId);
            }
            if (event.type === 'conversation.resolved') resolved.add(event.conversationId);
            if (event.type === 'conversation.assigned') {
              const user = s.state.users[event.userId]!;
              // An assignment never takes a slot the agent does not have (a capacity cut below the load is allowed).
              expect(
                user.chatSessions <= user.capacity.chat || user.chatSessions <= (before.get(user.id) ?? 0),
              ).toBe(true);
            }
          }
          checkInvariants(s, opened, resolved);
        });
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});
