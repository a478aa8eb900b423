import { describe, expect, it } from 'vitest';
import type { Event, StoredEvent } from '../../engine/events.ts';
import { idMapOf } from '../../engine/id-map.ts';
import { emptyWorkspace } from '../../engine/state.ts';
import type { Call } from '../../engine/voice/call.ts';
import type { Principal } from '../principal.ts';
import { StreamFilter } from './filter.ts';

const agent: Principal = {
  kind: 'user',
  workspaceId: 'acme',
  userId: 'u_ann',
  role: 'agent',
  tokenHash: 'h',
};

let seq = 0;
const at = (event: Event): StoredEvent => ({ workspaceId: 'acme', seq: ++seq, at: 0, event });
const received = (callId: string) =>
  at({
    type: 'call.received',
    callId,
    numberId: 'n1',
    from: '+34600111222',
    to: '+34911234567',
    customerLegId: `${callId}.0`,
  });
const ringing = (callId: string, userId: string, leg = 1) =>
  at({ type: 'call.leg_ringing', callId, legId: `${callId}.${leg}`, userId });
const ended = (callId: string) => at({ type: 'call.ended', callId, outcome: 'missed', endedBy: 'system' });
const types = (events: StoredEvent[]) =>
  events.map((stored) => `${stored.event.type}:${'callId' in stored.event ? stored.event.callId : ''}`);

const voicemail = (callId: string, numberId: string) =>
  at({
    type: 'call.voicemail_left',
    callId,
    voicemailId: `vm_${callId}`,
    numberId,
    from: '+34600111222',
    durationMs: 1,
  });

describe('a stream’s filter', () => {
  it('shows an agent the whole of a call they are rung for, from its start, and none of another agent’s call', () => {
    const filter = new StreamFilter(agent, emptyWorkspace('acme'));
    const { events } = filter.filter([
      received('c1'),
      ringing('c1', 'u_ann'),
      received('c2'),
      ringing('c2', 'u_bob'),
    ]);
    expect(types(events)).toEqual(['call.received:c1', 'call.leg_ringing:c1']);
  });

  it('forgets a call once it ends', () => {
    const filter = new StreamFilter(agent, emptyWorkspace('acme'));
    filter.filter([received('c1'), ringing('c1', 'u_ann')]);
    expect(types(filter.filter([ended('c1')]).events)).toEqual(['call.ended:c1']);
    expect(filter.filter([at({ type: 'call.dtmf_received', callId: 'c1', digits: '1' })]).events).toEqual([]);
  });

  it('tells an agent rung partway through a call who is calling', () => {
    const filter = new StreamFilter(agent, emptyWorkspace('acme'));
    const opening = received('c1');
    filter.filter([opening, ringing('c1', 'u_bob')]);
    const { events } = filter.filter([ringing('c1', 'u_ann', 2)], new Map([['c1', opening]]));
    expect(events[0]).toBe(opening);
    expect(types(events)).toEqual(['call.received:c1', 'call.leg_ringing:c1']);
  });

  it('knows the calls an agent is on when the stream opens', () => {
    const state = emptyWorkspace('acme');
    state.calls.set('c1', {
      id: 'c1',
      legs: idMapOf({
        'c1.1': { id: 'c1.1', party: 'agent', userId: 'u_ann', status: 'connected', startedAt: 0 },
      }),
    } as unknown as Call);
    const filter = new StreamFilter(agent, state);
    expect(types(filter.filter([ended('c1')]).events)).toEqual(['call.ended:c1']);
  });

  it('V8: tells the agents assigned to a number about its voicemails', () => {
    const state = emptyWorkspace('acme');
    state.numbers.n1 = { id: 'n1', assignedUserIds: ['u_ann'] } as unknown as (typeof state.numbers)[string];
    state.numbers.n2 = { id: 'n2', assignedUserIds: ['u_bob'] } as unknown as (typeof state.numbers)[string];
    const filter = new StreamFilter(agent, state);
    const left = (callId: string, numberId: string) =>
      at({
        type: 'call.voicemail_left',
        callId,
        voicemailId: `vm_${callId}`,
        numberId,
        from: '+34600111222',
        durationMs: 1,
      });
    const { events } = filter.filter([left('c1', 'n1'), left('c2', 'n2')]);
    expect(types(events)).toEqual(['call.voicemail_left:c1']);
  });

  it('V8, issue 17: follows the numbers an agent is assigned to from the log, not from a state read later', () => {
    const state = emptyWorkspace('acme');
    state.numbers.n1 = { id: 'n1', assignedUserIds: [] } as unknown as (typeof state.numbers)[string];
    const filter = new StreamFilter(agent, state);
    // The state moving on after the stream opened changes nothing: only the log does.
    state.numbers.n1.assignedUserIds.push('u_ann');
    expect(filter.filter([voicemail('c1', 'n1')]).events).toEqual([]);
    const assign = at({ type: 'number.updated', numberId: 'n1', changes: { assignedUserIds: ['u_ann'] } });
    expect(types(filter.filter([assign, voicemail('c2', 'n1')]).events)).toEqual([
      'number.updated:',
      'call.voicemail_left:c2',
    ]);
    filter.filter([at({ type: 'number.updated', numberId: 'n1', changes: { assignedUserIds: ['u_bob'] } })]);
    expect(filter.filter([voicemail('c3', 'n1')]).events).toEqual([]);
  });

  it('W2, issue 17: an agent added to a department sees its queue from then on, and no longer once removed', () => {
    const filter = new StreamFilter(agent, emptyWorkspace('acme'));
    const queued = (conversationId: string) =>
      at({ type: 'conversation.queued', conversationId, departmentId: 'sales', position: 1 });
    const conversations = (events: StoredEvent[]) =>
      events.flatMap((stored) => ('conversationId' in stored.event ? [stored.event.conversationId] : []));
    expect(filter.filter([queued('k1')]).events).toEqual([]);
    filter.filter([
      at({ type: 'department.created', department: { id: 'sales', name: 'Sales', memberIds: ['u_ann'] } }),
    ]);
    expect(conversations(filter.filter([queued('k2')]).events)).toEqual(['k2']);
    filter.filter([at({ type: 'user.updated', userId: 'u_ann', changes: {}, departmentIds: [] })]);
    expect(filter.filter([queued('k3')]).events).toEqual([]);
  });

  it('follows a change of role, and ends the stream when its user is removed', () => {
    const filter = new StreamFilter(agent, emptyWorkspace('acme'));
    filter.filter([at({ type: 'user.updated', userId: 'u_ann', changes: { role: 'supervisor' } })]);
    expect(types(filter.filter([ringing('c9', 'u_bob')]).events)).toEqual(['call.leg_ringing:c9']);
    const removed = filter.filter([at({ type: 'user.removed', userId: 'u_ann' }), ringing('c10', 'u_bob')]);
    expect(removed.revoked).toBeDefined();
    expect(removed.events.map((stored) => stored.event.type)).toEqual(['user.removed']);
  });
});
