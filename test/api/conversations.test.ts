import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChatDriver } from '../support/chat.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { expectGuarded, expectInvalid, type Guarded } from './access.ts';

// One server for the file, a fresh workspace per test.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

let chat: ChatDriver;
let conversationId: string;

beforeEach(async () => {
  chat = await ChatDriver.start(server);
  await chat.online('u_agent');
  ({ conversationId } = await chat.write('visitor-1'));
});
afterEach(async () => chat.close());

const version = () => chat.server.runtime.state(chat.ws.workspaceId)!.version;

const routes = (): Guarded[] => {
  const conversation = `/conversations/${conversationId}`;
  return [
    {
      method: 'POST',
      path: '/channels/webchat/messages',
      body: { contact: { address: 'v9' }, channelMessageId: 'x1', text: 'Hi' },
      role: 'agent',
    },
    { method: 'GET', path: `/channels/webchat${conversation}/messages?address=visitor-1`, role: 'agent' },
    { method: 'GET', path: '/conversations', role: 'agent' },
    { method: 'GET', path: conversation, role: 'agent' },
    { method: 'GET', path: `${conversation}/messages`, role: 'agent' },
    { method: 'POST', path: `${conversation}/reply`, body: { text: 'Hi' }, role: 'agent' },
    { method: 'POST', path: `${conversation}/notes`, body: { text: 'Hi' }, role: 'agent' },
    { method: 'POST', path: `${conversation}/assign`, body: {}, role: 'agent' },
    {
      method: 'POST',
      path: `${conversation}/transfer`,
      body: { to: { kind: 'department', departmentId: 'support' } },
      role: 'agent',
    },
    { method: 'POST', path: `${conversation}/hold`, role: 'agent' },
    { method: 'POST', path: `${conversation}/resume`, role: 'agent' },
    { method: 'POST', path: `${conversation}/resolve`, role: 'agent' },
    { method: 'GET', path: '/chat/transfer-targets', role: 'agent' },
    { method: 'GET', path: '/chat/pending', role: 'agent' },
    { method: 'GET', path: '/departments/sales/chat-settings', role: 'agent' },
    {
      method: 'PATCH',
      path: '/departments/sales/chat-settings',
      body: { strategy: 'manual' },
      role: 'admin',
    },
  ];
};

describe('conversations API: access', () => {
  it('every chat route: 401 without a token, 403 below its role, 404 for another workspace, and nothing changes', async () => {
    for (const route of routes()) await expectGuarded(chat.server, chat.ws, route);
  });

  it('channel routes are for integrations: an API key or an admin, not agents or supervisors', async () => {
    const deliver = { contact: { address: 'v9' }, channelMessageId: 'x1', text: 'Hi' };
    const before = version();
    for (const token of [chat.tokens.agent, chat.tokens.supervisor]) {
      expect((await chat.request('POST', '/channels/webchat/messages', token, deliver)).status).toBe(403);
      const read = await chat.request(
        'GET',
        `/channels/webchat/conversations/${conversationId}/messages?address=visitor-1`,
        token,
      );
      expect(read.status).toBe(403);
    }
    expect(version()).toBe(before);
    expect(
      (await chat.request('POST', '/channels/webchat/messages', chat.tokens.admin, deliver)).status,
    ).toBe(200);
  });

  it('agents see their own conversations and their departments’ queues; supervisors see all', async () => {
    await chat.online('u_cid');
    const support = await chat.write('visitor-2', 'Hi', { departmentId: 'support' });
    const list = async (token: string, query = '') =>
      (await chat.ok('GET', `/conversations${query}`, undefined, 200, token)).items.map(
        (c: { id: string }) => c.id,
      );
    expect(await list(chat.tokens.agent)).toEqual([conversationId]);
    expect(await list(chat.tokens.cid)).toEqual([support.conversationId]);
    expect(await list(chat.tokens.bea)).toEqual([]);
    expect(await list(chat.tokens.supervisor)).toEqual([support.conversationId, conversationId]);
    expect(await list(chat.tokens.supervisor, '?assignee=u_cid')).toEqual([support.conversationId]);
    expect(await list(chat.tokens.supervisor, '?departmentId=sales')).toEqual([conversationId]);
    expect((await chat.request('GET', '/conversations?assignee=u_cid', chat.tokens.agent)).status).toBe(403);
    expect((await chat.request('GET', '/conversations?pending=u_cid', chat.tokens.agent)).status).toBe(403);
    expect(
      (await chat.request('GET', `/conversations/${support.conversationId}`, chat.tokens.agent)).status,
    ).toBe(403);
  });

  it('agents act only on their own conversations and take conversations only for themselves', async () => {
    const before = version();
    const refused = [
      ['reply', { text: 'Hi' }],
      ['hold', undefined],
      ['resolve', undefined],
      ['transfer', { to: { kind: 'agent', userId: 'u_bea' } }],
      ['notes', { text: 'not mine' }],
    ] as const;
    for (const [action, body] of refused) {
      const response = await chat.request(
        'POST',
        `/conversations/${conversationId}/${action}`,
        chat.tokens.bea,
        body,
      );
      expect(response.status, action).toBe(403);
    }
    const queued = await chat.write('visitor-2', 'Hi', { departmentId: 'support' });
    const pull = await chat.request(
      'POST',
      `/conversations/${queued.conversationId}/assign`,
      chat.tokens.agent,
      {},
    );
    expect(pull.status, 'another department’s queue').toBe(403);
    const mid = version();
    const forOther = await chat.request(
      'POST',
      `/conversations/${queued.conversationId}/assign`,
      chat.tokens.cid,
      { userId: 'u_bea' },
    );
    expect(forOther.status).toBe(403);
    expect(version()).toBe(mid);
    expect(mid).toBeGreaterThan(before);
  });

  it('replies and notes are written by a signed-in user, not an API key', async () => {
    const response = await chat.request('POST', `/conversations/${conversationId}/reply`, chat.channelKey, {
      text: 'Hi',
    });
    expect(response.status).toBe(403);
  });
});

