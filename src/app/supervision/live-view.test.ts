import { describe, expect, it } from 'vitest';
import { idMapOf } from '../../engine/id-map.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { liveView } from './live-view.ts';

const t0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

const call = (id: string, fields: object) => ({
  id,
  direction: 'inbound',
  numberId: 'n1',
  from: '+34600111222',
  to: '+34911234567',
  phase: 'queued',
  startedAt: t0,
  legs: idMapOf({}),
  ...fields,
});

const state = {
  calls: idMapOf({
    c1: call('c1', {
      phase: 'connected',
      agentId: 'ann',
      answeredAt: t0 + 5_000,
      held: true,
      legs: idMapOf({
        'c1.1': { id: 'c1.1', party: 'caller', number: '+34600111222', status: 'connected' },
        'c1.2': { id: 'c1.2', party: 'agent', userId: 'bob', status: 'ended' },
        'c1.3': { id: 'c1.3', party: 'agent', userId: 'ann', status: 'connected' },
        'c1.4': { id: 'c1.4', party: 'supervisor', userId: 'sue', status: 'connected', monitor: 'listen' },
      }),
    }),
    c2: call('c2', { queuedAt: t0 + 1_000 }),
  }),
  conversations: {
    v1: {
      id: 'v1',
      channel: 'webchat',
      contact: { address: 'visitor-7' },
      departmentId: 'd1',
      status: 'open',
      openedAt: t0,
    },
    v2: {
      id: 'v2',
      channel: 'email',
      contact: { name: 'Eva', address: 'eva@x.test' },
      assigneeId: 'ann',
      status: 'open',
      openedAt: t0 + 2_000,
    },
  },
  callbacks: idMapOf({
    cb1: {
      id: 'cb1',
      callId: 'c9',
      numberId: 'n1',
      to: '+34600999888',
      status: 'waiting',
      queuedAt: t0,
      requestedAt: t0 + 3_000,
      attempts: 0,
    },
  }),
  waiting: ['c2', 'cb1'],
} as unknown as WorkspaceState;

describe('liveView (R4, issue 17: the supervisor board as a query)', () => {
  const board = liveView(state, t0 + 60_000);

  it('says when it was taken', () => {
    expect(board.at).toBe(iso(t0 + 60_000));
  });

  it('shows an answered call as connected, with its agent, hold, and only the legs still on it', () => {
    const c1 = board.calls.find((c) => c.callId === 'c1');
    expect(c1).toMatchObject({ state: 'connected', held: true, agentId: 'ann', answeredAt: iso(t0 + 5_000) });
    expect(c1?.legs.map((leg) => leg.legId)).toEqual(['c1.1', 'c1.3', 'c1.4']);
    expect(c1?.legs[2]).toEqual({
      legId: 'c1.4',
      party: 'supervisor',
      userId: 'sue',
      status: 'connected',
      monitor: 'listen',
    });
    expect(c1).not.toHaveProperty('queuedAt');
  });

  it('shows a call nobody answered as waiting, not held, with when it joined the queue and no agent', () => {
    const c2 = board.calls.find((c) => c.callId === 'c2');
    expect(c2).toMatchObject({ state: 'waiting', held: false, queuedAt: iso(t0 + 1_000), legs: [] });
    expect(c2).not.toHaveProperty('agentId');
    expect(c2).not.toHaveProperty('answeredAt');
  });

  it('names a conversation’s contact, else their address; assigned means connected', () => {
    expect(board.conversations).toEqual([
      {
        conversationId: 'v1',
        channel: 'webchat',
        contact: 'visitor-7',
        departmentId: 'd1',
        status: 'open',
        state: 'waiting',
        openedAt: iso(t0),
      },
      {
        conversationId: 'v2',
        channel: 'email',
        contact: 'Eva',
        assigneeId: 'ann',
        status: 'open',
        state: 'connected',
        openedAt: iso(t0 + 2_000),
      },
    ]);
  });

  it('lists callbacks with their place in the shared waiting list (R3)', () => {
    expect(board.callbacks).toEqual([
      expect.objectContaining({ callbackId: 'cb1', status: 'waiting', position: 2, attempts: 0 }),
    ]);
  });
});
