import { describe, expect, it } from 'vitest';
import type { Event, StoredEvent } from '../../engine/events.ts';
import { emptyWorkspace } from '../../engine/state.ts';
import type { Principal } from '../principal.ts';
import { summarize } from './batch-summary.ts';
import { StreamFilter } from './filter.ts';

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const users = ['u_ann', 'u_bob', 'u_cid'];
const calls = ['c1', 'c2', 'c3', 'c4'];

/** One event of the kinds an agent's view turns on: calls and legs, voicemails, memberships, roles, chats. */
function eventOf(next: () => number): Event {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const callId = pick(calls);
  const userId = pick(users);
  const legId = `${callId}.${userId}`;
  const kinds: Array<() => unknown> = [
    () => ({
      type: 'call.received',
      callId,
      numberId: pick(['n1', 'n2']),
      from: '+34600111222',
      to: '+34911234567',
      customerLegId: `${callId}.0`,
    }),
    () => ({ type: 'call.leg_ringing', callId, legId, userId }),
    () => ({ type: 'call.leg_answered', callId, legId, userId }),
    () => ({ type: 'call.leg_ended', callId, legId, userId, reason: 'hangup' }),
    () => ({
      type: 'call.placed',
      callId,
      numberId: 'n1',
      from: '+34911234567',
      to: '+34600111222',
      userId,
      agentLegId: legId,
    }),
    () => ({ type: 'call.dtmf_received', callId, digits: '1' }),
    () => ({ type: 'call.ended', callId, outcome: 'answered', endedBy: 'customer' }),
    () => ({
      type: 'call.voicemail_left',
      callId,
      voicemailId: `vm_${callId}`,
      numberId: pick(['n1', 'n2']),
      from: '+34600111222',
      durationMs: 1,
    }),
    () => ({ type: 'timer.set', timer: { id: `ring:${callId}`, at: 1 } }),
    () => ({ type: 'timer.cleared', timerId: `ring:${callId}` }),
    () => ({ type: 'presence.changed', userId, from: 'online', to: 'pause', reason: 'requested' }),
    () => ({ type: 'user.updated', userId, changes: { role: pick(['agent', 'supervisor']) } }),
    () => ({
      type: 'number.updated',
      numberId: pick(['n1', 'n2']),
      changes: { assignedUserIds: users.filter(() => next() < 0.5) },
    }),
    () => ({ type: 'department.updated', departmentId: 'd1', memberIds: users.filter(() => next() < 0.5) }),
    () => ({ type: 'conversation.queued', conversationId: pick(['k1', 'k2']), departmentId: 'd1' }),
    () => ({ type: 'conversation.assigned', conversationId: pick(['k1', 'k2']), userId }),
    () => ({ type: 'conversation.resolved', conversationId: pick(['k1', 'k2']) }),
  ];
  // Calls and timers most of the time, as in a busy centre.
  const index = next() < 0.7 ? Math.floor(next() * 10) : 10 + Math.floor(next() * (kinds.length - 10));
  return kinds[index]!() as Event;
}

const principals: Principal[] = [
  ...users.map(
    (userId): Principal => ({ kind: 'user', workspaceId: 'acme', userId, role: 'agent', tokenHash: 'h' }),
  ),
  { kind: 'user', workspaceId: 'acme', userId: 'u_sup', role: 'supervisor', tokenHash: 'h' },
  { kind: 'api_key', workspaceId: 'acme', keyId: 'k', role: 'agent' },
  { kind: 'admin', keyId: 'a' },
];

describe('a batch’s summary, read once for every stream (the fan-out to agents’ consoles, bench/stream-fanout.ts)', () => {
  it('every stream sees exactly what it saw going through the whole batch, over 300 random batches and 40 seeds', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const next = random(seed);
      let seq = 0;
      const stored = (event: Event): StoredEvent => ({ workspaceId: 'acme', seq: ++seq, at: seq, event });
      const setUp = [
        stored({
          type: 'number.added',
          number: { id: 'n1', e164: '+34911234567', kind: 'rented', assignedUserIds: ['u_ann'] },
        } as unknown as Event),
        stored({
          type: 'department.created',
          department: { id: 'd1', name: 'Sales', memberIds: ['u_bob'] },
        } as unknown as Event),
      ];
      const pairs = principals.map((principal) => ({
        principal,
        whole: new StreamFilter(principal, emptyWorkspace('acme')),
        summarised: new StreamFilter(principal, emptyWorkspace('acme')),
      }));
      const openings = new Map<string, StoredEvent>();
      for (let round = 0; round < 300; round += 1) {
        const batch =
          round === 0
            ? setUp
            : Array.from({ length: 1 + Math.floor(next() * 12) }, () => stored(eventOf(next)));
        for (const item of batch)
          if (item.event.type === 'call.received' || item.event.type === 'call.placed')
            openings.set(item.event.callId, item);
        const summary = summarize(batch);
        for (const pair of pairs) {
          const expected = pair.whole.filter(batch, openings);
          const actual = pair.summarised.filter(batch, openings, summary);
          expect({ seed, round, principal: pair.principal, ...actual }).toEqual({
            seed,
            round,
            principal: pair.principal,
            ...expected,
          });
        }
        for (const { event } of batch) if (event.type === 'call.ended') openings.delete(event.callId);
      }
    }
  });

  it('an agent on none of a batch’s calls goes through its other events only', () => {
    const agent = principals[0]!;
    const filter = new StreamFilter(agent, emptyWorkspace('acme'));
    const batch: StoredEvent[] = [
      {
        workspaceId: 'acme',
        seq: 1,
        at: 1,
        event: { type: 'call.leg_ringing', callId: 'c9', legId: 'c9.1', userId: 'u_bob' } as Event,
      },
      {
        workspaceId: 'acme',
        seq: 2,
        at: 2,
        event: {
          type: 'presence.changed',
          userId: 'u_bob',
          from: 'online',
          to: 'pause',
          reason: 'requested',
        } as Event,
      },
    ];
    const summary = summarize(batch);
    expect(summary.others.map((stored) => stored.seq)).toEqual([2]);
    expect(filter.filter(batch, new Map(), summary).events.map((stored) => stored.seq)).toEqual([2]);
  });
});