describe('conversations API: not found and conflicts', () => {
  it('404 names the missing conversation, department or contact', async () => {
    const missing = [
      ['GET', '/conversations/k_nope', undefined, 'conversationId'],
      ['POST', '/conversations/k_nope/reply', { text: 'Hi' }, 'conversationId'],
      [
        'POST',
        `/conversations/${conversationId}/transfer`,
        { to: { kind: 'department', departmentId: 'nope' } },
        'to.departmentId',
      ],
      [
        'POST',
        `/conversations/${conversationId}/transfer`,
        { to: { kind: 'agent', userId: 'u_nope' } },
        'to.userId',
      ],
      ['GET', '/departments/nope/chat-settings', undefined, 'departmentId'],
      ['PATCH', '/departments/nope/chat-settings', { strategy: 'manual' }, 'departmentId'],
      [
        'POST',
        '/channels/webchat/messages',
        { contact: { address: 'v9' }, channelMessageId: 'x', text: 'Hi', departmentId: 'nope' },
        'departmentId',
      ],
    ] as const;
    const before = version();
    for (const [method, path, body, field] of missing) {
      const response = await chat.request(method, path, chat.tokens.admin, body);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.body.error.field, `${method} ${path}`).toBe(field);
    }
    expect(version()).toBe(before);
    // The contact-facing endpoint answers only the conversation's own contact, on its channel.
    for (const path of [
      `/channels/webchat/conversations/${conversationId}/messages?address=visitor-2`,
      `/channels/whatsapp/conversations/${conversationId}/messages?address=visitor-1`,
    ])
      expect((await chat.request('GET', path, chat.channelKey)).status, path).toBe(404);
  });

  it('409 for what the conversation’s state does not allow, and nothing changes', async () => {
    const refused = async (action: string, body?: unknown) => {
      const before = version();
      const response = await chat.request(
        'POST',
        `/conversations/${conversationId}/${action}`,
        chat.tokens.admin,
        body,
      );
      expect(response.status, `${action}: ${JSON.stringify(response.body)}`).toBe(409);
      expect(version()).toBe(before);
    };
    await chat.act(conversationId, 'hold', chat.tokens.agent);
    await refused('hold');
    await chat.act(conversationId, 'resume', chat.tokens.agent);
    await refused('resume');
    await refused('assign', { userId: 'u_bea' });
    await refused('transfer', { to: { kind: 'agent', userId: 'u_agent' } });
    await chat.act(conversationId, 'resolve', chat.tokens.agent);
    const resolved = await chat.request('POST', `/conversations/${conversationId}/reply`, chat.tokens.admin, {
      text: 'Hi',
    });
    expect(resolved.status).toBe(409);
    expect(resolved.body.error.message).toContain('resolved');
    const stolen = await chat.request('POST', '/channels/webchat/messages', chat.channelKey, {
      conversationId,
      contact: { address: 'someone-else' },
      channelMessageId: 'x1',
      text: 'Hi',
    });
    expect(stolen.status).toBe(409);
    expect(stolen.body.error.field).toBe('conversationId');
  });
});

