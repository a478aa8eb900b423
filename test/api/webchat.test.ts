import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ChatDriver } from '../support/chat.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// One server for the file, a fresh workspace per test (workspaces share nothing).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());
/** The web-chat widget's own API: visitor sessions instead of a workspace API key. */
describe('web-chat visitor API', () => {
  let chat: ChatDriver;
  beforeEach(async () => {
    chat = await ChatDriver.start(server);
  });
  afterEach(async () => {
    await chat.close();
  });

  const visitorRequest = (method: string, path: string, token?: string, body?: unknown) =>
    chat.server.request(method, `/v1/webchat/${chat.ws.workspaceId}${path}`, { token, body });

  async function session(query = '', body: unknown = {}) {
    const response = await visitorRequest('POST', `/sessions${query}`, undefined, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as { visitorToken: string; address: string; channel: string };
  }

  it('C1: a visitor writes without an API key; the conversation is routed to the default department and shown to them', async () => {
    await chat.online('u_agent', 'u_cid');
    const visitor = await session('', { name: 'Vera' });
    expect(visitor).toMatchObject({ channel: 'webchat', address: expect.stringMatching(/^visitor_/) });
    expect((await visitorRequest('GET', '/messages', visitor.visitorToken)).body).toEqual({ items: [] });

    const body = { text: 'Hello there', clientMessageId: 'm1' };
    const sent = await visitorRequest('POST', '/messages', visitor.visitorToken, body);
    expect(sent.status).toBe(200);
    const again = await visitorRequest('POST', '/messages', visitor.visitorToken, body);
    expect(again.body).toEqual({ conversationId: sent.body.conversationId, duplicate: true });

    const conversation = await chat.conversation(sent.body.conversationId);
    expect(conversation).toMatchObject({
      channel: 'webchat',
      contact: { address: visitor.address, name: 'Vera' },
      departmentId: 'sales',
      assigneeId: 'u_agent',
    });
    await chat.act(sent.body.conversationId, 'reply', chat.tokens.agent, { text: 'Hi Vera' }, 201);
    await chat.act(sent.body.conversationId, 'notes', chat.tokens.agent, { text: 'VIP customer' }, 201);
    const view = await visitorRequest('GET', '/messages', visitor.visitorToken);
    expect(view.body).toMatchObject({ conversationId: sent.body.conversationId, status: 'open' });
    expect(view.body.items.map((m: { from: string; text: string }) => [m.from, m.text])).toEqual([
      ['contact', 'Hello there'],
      ['agent', 'Hi Vera'],
    ]);
    expect(JSON.stringify(view.body)).not.toContain('VIP');
    const later = await visitorRequest(
      'GET',
      `/messages?afterSeq=${view.body.items[0].seq}`,
      visitor.visitorToken,
    );
    expect(later.body.items.map((m: { text: string }) => m.text)).toEqual(['Hi Vera']);
  });

  it('C1: a session may name its department; another visitor never sees the conversation', async () => {
    await chat.online('u_agent', 'u_cid');
    const support = await session('?departmentId=support');
    const other = await session();
    const sent = await visitorRequest('POST', '/messages', support.visitorToken, {
      text: 'Broken',
      clientMessageId: 'a',
    });
    expect((await chat.conversation(sent.body.conversationId)).departmentId).toBe('support');
    expect((await visitorRequest('GET', '/messages', other.visitorToken)).body).toEqual({ items: [] });
  });

  it('issue 14: the email a visitor gives stays with them and reaches the agents; a bad one is refused by its field', async () => {
    await chat.online('u_agent');
    const bad = await visitorRequest('POST', '/sessions', undefined, { name: 'Lola', email: 'lola at home' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('email');
    const visitor = await session('', { name: 'Lola', email: 'lola@example.es' });
    const sent = await visitorRequest('POST', '/messages', visitor.visitorToken, {
      text: 'Hola',
      clientMessageId: 'e1',
    });
    expect(await chat.conversation(sent.body.conversationId)).toMatchObject({
      contact: { address: visitor.address, name: 'Lola', email: 'lola@example.es' },
    });
    // Read back from the store, as after a restart: the inbox lists it with the email too.
    const inbox = await chat.server.request(
      'GET',
      `/v1/workspaces/${chat.ws.workspaceId}/conversations?assignee=me`,
      {
        token: chat.tokens.agent,
      },
    );
    expect(inbox.body.items[0].contact).toMatchObject({ name: 'Lola', email: 'lola@example.es' });
  });

  it('refuses unknown workspaces and departments, bad input, and missing or foreign visitor tokens', async () => {
    const visitor = await session();
    const token = visitor.visitorToken;
    const status = async (method: string, url: string, body?: unknown, bearer?: string) =>
      (await chat.server.request(method, url, { token: bearer, body })).status;
    expect(await status('POST', '/v1/webchat/nowhere/sessions', {})).toBe(404);
    expect(await status('POST', `/v1/webchat/${chat.ws.workspaceId}/sessions?departmentId=nope`, {})).toBe(
      404,
    );
    expect(await status('POST', `/v1/webchat/${chat.ws.workspaceId}/sessions`, { name: 'x', extra: 1 })).toBe(
      400,
    );
    expect(await status('POST', `/v1/webchat/${chat.ws.workspaceId}/sessions`, { name: '' })).toBe(400);
    const write = (body: unknown, bearer: string | null = token) =>
      status('POST', `/v1/webchat/${chat.ws.workspaceId}/messages`, body, bearer ?? undefined);
    expect(await write({ text: '', clientMessageId: 'a' })).toBe(400);
    expect(await write({ text: 'x'.repeat(2001), clientMessageId: 'a' })).toBe(400);
    expect(await write({ text: 'hi', clientMessageId: 'a', channel: 'sms' })).toBe(400);
    expect(await write({ text: 'hi', clientMessageId: 'a b' })).toBe(400);
    expect(await write({ text: 'hi', clientMessageId: 'a' }, null)).toBe(401);
    expect(await write({ text: 'hi', clientMessageId: 'a' }, 'sbv_forged')).toBe(401);
    // A workspace API key is not a visitor token.
    expect(await write({ text: 'hi', clientMessageId: 'a' }, chat.channelKey)).toBe(401);
    expect(await status('GET', `/v1/webchat/${chat.ws.workspaceId}/messages?limit=0`, undefined, token)).toBe(
      400,
    );

    await chat.server.request('POST', '/v1/workspaces', {
      token: chat.server.adminToken,
      body: { id: 'globex', name: 'Globex', plan: 'business' },
    });
    expect(await status('GET', '/v1/webchat/globex/messages', undefined, token)).toBe(401);
    expect(
      (
        await chat.server.request('GET', `/v1/workspaces/${chat.ws.workspaceId}/conversations`, {
          token: chat.tokens.admin,
        })
      ).body.items,
    ).toEqual([]);
  });

  it('serves the widget page with a strict Content-Security-Policy, and 404 for an unknown workspace', async () => {
    const page = await chat.server.app.inject({ method: 'GET', url: `/webchat/${chat.ws.workspaceId}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[^']+'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(page.body).toContain(`data-workspace="${chat.ws.workspaceId}"`);
    expect(page.body).toContain('aria-live="polite"');
    expect((await chat.server.app.inject({ method: 'GET', url: '/webchat/nowhere' })).statusCode).toBe(404);
  });
});
