import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChatDriver } from '../support/chat.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// One server for the file, a fresh workspace per test.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

let chat: ChatDriver;
beforeEach(async () => {
  chat = await ChatDriver.start(server);
});
afterEach(async () => chat.close());

const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

describe('chat sessions, end to end through the API (seed 001)', () => {
  it('C1: a contact writes, the conversation is routed, replied to, held, resolved; writing again opens a new one; retries never duplicate', async () => {
    await chat.online('u_agent', 'u_bea');
    const first = await chat.write('visitor-1', 'Hello', { channelMessageId: 'wa-1' });
    expect(first.duplicate).toBe(false);
    const opened = await chat.conversation(first.conversationId);
    expect(opened).toMatchObject({
      channel: 'webchat',
      departmentId: 'sales',
      assigneeId: 'u_agent',
      status: 'assigned',
    });

    // A retried delivery is acknowledged and adds nothing; the next message joins the open conversation.
    expect(await chat.write('visitor-1', 'Hello', { channelMessageId: 'wa-1' })).toEqual({
      ...first,
      duplicate: true,
    });
    expect((await chat.write('visitor-1', 'Are you there?')).conversationId).toBe(first.conversationId);
    // The least busy agent of the department gets the next contact.
    const other = await chat.write('visitor-2');
    expect((await chat.conversation(other.conversationId)).assigneeId).toBe('u_bea');

    const id = first.conversationId;
    await chat.act(id, 'reply', chat.tokens.agent, { text: 'Hi, how can I help?' }, 201);
    expect((await chat.act(id, 'hold', chat.tokens.agent)).status).toBe('on_hold');
    expect((await chat.act(id, 'resume', chat.tokens.agent)).status).toBe('assigned');
    const seen = await chat.contactView(id, 'visitor-1');
    expect(seen.items.map((m: { from: string; text: string }) => [m.from, m.text])).toEqual([
      ['contact', 'Hello'],
      ['contact', 'Are you there?'],
      ['agent', 'Hi, how can I help?'],
    ]);
    expect(seen.items[2].agentName).toBe('Alex Agent');

    const resolved = await chat.act(id, 'resolve', chat.tokens.agent);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: 'u_agent', assigneeId: 'u_agent' });
    expect(ids((await chat.ok('GET', '/conversations?status=resolved')).items)).toEqual([id]);
    expect((await chat.contactView(id, 'visitor-1')).status).toBe('resolved');

    // A late retry of a resolved conversation's message is still a duplicate, not a new conversation.
    expect(await chat.write('visitor-1', 'Hello', { channelMessageId: 'wa-1' })).toEqual({
      conversationId: id,
      duplicate: true,
    });
    // The contact writes again: the same conversation reopens, back with the agent who had it.
    const again = await chat.write('visitor-1', 'One more thing');
    expect(again.conversationId).toBe(id);
    const reopened = await chat.conversation(id);
    expect(reopened).toMatchObject({ status: 'assigned', assigneeId: 'u_agent', departmentId: 'sales' });
    expect(reopened.messages.map((m: { text: string }) => m.text)).toContain('Hi, how can I help?');
    // Its agent away, a reopened conversation is routed again.
    const named = await chat.write('visitor-3', 'Hi');
    const firstAgent = (await chat.conversation(named.conversationId)).assigneeId;
    await chat.act(named.conversationId, 'resolve', chat.tokens.admin);
    await chat.ok('PUT', `/users/${firstAgent}/presence`, { presence: 'offline' });
    const back = await chat.write('visitor-3', 'Back again', { conversationId: named.conversationId });
    expect(back.conversationId).toBe(named.conversationId);
    const rerouted = await chat.conversation(named.conversationId);
    expect(rerouted.assigneeId).not.toBe(firstAgent);
    expect(rerouted.status).toBe('assigned');
  });

  it('C1: deliveries arriving together from a new contact open one conversation, and a doubled one counts once', async () => {
    const [a, b, c] = await Promise.all([
      chat.write('visitor-9', 'Hello', { channelMessageId: 'wa-1' }),
      chat.write('visitor-9', 'Hello', { channelMessageId: 'wa-1' }),
      chat.write('visitor-9', 'Anyone?', { channelMessageId: 'wa-2' }),
    ]);
    expect(new Set([a.conversationId, b.conversationId, c.conversationId]).size).toBe(1);
    expect([a.duplicate, b.duplicate, c.duplicate]).toEqual([false, true, false]);
    expect((await chat.conversation(a.conversationId)).messages).toHaveLength(2);
    expect((await chat.ok('GET', '/conversations')).items).toHaveLength(1);
  });

  it('C1: with nobody available it waits in the department queue, where its agents see it and one takes it', async () => {
    const { conversationId } = await chat.write('visitor-1');
    const queued = await chat.conversation(conversationId, chat.tokens.bea);
    expect(queued).toMatchObject({ status: 'queued', queuePosition: 1 });
    expect(
      ids((await chat.ok('GET', '/conversations?status=queued', undefined, 200, chat.tokens.bea)).items),
    ).toEqual([conversationId]);
    // Cid is in Support: the Sales queue is not his to see.
    expect((await chat.ok('GET', '/conversations', undefined, 200, chat.tokens.cid)).items).toEqual([]);
    await chat.online('u_bea');
    // Coming online, Bea is served the oldest waiting conversation at once.
    expect(await chat.conversation(conversationId, chat.tokens.bea)).toMatchObject({
      status: 'assigned',
      assigneeId: 'u_bea',
    });

    await chat.ok('PATCH', '/departments/sales/chat-settings', { strategy: 'manual' });
    const manual = await chat.write('visitor-2');
    expect((await chat.conversation(manual.conversationId)).status).toBe('queued');
    await chat.online('u_agent');
    const taken = await chat.act(manual.conversationId, 'assign', chat.tokens.agent, {});
    expect(taken).toMatchObject({ status: 'assigned', assigneeId: 'u_agent' });
    const mine = await chat.ok('GET', '/conversations?assignee=me', undefined, 200, chat.tokens.agent);
    expect(ids(mine.items)).toEqual([manual.conversationId]);
  });

  it('C2: transfer lists show departments with member counts and agents with presence and load, available first, searchable', async () => {
    await chat.online('u_agent', 'u_bea');
    await chat.write('visitor-1');
    const targets = await chat.ok('GET', '/chat/transfer-targets', undefined, 200, chat.tokens.agent);
    expect(targets.departments).toEqual([
      { id: 'sales', name: 'Sales', memberCount: 2, readyCount: 2 },
      { id: 'support', name: 'Support', memberCount: 1, readyCount: 0 },
    ]);
    expect(
      targets.agents.map((a: { id: string; load: string; available: boolean }) => [
        a.id,
        a.load,
        a.available,
      ]),
    ).toEqual([
      ['u_bea', '0/10', true],
      ['u_agent', '1/10', true],
      ['u_admin', '0/10', false],
      ['u_cid', '0/10', false],
      ['u_sup', '0/10', false],
    ]);
    expect(targets.agents.find((a: { id: string }) => a.id === 'u_cid')).toMatchObject({
      presence: 'offline',
      unavailableReason: 'presence is offline',
    });
    const searched = await chat.ok(
      'GET',
      '/chat/transfer-targets?search=sup',
      undefined,
      200,
      chat.tokens.agent,
    );
    expect(ids(searched.departments)).toEqual(['support']);
    expect(ids(searched.agents)).toEqual(['u_sup']);
    expect(ids((await chat.ok('GET', '/chat/transfer-targets?search=BEA')).agents)).toEqual(['u_bea']);
  });

  it('C3: a transfer reason is an internal message and in the history, never shown to the contact', async () => {
    await chat.online('u_agent', 'u_cid');
    const { conversationId } = await chat.write('visitor-1');
    await chat.act(conversationId, 'notes', chat.tokens.agent, { text: 'VIP customer' }, 201);
    await chat.act(conversationId, 'transfer', chat.tokens.agent, {
      to: { kind: 'department', departmentId: 'support' },
      reason: 'Billing question about invoice 42',
    });
    const detail = await chat.conversation(conversationId, chat.tokens.cid);
    expect(detail.messages.map((m: { kind: string; visibility: string }) => [m.kind, m.visibility])).toEqual([
      ['incoming', 'contact'],
      ['note', 'internal'],
      ['transfer_reason', 'internal'],
    ]);
    expect(detail.messages[2]).toMatchObject({
      text: 'Billing question about invoice 42',
      userId: 'u_agent',
    });
    expect(detail.history).toContainEqual(
      expect.objectContaining({
        type: 'conversation.transferred',
        data: expect.objectContaining({ reason: 'Billing question about invoice 42', fromUserId: 'u_agent' }),
      }),
    );
    const contact = await chat.contactView(conversationId, 'visitor-1');
    expect(contact.items).toHaveLength(1);
    expect(JSON.stringify(contact)).not.toContain('invoice 42');
    expect(JSON.stringify(contact)).not.toContain('VIP');
  });

  it('C4: the receiving agent sees the transfer, from whom and why, in the conversation and on their stream', async () => {
    await chat.online('u_agent', 'u_cid');
    const cid = await chat.stream(chat.tokens.cid);
    const bea = await chat.stream(chat.tokens.bea);
    const { conversationId } = await chat.write('visitor-1');
    await chat.act(conversationId, 'transfer', chat.tokens.agent, {
      to: { kind: 'agent', userId: 'u_cid' },
      reason: 'Speaks German',
    });
    const transferred = await cid.next((m) => m.type === 'conversation.transferred');
    expect(transferred.data).toMatchObject({
      conversationId,
      fromUserId: 'u_agent',
      to: { kind: 'agent', userId: 'u_cid' },
      reason: 'Speaks German',
    });
    const assigned = await cid.next((m) => m.type === 'conversation.assigned');
    expect(assigned.data).toMatchObject({ conversationId, userId: 'u_cid', by: 'transfer' });
    expect(
      cid.messages.some((m) => m.type === 'conversation.note_added' && m.data?.text === 'Speaks German'),
    ).toBe(true);
    // Cid now sees the contact's next message; Bea, in another team's way, sees none of it.
    await chat.write('visitor-1', 'Hallo?');
    await cid.next((m) => m.type === 'conversation.message_received' && m.data?.text === 'Hallo?');
    await chat.presence('u_sup', 'online');
    await bea.next((m) => m.type === 'presence.changed' && m.data?.userId === 'u_sup');
    expect(bea.messages.some((m) => m.data?.conversationId === conversationId)).toBe(false);

    const view = await chat.conversation(conversationId, chat.tokens.cid);
    expect(view.transfer).toMatchObject({
      fromUserId: 'u_agent',
      fromName: 'Alex Agent',
      reason: 'Speaks German',
    });
    // The sender no longer has it.
    expect((await chat.request('GET', `/conversations/${conversationId}`, chat.tokens.agent)).status).toBe(
      403,
    );
  });

  it('C5: a transfer to an unavailable agent waits in their pending list, they are told, and a supervisor transfers it on', async () => {
    await chat.online('u_agent', 'u_bea');
    const cid = await chat.stream(chat.tokens.cid);
    const { conversationId } = await chat.write('visitor-1');
    const pending = await chat.act(conversationId, 'transfer', chat.tokens.agent, {
      to: { kind: 'agent', userId: 'u_cid' },
      reason: 'Knows the contract',
    });
    expect(pending).toMatchObject({ status: 'pending', assigneeId: 'u_cid' });
    const told = await cid.next((m) => m.type === 'conversation.pending');
    expect(told.data).toMatchObject({ conversationId, userId: 'u_cid' });

    const lists = await chat.ok('GET', '/chat/pending', undefined, 200, chat.tokens.supervisor);
    expect(lists.items).toEqual([
      expect.objectContaining({
        userId: 'u_cid',
        name: 'Cid Agent',
        presence: 'offline',
        conversations: [expect.objectContaining({ id: conversationId })],
      }),
    ]);
    expect((await chat.ok('GET', '/chat/pending', undefined, 200, chat.tokens.cid)).items).toHaveLength(1);
    expect((await chat.ok('GET', '/chat/pending', undefined, 200, chat.tokens.bea)).items).toEqual([]);
    const pendingFor = await chat.ok('GET', '/conversations?pending=me', undefined, 200, chat.tokens.cid);
    expect(ids(pendingFor.items)).toEqual([conversationId]);

    // Alex handed it over: it is no longer his to move.
    expect(
      (
        await chat.request('POST', `/conversations/${conversationId}/transfer`, chat.tokens.agent, {
          to: { kind: 'agent', userId: 'u_bea' },
        })
      ).status,
    ).toBe(403);
    const onward = await chat.act(conversationId, 'transfer', chat.tokens.supervisor, {
      to: { kind: 'agent', userId: 'u_bea' },
      reason: 'Cid is away today',
    });
    expect(onward).toMatchObject({
      status: 'assigned',
      assigneeId: 'u_bea',
      transfer: { fromUserId: 'u_cid', reason: 'Cid is away today' },
    });
    expect((await chat.ok('GET', '/chat/pending', undefined, 200, chat.tokens.supervisor)).items).toEqual([]);
    await cid.next((m) => m.type === 'conversation.transferred' && m.data?.fromUserId === 'u_cid');
  });

  it('W5: an agent in pre_pause gets no new conversations and moves to pause when the last one is resolved', async () => {
    await chat.online('u_agent');
    const { conversationId } = await chat.write('visitor-1');
    await chat.presence('u_agent', 'pre_pause');
    expect((await chat.ok('GET', '/users/u_agent')).presence).toBe('pre_pause');
    const waiting = await chat.write('visitor-2');
    expect((await chat.conversation(waiting.conversationId)).status).toBe('queued');
    await chat.act(conversationId, 'resolve', chat.tokens.agent);
    expect((await chat.ok('GET', '/users/u_agent')).presence).toBe('pause');
    expect((await chat.conversation(waiting.conversationId)).status).toBe('queued');
  });
});