describe('conversations API: bad input (400 names the field, nothing changes)', () => {
  const conversation = () => `/conversations/${conversationId}`;
  const deliver = (overrides: Record<string, unknown>) => ({
    method: 'POST',
    path: '/channels/webchat/messages',
    body: { contact: { address: 'v9' }, channelMessageId: 'x1', text: 'Hi', ...overrides },
  });

  it('refuses bad deliveries', async () => {
    await expectInvalid(chat.server, chat.ws, deliver({ channelMessageId: undefined }), 'channelMessageId');
    await expectInvalid(chat.server, chat.ws, deliver({ contact: { address: '' } }), 'contact.address');
    await expectInvalid(
      chat.server,
      chat.ws,
      deliver({ contact: { address: 'v9', phone: '1' } }),
      'contact.phone',
    );
    await expectInvalid(chat.server, chat.ws, deliver({ text: '' }), 'text');
    await expectInvalid(chat.server, chat.ws, deliver({ text: '   ' }), 'text');
    await expectInvalid(chat.server, chat.ws, deliver({ priority: 1 }), 'priority');
    await expectInvalid(
      chat.server,
      chat.ws,
      { ...deliver({}), path: '/channels/web%20chat/messages' },
      'channel',
    );
  });

  it('refuses bad replies, notes, assignments and transfers', async () => {
    await expectInvalid(
      chat.server,
      chat.ws,
      { method: 'POST', path: `${conversation()}/reply`, body: {} },
      'text',
    );
    await expectInvalid(
      chat.server,
      chat.ws,
      { method: 'POST', path: `${conversation()}/notes`, body: { text: 'x', pinned: true } },
      'pinned',
    );
    await expectInvalid(
      chat.server,
      chat.ws,
      { method: 'POST', path: `${conversation()}/assign`, body: { userId: 'not an id!' } },
      'userId',
    );
    const transfer = (body: unknown) => ({ method: 'POST', path: `${conversation()}/transfer`, body });
    await expectInvalid(chat.server, chat.ws, transfer({}), 'to');
    await expectInvalid(chat.server, chat.ws, transfer({ to: { kind: 'team' } }), 'to.kind');
    await expectInvalid(chat.server, chat.ws, transfer({ to: { kind: 'agent' } }), 'to.userId');
    await expectInvalid(
      chat.server,
      chat.ws,
      transfer({ to: { kind: 'department', departmentId: 'sales', userId: 'u_bea' } }),
      'to.userId',
    );
    await expectInvalid(
      chat.server,
      chat.ws,
      transfer({ to: { kind: 'agent', userId: 'u_bea' }, reason: '' }),
      'reason',
    );
    await expectInvalid(
      chat.server,
      chat.ws,
      transfer({ to: { kind: 'agent', userId: 'u_bea' }, reason: '  ' }),
      'reason',
    );
  });

  it('refuses bad filters and settings', async () => {
    await expectInvalid(
      chat.server,
      chat.ws,
      { method: 'GET', path: '/conversations?status=closed' },
      'status',
    );
    await expectInvalid(chat.server, chat.ws, { method: 'GET', path: '/conversations?limit=0' }, 'limit');
    await expectInvalid(
      chat.server,
      chat.ws,
      { method: 'GET', path: '/conversations?cursor=nope' },
      'cursor',
    );
    await expectInvalid(chat.server, chat.ws, { method: 'GET', path: '/conversations?color=red' }, 'color');
    await expectInvalid(chat.server, chat.ws, { method: 'GET', path: '/conversations?from=today' }, 'from');
    await expectInvalid(
      chat.server,
      chat.ws,
      { method: 'GET', path: '/conversations?from=2026-01-05T10:00:00Z&to=2026-01-05T09:00:00Z' },
      'to',
    );
    await expectInvalid(chat.server, chat.ws, { method: 'GET', path: '/chat/transfer-targets?q=bea' }, 'q');
    await expectInvalid(
      chat.server,
      chat.ws,
      { method: 'GET', path: `/channels/webchat${conversation()}/messages` },
      'address',
    );
    const settings = (body: unknown) => ({ method: 'PATCH', path: '/departments/sales/chat-settings', body });
    await expectInvalid(chat.server, chat.ws, settings({ strategy: 'random' }), 'strategy');
    await expectInvalid(chat.server, chat.ws, settings({ onAgentOffline: 'drop' }), 'onAgentOffline');
    await expectInvalid(chat.server, chat.ws, settings({}), 'strategy');
  });

  it('`me` and a missing userId need a signed-in user; an agent-role key has no conversations of its own (issue 12 item 7)', async () => {
    const crm = await chat.request('POST', '/api-keys', chat.tokens.admin, {
      name: 'crm',
      role: 'supervisor',
    });
    const key = crm.body.token;
    const me = await chat.request('GET', '/conversations?assignee=me', key);
    expect(me.status).toBe(400);
    expect(me.body.error.field).toBe('assignee');
    const queued = await chat.write('visitor-2', 'Hi', { departmentId: 'support' });
    const assign = await chat.request('POST', `/conversations/${queued.conversationId}/assign`, key, {});
    expect(assign.status).toBe(400);
    expect(assign.body.error.field).toBe('userId');
    const agentKey = await chat.request('GET', '/conversations', chat.channelKey);
    expect(agentKey.status).toBe(403);
  });
});

