import { describe, expect, it } from 'vitest';
import type { Event, StoredEvent } from '../../engine/events.ts';
import { emptyWorkspace, type User } from '../../engine/state.ts';
import type { Principal } from '../principal.ts';
import { conversationViewerOf, followConversation, joinConversations } from './conversations.ts';
import { callsJoined, redactFor, type ViewerState, visibleTo } from './events.ts';

const agent: Principal = {
  kind: 'user',
  workspaceId: 'acme',
  userId: 'u_ann',
  role: 'agent',
  tokenHash: 'h',
};
const supervisor: Principal = {
  kind: 'user',
  workspaceId: 'acme',
  userId: 'u_sam',
  role: 'supervisor',
  tokenHash: 'h',
};
const apiKey: Principal = { kind: 'api_key', workspaceId: 'acme', keyId: 'k', role: 'supervisor' };
const agentKey: Principal = { kind: 'api_key', workspaceId: 'acme', keyId: 'k2', role: 'agent' };
const serverAdmin: Principal = { kind: 'admin', keyId: 'k0' };

let seq = 0;
const at = (event: Event, workspaceId = 'acme'): StoredEvent => ({ workspaceId, seq: ++seq, at: 0, event });

const bob: User = {
  id: 'u_bob',
  name: 'Bob',
  email: 'bob@acme.test',
  role: 'agent',
  mobile: '+34600999888',
  capacity: { voice: 1, chat: 10 },
  presence: 'offline',
  presenceSince: 0,
  missedOffers: 0,
} as User;

const ringing = (callId: string, userId: string) =>
  at({ type: 'call.leg_ringing', callId, legId: `${callId}.1`, userId });
const none = { calls: new Set<string>() };

describe('stream visibility (X1)', () => {
  it('never shows timer events, to anyone', () => {
    const timer = at({ type: 'timer.cleared', timerId: 'ring:c1', reason: 'fired' });
    for (const principal of [agent, supervisor, apiKey, serverAdmin])
      expect(visibleTo(timer, principal, none)).toBe(false);
  });

  it('shows supervisors, admins and supervisor-role API keys every call of their workspace', () => {
    const event = ringing('c1', 'u_bob');
    expect(visibleTo(event, supervisor, none)).toBe(true);
    expect(visibleTo(event, apiKey, none)).toBe(true);
    expect(visibleTo(event, serverAdmin, none)).toBe(true);
  });

  it('gives an agent-role API key an agent’s reach, with no calls of its own (issue 12 item 7)', () => {
    expect(visibleTo(ringing('c1', 'u_bob'), agentKey, none)).toBe(false);
    const created = at({ type: 'user.created', user: bob, departmentIds: [], numberIds: [] });
    const shown = redactFor(created, agentKey);
    expect(shown?.event).not.toHaveProperty('user.email');
  });

  it('shows nothing of another workspace', () => {
    expect(visibleTo(at({ type: 'user.removed', userId: 'u_x' }, 'other'), supervisor, none)).toBe(false);
  });

  it('shows an agent the calls they have a leg in, and no others', () => {
    const calls = new Set(['c1']);
    expect(visibleTo(ringing('c1', 'u_ann'), agent, { calls })).toBe(true);
    expect(
      visibleTo(at({ type: 'call.ended', callId: 'c1', outcome: 'answered', endedBy: 'customer' }), agent, {
        calls,
      }),
    ).toBe(true);
    expect(visibleTo(ringing('c2', 'u_bob'), agent, { calls })).toBe(false);
  });

  it('shows an agent presence and configuration, but not billing', () => {
    const presence = at({
      type: 'presence.changed',
      userId: 'u_bob',
      from: 'offline',
      to: 'online',
      reason: 'requested',
    });
    expect(visibleTo(presence, agent, none)).toBe(true);
    expect(visibleTo(at({ type: 'department.removed', departmentId: 'd1' }), agent, none)).toBe(true);
    expect(visibleTo(at({ type: 'number.removed', numberId: 'n1' }), agent, none)).toBe(true);
    const billing = at({
      type: 'billing.updated',
      billing: { balanceCents: 100, currency: 'EUR', sipLicence: false },
    });
    expect(visibleTo(billing, agent, none)).toBe(false);
    expect(visibleTo(billing, supervisor, none)).toBe(true);
  });

  it('V8: shows an agent the voicemails of the numbers they are assigned to, even of calls they were not rung for', () => {
    const left = at({
      type: 'call.voicemail_left',
      callId: 'c7',
      voicemailId: 'vm_c7',
      numberId: 'n1',
      from: '+34600111222',
      durationMs: 4000,
    });
    expect(visibleTo(left, agent, { calls: new Set(), numbers: new Set(['n1']) })).toBe(true);
    expect(visibleTo(left, agent, { calls: new Set(), numbers: new Set(['n2']) })).toBe(false);
    const heard = at({ type: 'voicemail.heard', voicemailId: 'vm_c7', numberId: 'n1' });
    expect(visibleTo(heard, agent, { calls: new Set(), numbers: new Set(['n1']) })).toBe(true);
    expect(visibleTo(heard, agent, none)).toBe(false);
  });

  it('finds the calls a batch puts a user on', () => {
    const batch = [
      at({
        type: 'call.received',
        callId: 'c1',
        numberId: 'n1',
        from: '+34600111222',
        to: '+34911234567',
        customerLegId: 'c1.0',
      }),
      ringing('c1', 'u_ann'),
      ringing('c2', 'u_bob'),
    ];
    expect(callsJoined(batch, 'u_ann')).toEqual(['c1']);
    const placed = at({
      type: 'call.placed',
      callId: 'c3',
      numberId: 'n1',
      from: '+34911234567',
      to: '+34699000111',
      userId: 'u_ann',
      agentLegId: 'c3.0',
      customerLegId: 'c3.1',
    });
    expect(callsJoined([placed], 'u_ann')).toEqual(['c3']);
  });
});

