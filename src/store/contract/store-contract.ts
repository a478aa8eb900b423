import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../engine/events.ts';
import { emptyWorkspace } from '../../engine/state.ts';
import type { Store } from '../port.ts';

/**
 * The behaviour every Store adapter must have. Each adapter's test file calls this with a
 * factory that opens a fresh, empty, migrated store.
 */
export function storeContract(name: string, open: () => Promise<Store>): void {
  const created = (workspaceId: string): StoredEvent => ({
    workspaceId,
    seq: 1,
    at: 1000,
    event: { type: 'workspace.created', name: 'Acme', plan: 'business', timeZone: 'UTC', seed: 7 },
  });
  const user = (workspaceId: string, seq: number, id: string, email: string): StoredEvent => ({
    workspaceId,
    seq,
    at: 1000 + seq,
    event: {
      type: 'user.created',
      user: {
        id,
        name: id,
        email,
        role: 'agent',
        capacity: { voice: 1, chat: 10 },
        presence: 'offline',
        presenceSince: 0,
        missedOffers: 0,
        ringingLegs: 0,
        connectedLegs: 0,
        chatSessions: 0,
      },
      departmentIds: [],
      numberIds: [],
    },
  });
  const call = (workspaceId: string, seq: number, callId: string, at: number): StoredEvent[] => [
    {
      workspaceId,
      seq,
      at,
      event: {
        type: 'call.received',
        callId,
        numberId: 'n1',
        from: '+34600111222',
        to: '+34911234567',
        customerLegId: `${callId}.0`,
      },
    },
    {
      workspaceId,
      seq: seq + 1,
      at: at + 5,
      event: { type: 'call.leg_answered', callId, legId: `${callId}.1`, userId: 'u1' },
    },
    {
      workspaceId,
      seq: seq + 2,
      at: at + 60,
      event: { type: 'call.ended', callId, outcome: 'answered', endedBy: 'customer' },
    },
  ];

  const at = (workspaceId: string, seq: number, time: number, event: StoredEvent['event']): StoredEvent => ({
    workspaceId,
    seq,
    at: time,
    event,
  });
  /** A contact writes: the conversation opens with its first message (two events). */
  const conversation = (
    workspaceId: string,
    seq: number,
    conversationId: string,
    time: number,
    address: string,
    departmentId = 'd1',
  ): StoredEvent[] => [
    at(workspaceId, seq, time, {
      type: 'conversation.opened',
      conversationId,
      channel: 'webchat',
      contact: address === 'visitor-1' ? { address, name: 'Vera' } : { address },
      departmentId,
    }),
    at(workspaceId, seq + 1, time, {
      type: 'conversation.message_received',
      conversationId,
      messageId: 'm1',
      text: 'Hello',
    }),
  ];

  describe(`${name} store contract`, () => {
    it('migrates twice without harm', async () => {
      const store = await open();
      await store.migrate();
      await store.close();
    });

    it('appends events and reads them back in order, per workspace', async () => {
      const store = await open();
      await store.commit([created('w1'), created('w2'), user('w1', 2, 'u1', 'a@x.test')]);
      const w1 = await store.loadEvents('w1', 0);
      expect(w1.map((e) => e.seq)).toEqual([1, 2]);
      expect(w1[1]!.event).toEqual(user('w1', 2, 'u1', 'a@x.test').event);
      expect(await store.loadEvents('w1', 1)).toHaveLength(1);
      expect(await store.loadEvents('w2', 0)).toHaveLength(1);
      expect(await store.workspaceIds()).toEqual(['w1', 'w2']);
      await store.close();
    });

    it('refuses a duplicate sequence number and keeps nothing of that commit', async () => {
      const store = await open();
      await store.commit([created('w1')]);
      await expect(store.commit([user('w1', 2, 'u1', 'a@x.test'), { ...created('w1') }])).rejects.toThrow();
      expect(await store.loadEvents('w1', 0)).toHaveLength(1);
      expect(await store.usersByEmail('a@x.test')).toEqual([]);
      await store.close();
    });

    it('issue 12 item 3: refuses an event at a time that is not finite, and keeps nothing of that commit', async () => {
      const store = await open();
      await store.commit([created('w1')]);
      for (const at of [Number.POSITIVE_INFINITY, Number.NaN])
        await expect(store.commit([{ ...user('w1', 2, 'u1', 'a@x.test'), at }])).rejects.toThrow(RangeError);
      expect(await store.loadEvents('w1', 0)).toHaveLength(1);
      await store.close();
    });

    it('keeps the newest snapshot only', async () => {
      const store = await open();
      const state = emptyWorkspace('w1');
      await store.saveSnapshot({ workspaceId: 'w1', seq: 10, state: { ...state, version: 10 } });
      await store.saveSnapshot({ workspaceId: 'w1', seq: 5, state: { ...state, version: 5 } });
      expect((await store.loadSnapshot('w1'))?.seq).toBe(10);
      expect(await store.loadSnapshot('w2')).toBeUndefined();
      await store.close();
    });

    it('issue 16 goal 2: a snapshot keeps the state as it was when saved, though it changes right after', async () => {
      const store = await open();
      const state = { ...emptyWorkspace('w1'), version: 3 };
      const saving = store.saveSnapshot({ workspaceId: 'w1', seq: 3, state });
      // The runtime's next decision changes its live state in place.
      state.version = 4;
      await saving;
      expect((await store.loadSnapshot('w1'))?.state.version).toBe(3);
      await store.close();
    });

    it('saves a snapshot given as text as that text, not the state beside it (issue 16 goal 5)', async () => {
      const store = await open();
      const state = { ...emptyWorkspace('w1'), version: 3 };
      const json = JSON.stringify({ ...state, name: 'Serialised' });
      const saving = store.saveSnapshot({ workspaceId: 'w1', seq: 3, state, json });
      state.name = 'Changed after the call';
      await saving;
      expect((await store.loadSnapshot('w1'))?.state.name).toBe('Serialised');
      await store.close();
    });

    it('projects calls, filters them and pages them newest first', async () => {
      const store = await open();
      await store.commit([
        created('w1'),
        ...call('w1', 2, 'c1', 10_000),
        ...call('w1', 5, 'c2', 20_000),
        ...call('w1', 8, 'c3', 30_000),
      ]);
      await store.commit([created('w2'), ...call('w2', 2, 'c1', 10_000)]);
      const c1 = await store.getCall('w1', 'c1');
      expect(c1).toMatchObject({
        id: 'c1',
        status: 'ended',
        outcome: 'answered',
        agentId: 'u1',
        answeredAt: 10_005,
        endedAt: 10_060,
      });
      const first = await store.listCalls('w1', { limit: 2 });
      expect(first.items.map((c) => c.id)).toEqual(['c3', 'c2']);
      const second = await store.listCalls('w1', { limit: 2, cursor: first.nextCursor });
      expect(second.items.map((c) => c.id)).toEqual(['c1']);
      expect(second.nextCursor).toBeUndefined();
      expect(
        (await store.listCalls('w1', { limit: 10, from: 15_000, to: 25_000 })).items.map((c) => c.id),
      ).toEqual(['c2']);
      expect((await store.listCalls('w1', { limit: 10, agentId: 'nobody' })).items).toEqual([]);
      await store.close();
    });

    it('lists the calls a user took part in: rung and not answering is taking part too', async () => {
      const store = await open();
      const [received, answered, ended] = call('w1', 2, 'c1', 10_000);
      await store.commit([
        created('w1'),
        received!,
        at('w1', 3, 10_001, { type: 'call.leg_ringing', callId: 'c1', legId: 'c1.1', userId: 'u1' }),
        at('w1', 4, 10_001, { type: 'call.leg_ringing', callId: 'c1', legId: 'c1.2', userId: 'u2' }),
        { ...answered!, seq: 5 },
        { ...ended!, seq: 6 },
        ...call('w1', 7, 'c2', 20_000),
      ]);
      const listed = async (userId: string) =>
        (await store.listCalls('w1', { limit: 10, participant: userId })).items.map((c) => c.id);
      expect(await listed('u2')).toEqual(['c1']);
      expect(await listed('u1')).toEqual(['c2', 'c1']);
      expect(await listed('nobody')).toEqual([]);
      expect(await store.callParticipation('w1', 'c1', 'u2')).toMatchObject({
        userId: 'u2',
        offeredAt: 10_001,
      });
      expect((await store.callParticipation('w1', 'c1', 'u2'))?.answeredAt).toBeUndefined();
      expect(await store.callParticipation('w1', 'c1', 'u1')).toMatchObject({ answeredAt: 10_005 });
      expect(await store.callParticipation('w2', 'c1', 'u1')).toBeUndefined();
      await store.close();
    });

    it('keeps each entity’s history, scoped to its workspace', async () => {
      const store = await open();
      await store.commit([created('w1'), user('w1', 2, 'u1', 'a@x.test'), ...call('w1', 3, 'c1', 10_000)]);
      await store.commit([created('w2'), ...call('w2', 2, 'c1', 10_000)]);
      const history = await store.history('w1', { entityType: 'call', entityId: 'c1', limit: 100 });
      expect(history.map((e) => e.event.type)).toEqual(['call.received', 'call.leg_answered', 'call.ended']);
      expect(history.every((e) => e.workspaceId === 'w1')).toBe(true);
      const userHistory = await store.history('w1', { entityType: 'user', entityId: 'u1', limit: 100 });
      expect(userHistory.map((e) => e.event.type)).toEqual(['user.created', 'call.leg_answered']);
      const paged = await store.history('w1', { entityType: 'call', entityId: 'c1', limit: 1, afterSeq: 3 });
      expect(paged.map((e) => e.seq)).toEqual([4]);
      await store.close();
    });

    it('lists voicemails and recordings per number, newest first, and marks voicemails heard', async () => {
      const store = await open();
      const left = (seq: number, id: string, numberId: string, at: number): StoredEvent => ({
        workspaceId: 'w1',
        seq,
        at,
        event: {
          type: 'call.voicemail_left',
          callId: `c${seq}`,
          voicemailId: id,
          numberId,
          from: '+34600111222',
          durationMs: 9000,
        },
      });
      await store.commit([
        created('w1'),
        left(2, 'vm1', 'n1', 10),
        left(3, 'vm2', 'n2', 20),
        left(4, 'vm3', 'n1', 30),
      ]);
      await store.commit([
        {
          workspaceId: 'w1',
          seq: 5,
          at: 40,
          event: {
            type: 'call.recording_stopped',
            callId: 'c9',
            recordingId: 'rec1',
            durationMs: 5000,
            numberId: 'n1',
            from: '+34600111222',
          },
        },
        {
          workspaceId: 'w1',
          seq: 6,
          at: 50,
          event: { type: 'voicemail.heard', voicemailId: 'vm1', numberId: 'n1', userId: 'u1' },
        },
      ]);
      const n1 = await store.listMedia('w1', { kind: 'voicemail', numberIds: ['n1'], limit: 10 });
      expect(n1.items.map((m) => m.id)).toEqual(['vm3', 'vm1']);
      expect(n1.items[1]).toMatchObject({ heardAt: 50, heardBy: 'u1', durationMs: 9000 });
      expect(
        (await store.listMedia('w1', { kind: 'voicemail', heard: false, limit: 10 })).items.map((m) => m.id),
      ).toEqual(['vm3', 'vm2']);
      const paged = await store.listMedia('w1', { kind: 'voicemail', limit: 2 });
      expect(
        (await store.listMedia('w1', { kind: 'voicemail', limit: 2, cursor: paged.nextCursor })).items.map(
          (m) => m.id,
        ),
      ).toEqual(['vm1']);
      expect(
        (await store.listMedia('w1', { kind: 'recording', callId: 'c9', limit: 5 })).items.map((m) => m.id),
      ).toEqual(['rec1']);
      expect(await store.getMedia('w2', 'vm1')).toBeUndefined();
      await store.close();
    });

    it('C1: projects a conversation through its life and keeps it once resolved', async () => {
      const store = await open();
      await store.commit([
        created('w1'),
        ...conversation('w1', 2, 'k1', 10_000, 'visitor-1'),
        at('w1', 4, 10_010, {
          type: 'conversation.assigned',
          conversationId: 'k1',
          userId: 'u1',
          by: 'routing',
        }),
        at('w1', 5, 10_020, {
          type: 'conversation.reply_sent',
          conversationId: 'k1',
          messageId: 'r1',
          userId: 'u1',
          text: 'Hi!',
        }),
        at('w1', 6, 10_030, { type: 'conversation.held', conversationId: 'k1', userId: 'u1' }),
      ]);
      expect(await store.getConversation('w1', 'k1')).toEqual({
        id: 'k1',
        workspaceId: 'w1',
        channel: 'webchat',
        contact: { address: 'visitor-1', name: 'Vera' },
        departmentId: 'd1',
        assigneeId: 'u1',
        status: 'on_hold',
        openedAt: 10_000,
        lastIncomingAt: 10_000,
        lastOutgoingAt: 10_020,
      });
      await store.commit([
        at('w1', 7, 10_040, { type: 'conversation.resumed', conversationId: 'k1', userId: 'u1' }),
        at('w1', 8, 10_050, {
          type: 'conversation.resolved',
          conversationId: 'k1',
          userId: 'u1',
          assigneeId: 'u1',
        }),
      ]);
      expect(await store.getConversation('w1', 'k1')).toMatchObject({
        status: 'resolved',
        resolvedAt: 10_050,
        resolvedBy: 'u1',
        assigneeId: 'u1',
      });
      expect(await store.getConversation('w2', 'k1')).toBeUndefined();
      const history = await store.history('w1', { entityType: 'conversation', entityId: 'k1', limit: 100 });
      expect(history.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6, 7, 8]);
      await store.close();
    });

    it('C3/C4: keeps internal notes and transfer reasons apart from what the contact sees, and the last transfer', async () => {
      const store = await open();
      await store.commit([
        created('w1'),
        ...conversation('w1', 2, 'k1', 10_000, 'visitor-1'),
        at('w1', 4, 10_010, {
          type: 'conversation.assigned',
          conversationId: 'k1',
          userId: 'u1',
          by: 'routing',
        }),
        at('w1', 5, 10_020, {
          type: 'conversation.note_added',
          conversationId: 'k1',
          noteId: 'n1',
          userId: 'u1',
          text: 'VIP',
          kind: 'note',
        }),
        at('w1', 6, 10_030, {
          type: 'conversation.transferred',
          conversationId: 'k1',
          fromUserId: 'u1',
          to: { kind: 'agent', userId: 'u2' },
          reason: 'Billing',
        }),
        at('w1', 7, 10_030, {
          type: 'conversation.note_added',
          conversationId: 'k1',
          noteId: 't1',
          userId: 'u1',
          text: 'Billing',
          kind: 'transfer_reason',
        }),
        at('w1', 8, 10_030, {
          type: 'conversation.unassigned',
          conversationId: 'k1',
          userId: 'u1',
          reason: 'transfer',
        }),
        at('w1', 9, 10_030, { type: 'conversation.pending', conversationId: 'k1', userId: 'u2' }),
        at('w1', 10, 10_040, {
          type: 'conversation.message_received',
          conversationId: 'k1',
          messageId: 'm2',
          text: 'Still there?',
        }),
      ]);
      expect(await store.getConversation('w1', 'k1')).toMatchObject({
        status: 'pending',
        assigneeId: 'u2',
        transfer: { fromUserId: 'u1', reason: 'Billing', to: { kind: 'agent', userId: 'u2' }, at: 10_030 },
      });
      const all = await store.listMessages('w1', 'k1', { includeInternal: true, limit: 100 });
      expect(all.map((m) => [m.id, m.kind, m.visibility])).toEqual([
        ['m1', 'incoming', 'contact'],
        ['n1', 'note', 'internal'],
        ['t1', 'transfer_reason', 'internal'],
        ['m2', 'incoming', 'contact'],
      ]);
      const contact = await store.listMessages('w1', 'k1', { includeInternal: false, limit: 100 });
      expect(contact.map((m) => m.id)).toEqual(['m1', 'm2']);
      const page = await store.listMessages('w1', 'k1', { includeInternal: true, afterSeq: 5, limit: 1 });
      expect(page.map((m) => m.id)).toEqual(['t1']);
      expect(await store.getMessage('w1', 'k1', 'm2')).toMatchObject({ text: 'Still there?', seq: 10 });
      expect(await store.getMessage('w1', 'k2', 'm2')).toBeUndefined();
      expect(await store.listMessages('w2', 'k1', { includeInternal: true, limit: 100 })).toEqual([]);
      await store.close();
    });

    it('C1: lists conversations by status, assignee, department, pending list and an agent’s scope, newest first', async () => {
      const store = await open();
      await store.commit([
        created('w1'),
        ...conversation('w1', 2, 'k1', 1_000, 'a'),
        at('w1', 4, 1_000, {
          type: 'conversation.assigned',
          conversationId: 'k1',
          userId: 'u1',
          by: 'routing',
        }),
        ...conversation('w1', 5, 'k2', 2_000, 'b'),
        at('w1', 7, 2_000, {
          type: 'conversation.queued',
          conversationId: 'k2',
          departmentId: 'd1',
          position: 1,
        }),
        ...conversation('w1', 8, 'k3', 3_000, 'c', 'd2'),
        at('w1', 10, 3_000, {
          type: 'conversation.queued',
          conversationId: 'k3',
          departmentId: 'd2',
          position: 1,
        }),
        ...conversation('w1', 11, 'k4', 4_000, 'd'),
        at('w1', 13, 4_000, { type: 'conversation.pending', conversationId: 'k4', userId: 'u2' }),
        ...conversation('w1', 14, 'k5', 5_000, 'a'),
        at('w1', 16, 5_000, {
          type: 'conversation.assigned',
          conversationId: 'k5',
          userId: 'u1',
          by: 'routing',
        }),
        at('w1', 17, 5_100, { type: 'conversation.resolved', conversationId: 'k5', assigneeId: 'u1' }),
      ]);
      const ids = async (query: Partial<Parameters<Store['listConversations']>[1]>) =>
        (await store.listConversations('w1', { limit: 50, ...query })).items.map((c) => c.id);
      expect(await ids({})).toEqual(['k5', 'k4', 'k3', 'k2', 'k1']);
      expect(await ids({ status: 'open' })).toEqual(['k4', 'k3', 'k2', 'k1']);
      expect(await ids({ status: 'resolved' })).toEqual(['k5']);
      expect(await ids({ status: 'pending' })).toEqual(['k4']);
      expect(await ids({ assigneeId: 'u1' })).toEqual(['k5', 'k1']);
      expect(await ids({ departmentId: 'd2' })).toEqual(['k3']);
      expect(await ids({ pendingFor: 'u2' })).toEqual(['k4']);
      expect(await ids({ pendingFor: 'u1' })).toEqual([]);
      expect(await ids({ scope: { userId: 'u1', departmentIds: ['d1'] } })).toEqual(['k5', 'k2', 'k1']);
      expect(await ids({ scope: { userId: 'u2', departmentIds: [] } })).toEqual(['k4']);
      const first = await store.listConversations('w1', { limit: 2 });
      const second = await store.listConversations('w1', { limit: 2, cursor: first.nextCursor });
      expect(second.items.map((c) => c.id)).toEqual(['k3', 'k2']);
      await expect(store.listConversations('w1', { limit: 2, cursor: 'nope' })).rejects.toThrow(/cursor/);
      expect((await store.latestConversationOf('w1', 'webchat', 'a'))?.id).toBe('k5');
      expect(await store.latestConversationOf('w1', 'whatsapp', 'a')).toBeUndefined();
      expect((await store.listConversations('w2', { limit: 50 })).items).toEqual([]);
      // Opened in the same millisecond, they still list in opening order.
      await store.commit([
        created('w3'),
        ...conversation('w3', 2, 'zz', 1_000, 'a'),
        ...conversation('w3', 4, 'aa', 1_000, 'b'),
      ]);
      expect((await store.listConversations('w3', { limit: 50 })).items.map((c) => c.id)).toEqual([
        'aa',
        'zz',
      ]);
      const paged = await store.listConversations('w3', { limit: 1 });
      expect(
        (await store.listConversations('w3', { limit: 1, cursor: paged.nextCursor })).items.map((c) => c.id),
      ).toEqual(['zz']);
      await store.close();
    });

    it('finds people by email across workspaces', async () => {
      const store = await open();
      await store.commit([
        created('w1'),
        user('w1', 2, 'u1', 'ann@x.test'),
        created('w2'),
        user('w2', 2, 'u9', 'ann@x.test'),
      ]);
      expect((await store.usersByEmail('ANN@x.test')).map((e) => [e.workspaceId, e.userId])).toEqual([
        ['w1', 'u1'],
        ['w2', 'u9'],
      ]);
      await store.commit([
        { workspaceId: 'w1', seq: 3, at: 5, event: { type: 'user.removed', userId: 'u1' } },
      ]);
      expect(await store.usersByEmail('ann@x.test')).toHaveLength(1);
      await store.close();
    });

    it('stores API keys, passwords and sessions by hash, and revokes keys per workspace', async () => {
      const store = await open();
      const key = {
        id: 'k1',
        workspaceId: 'w1',
        name: 'ci',
        role: 'admin' as const,
        hash: 'h1',
        prefix: 'sb_ab',
        createdAt: 1,
      };
      await store.saveApiKey(key);
      await store.saveApiKey({ ...key, id: 'k0', workspaceId: undefined, hash: 'h0' });
      expect(await store.findApiKey('h1')).toEqual(key);
      expect((await store.listApiKeys(undefined)).map((k) => k.id)).toEqual(['k0']);
      expect(await store.revokeApiKey('w2', 'k1', 5)).toBe(false);
      expect(await store.revokeApiKey('w1', 'k1', 5)).toBe(true);
      expect((await store.findApiKey('h1'))?.revokedAt).toBe(5);
      await store.setPassword('w1', 'u1', 'p1');
      await store.setPassword('w1', 'u1', 'p2');
      expect(await store.getPassword('w1', 'u1')).toBe('p2');
      expect(await store.getPassword('w2', 'u1')).toBeUndefined();
      const session = { tokenHash: 't1', workspaceId: 'w1', userId: 'u1', createdAt: 1, expiresAt: 2 };
      await store.saveSession(session);
      expect(await store.findSession('t1')).toEqual(session);
      await store.deleteSession('t1');
      expect(await store.findSession('t1')).toBeUndefined();
      await store.close();
    });

    it('stores web-chat visitors by token hash, with their department only when one was chosen', async () => {
      const store = await open();
      const visitor = { tokenHash: 'v1', workspaceId: 'w1', address: 'visitor_a', createdAt: 3 };
      await store.saveVisitor(visitor);
      await store.saveVisitor({ ...visitor, tokenHash: 'v2', name: 'Vi', departmentId: 'sales' });
      expect(await store.findVisitor('v1')).toEqual(visitor);
      expect(await store.findVisitor('v2')).toEqual({
        ...visitor,
        tokenHash: 'v2',
        name: 'Vi',
        departmentId: 'sales',
      });
      expect(await store.findVisitor('v3')).toBeUndefined();
      await store.close();
    });
  });
}