describe('conversations API: reads', () => {
  it('filters by channel and by when they opened', async () => {
    const clock = async (ms: number) =>
      chat.server.request('POST', '/v1/clock/advance', { token: chat.server.adminToken, body: { ms } });
    await clock(3_600_000);
    const later = await chat.write('visitor-2');
    const { now } = (await chat.server.request('GET', '/v1/clock', { token: chat.server.adminToken })).body;
    const ids = async (query: string) =>
      (await chat.ok('GET', `/conversations${query}`)).items.map((c: { id: string }) => c.id);
    expect(await ids('?channel=webchat')).toEqual([later.conversationId, conversationId]);
    expect(await ids('?channel=whatsapp')).toEqual([]);
    expect(await ids(`?from=${encodeURIComponent(now)}`)).toEqual([later.conversationId]);
    expect(await ids(`?to=${encodeURIComponent(now)}`)).toEqual([conversationId]);
  });

  it('pages conversations and messages', async () => {
    await chat.write('visitor-2');
    await chat.write('visitor-3');
    const first = await chat.ok('GET', '/conversations?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await chat.ok('GET', `/conversations?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((c: { id: string }) => c.id)).toEqual([conversationId]);
    expect(second.nextCursor).toBeUndefined();
    await chat.act(conversationId, 'notes', chat.tokens.agent, { text: 'note' }, 201);
    await chat.act(conversationId, 'reply', chat.tokens.agent, { text: 'reply' }, 201);
    const page = await chat.ok(
      'GET',
      `/conversations/${conversationId}/messages?limit=2`,
      undefined,
      200,
      chat.tokens.agent,
    );
    expect(page.items.map((m: { kind: string }) => m.kind)).toEqual(['incoming', 'note']);
    const rest = await chat.ok(
      'GET',
      `/conversations/${conversationId}/messages?afterSeq=${page.nextAfterSeq}`,
    );
    expect(rest.items.map((m: { kind: string }) => m.kind)).toEqual(['reply']);
    expect(rest.nextAfterSeq).toBeUndefined();
  });

  it('lists each conversation with its last message to or from the contact, never an internal note', async () => {
    await chat.act(conversationId, 'reply', chat.tokens.agent, { text: 'How can I help?' }, 201);
    await chat.act(conversationId, 'notes', chat.tokens.agent, { text: 'VIP, be nice' }, 201);
    const other = await chat.write('visitor-2', 'Hi');
    await chat.write('visitor-2', 'Anyone there?', { conversationId: other.conversationId });
    const page = await chat.ok('GET', '/conversations', undefined, 200, chat.tokens.agent);
    type Listed = { id: string; lastMessage: { seq: number } };
    const byId = new Map<string, Listed>(page.items.map((c: Listed) => [c.id, c]));
    expect(byId.get(conversationId)).toMatchObject({
      lastMessage: { kind: 'reply', userId: 'u_agent', text: 'How can I help?', at: expect.any(String) },
    });
    expect(byId.get(other.conversationId)).toMatchObject({
      lastMessage: { kind: 'incoming', text: 'Anyone there?' },
    });
    expect(byId.get(other.conversationId)!.lastMessage).not.toHaveProperty('userId');
    // The same message as the conversation's own list shows, by its seq.
    const detail = await chat.conversation(other.conversationId);
    expect(byId.get(other.conversationId)!.lastMessage.seq).toBe(detail.messages.at(-1).seq);
    // A transfer reason is internal too: the preview stays the contact's last words.
    await chat.act(
      conversationId,
      'transfer',
      chat.tokens.agent,
      { to: { kind: 'department', departmentId: 'support' }, reason: 'Needs a refund' },
      200,
    );
    const after = await chat.ok('GET', `/conversations?status=queued`);
    expect(after.items.find((c: { id: string }) => c.id === conversationId)).toMatchObject({
      lastMessage: { kind: 'reply', text: 'How can I help?' },
    });
  });

  it('chat settings: defaults, then what an admin sets', async () => {
    expect(
      await chat.ok('GET', '/departments/sales/chat-settings', undefined, 200, chat.tokens.agent),
    ).toEqual({
      departmentId: 'sales',
      strategy: 'least_busy',
      onAgentOffline: 'requeue',
    });
    await chat.ok('PATCH', '/departments/sales/chat-settings', { onAgentOffline: 'keep' });
    expect(await chat.ok('GET', '/departments/sales/chat-settings')).toMatchObject({
      strategy: 'least_busy',
      onAgentOffline: 'keep',
    });
  });
});