describe('redaction for agents', () => {
  it('hides another user’s email and mobile, but not their name', () => {
    const created = redactFor(
      at({ type: 'user.created', user: bob, departmentIds: [], numberIds: [] }),
      agent,
    );
    expect(created?.event).toMatchObject({ type: 'user.created', user: { id: 'u_bob', name: 'Bob' } });
    expect(JSON.stringify(created)).not.toContain('bob@acme.test');
    expect(JSON.stringify(created)).not.toContain('+34600999888');
  });

  it('passes another user’s name change, drops a change of email only', () => {
    const renamed = redactFor(
      at({ type: 'user.updated', userId: 'u_bob', changes: { name: 'Robert', email: 'rob@acme.test' } }),
      agent,
    );
    expect(renamed?.event).toEqual({ type: 'user.updated', userId: 'u_bob', changes: { name: 'Robert' } });
    expect(
      redactFor(at({ type: 'user.updated', userId: 'u_bob', changes: { email: 'rob@acme.test' } }), agent),
    ).toBeUndefined();
  });

  it('shows a user their own changes whole, and supervisors everything', () => {
    const own = at({ type: 'user.updated', userId: 'u_ann', changes: { email: 'ann@new.test' } });
    expect(redactFor(own, agent)).toBe(own);
    const other = at({ type: 'user.created', user: bob, departmentIds: [], numberIds: [] });
    expect(redactFor(other, supervisor)).toBe(other);
  });
});

describe('conversation visibility for agents (X1, C4, C5)', () => {
  /** What the stream shows an agent of one batch: the same steps as the stream filter. */
  const shown = (batch: StoredEvent[], viewer: ViewerState, principal: Principal = agent) => {
    joinConversations(batch, 'u_ann', viewer);
    const types: string[] = [];
    for (const stored of batch) {
      if (visibleTo(stored, principal, viewer)) types.push(stored.event.type);
      followConversation(stored.event, 'u_ann', viewer);
    }
    return types;
  };
  const viewer = (): ViewerState => ({ calls: new Set(), departments: new Set(['sales']) });
  const opened = (conversationId: string, departmentId = 'sales') => [
    at({
      type: 'conversation.opened',
      conversationId,
      channel: 'webchat',
      contact: { address: 'visitor' },
      departmentId,
    }),
    at({ type: 'conversation.message_received', conversationId, messageId: 'm1', text: 'Hello' }),
  ];
  const assigned = (conversationId: string, userId: string) =>
    at({ type: 'conversation.assigned', conversationId, userId, by: 'routing' });
  const message = (conversationId: string) =>
    at({ type: 'conversation.message_received', conversationId, messageId: 'm2', text: 'Still there?' });
  const transfer = (conversationId: string, fromUserId: string, userId: string) => [
    at({
      type: 'conversation.transferred',
      conversationId,
      fromUserId,
      to: { kind: 'agent', userId },
      reason: 'Billing question',
    }),
    at({
      type: 'conversation.note_added',
      conversationId,
      noteId: 'n1',
      userId: fromUserId,
      text: 'Billing question',
      kind: 'transfer_reason',
    }),
    at({ type: 'conversation.unassigned', conversationId, userId: fromUserId, reason: 'transfer' }),
  ];

  it('shows an agent their own conversation from its opening, and nothing of another agent’s', () => {
    const mine = viewer();
    expect(shown([...opened('k1'), assigned('k1', 'u_ann')], mine)).toEqual([
      'conversation.opened',
      'conversation.message_received',
      'conversation.assigned',
    ]);
    expect(shown([message('k1')], mine)).toEqual(['conversation.message_received']);
    expect(shown([...opened('k2'), assigned('k2', 'u_bob'), message('k2')], mine)).toEqual([]);
  });

  it('C4: shows the receiving agent the whole transfer, reason included; the sender sees it leave', () => {
    const ann = viewer();
    shown([...opened('k1', 'support'), assigned('k1', 'u_bob')], ann);
    expect(shown([...transfer('k1', 'u_bob', 'u_ann'), assigned('k1', 'u_ann')], ann)).toEqual([
      'conversation.transferred',
      'conversation.note_added',
      'conversation.unassigned',
      'conversation.assigned',
    ]);
    expect(shown([message('k1')], ann)).toEqual(['conversation.message_received']);
    // Ann hands it back: she sees it go, and nothing of it after.
    const back = [...transfer('k1', 'u_ann', 'u_bob'), assigned('k1', 'u_bob')];
    expect(shown(back, ann)).toEqual(['conversation.transferred', 'conversation.unassigned']);
    expect(shown([message('k1')], ann)).toEqual([]);
  });

  it('C5: an unavailable agent is told of a conversation put in their pending list, and sees it transferred on', () => {
    const ann = viewer();
    const pending = [
      ...transfer('k1', 'u_bob', 'u_ann'),
      at({ type: 'conversation.pending', conversationId: 'k1', userId: 'u_ann' }),
    ];
    expect(shown(pending, ann)).toContain('conversation.pending');
    const onward = [
      at({
        type: 'conversation.transferred',
        conversationId: 'k1',
        fromUserId: 'u_ann',
        to: { kind: 'agent', userId: 'u_cid' },
      }),
      assigned('k1', 'u_cid'),
    ];
    expect(shown(onward, ann)).toEqual(['conversation.transferred']);
    expect(shown([message('k1')], ann)).toEqual([]);
  });

  it('shows the queues of the agent’s departments until someone takes the conversation, and no other queue', () => {
    const ann = viewer();
    const queued = (conversationId: string, departmentId: string) =>
      at({ type: 'conversation.queued', conversationId, departmentId, position: 1 });
    expect(shown([...opened('k1'), queued('k1', 'sales')], ann)).toEqual([
      'conversation.opened',
      'conversation.message_received',
      'conversation.queued',
    ]);
    expect(shown([message('k1')], ann)).toEqual(['conversation.message_received']);
    expect(shown([assigned('k1', 'u_bob')], ann)).toEqual(['conversation.assigned']);
    expect(shown([message('k1')], ann)).toEqual([]);
    expect(shown([...opened('k2', 'support'), queued('k2', 'support')], ann)).toEqual([]);
  });

  it('forgets a resolved conversation', () => {
    const ann = viewer();
    shown([...opened('k1'), assigned('k1', 'u_ann')], ann);
    const resolved = at({
      type: 'conversation.resolved',
      conversationId: 'k1',
      userId: 'u_ann',
      assigneeId: 'u_ann',
    });
    expect(shown([resolved], ann)).toEqual(['conversation.resolved']);
    expect(ann.conversations?.has('k1')).toBe(false);
  });

  it('a stream joining now starts from the agent’s open conversations and their departments’ queues', () => {
    const workspace = emptyWorkspace('acme');
    workspace.departments.sales = { id: 'sales', name: 'Sales', memberIds: ['u_ann'] };
    workspace.departments.support = { id: 'support', name: 'Support', memberIds: ['u_bob'] };
    workspace.chatQueues = { sales: ['k2'], support: ['k3'] };
    const conversation = { channel: 'webchat', contact: { address: 'v' }, openedAt: 0, recentMessageIds: [] };
    workspace.conversations = {
      k1: { ...conversation, id: 'k1', status: 'pending', assigneeId: 'u_ann' },
      k4: { ...conversation, id: 'k4', status: 'assigned', assigneeId: 'u_bob' },
    };
    const ann = { calls: new Set<string>(), ...conversationViewerOf(workspace, 'u_ann') };
    expect([...(ann.conversations ?? [])]).toEqual(['k1']);
    expect([...(ann.queued ?? [])]).toEqual(['k2']);
    expect(shown([message('k1'), message('k2'), message('k3'), message('k4')], ann)).toHaveLength(2);
  });

  it('shows supervisors every conversation, and agents their departments’ chat settings', () => {
    expect(shown([...opened('k9', 'support'), assigned('k9', 'u_bob')], viewer(), supervisor)).toHaveLength(
      3,
    );
    const configured = at({
      type: 'chat.department_configured',
      departmentId: 'sales',
      settings: { strategy: 'manual', onAgentOffline: 'keep' },
    });
    expect(visibleTo(configured, agent, none)).toBe(true);
  });
});
