import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

// One server for the file, a fresh workspace per test (workspaces share nothing).
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  ws = await seedWorkspace(server, freshWorkspaceId());
});
afterAll(async () => server.close());

const base = () => `/v1/workspaces/${ws.workspaceId}`;

describe('users API', () => {
  it('needs a token (401)', async () => {
    const response = await server.request('GET', `${base()}/users`);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthorized');
  });

  it('lets an agent list and search users by name with presence (T4)', async () => {
    const response = await server.request('GET', `${base()}/users?search=sam`, { token: ws.tokens.agent });
    expect(response.status).toBe(200);
    expect(response.body.items.map((u: { name: string }) => u.name)).toEqual(['Sam Supervisor']);
    expect(response.body.items[0].presence).toBe('offline');
  });

  it('refuses an agent creating a user (403) and changes nothing', async () => {
    const response = await server.request('POST', `${base()}/users`, {
      token: ws.tokens.agent,
      body: { name: 'Eve', email: `eve@${ws.workspaceId}.test` },
    });
    expect(response.status).toBe(403);
    const list = await server.request('GET', `${base()}/users`, { token: ws.tokens.admin });
    expect(list.body.items).toHaveLength(3);
  });

  it('answers 404 for another workspace', async () => {
    const other = (await seedWorkspace(server, freshWorkspaceId())).workspaceId;
    const response = await server.request('GET', `/v1/workspaces/${other}/users`, { token: ws.tokens.admin });
    expect(response.status).toBe(404);
  });

  it('W6: refuses a mobile not in international format, naming the field (400), and changes nothing', async () => {
    const response = await server.request('PATCH', `${base()}/users/u_agent`, {
      token: ws.tokens.admin,
      body: { mobile: '600 12 34 56' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('mobile');
    expect(response.body.error.message).toContain('international format');
    const user = await server.request('GET', `${base()}/users/u_agent`, { token: ws.tokens.admin });
    expect(user.body.mobile).toBeUndefined();
  });

  it('refuses unknown and mistyped fields, naming them', async () => {
    const unknown = await server.request('PATCH', `${base()}/users/u_agent`, {
      token: ws.tokens.admin,
      body: { nickname: 'x' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('nickname');
    const typed = await server.request('PATCH', `${base()}/users/u_agent`, {
      token: ws.tokens.admin,
      body: { capacity: { chat: 'ten' } },
    });
    expect(typed.status).toBe(400);
    expect(typed.body.error.field).toBe('capacity.chat');
  });

  it('W5: an agent sets their own presence but not someone else’s', async () => {
    const own = await server.request('PUT', `${base()}/users/u_agent/presence`, {
      token: ws.tokens.agent,
      body: { presence: 'online' },
    });
    expect(own.status).toBe(200);
    expect(own.body.presence).toBe('online');
    const other = await server.request('PUT', `${base()}/users/u_sup/presence`, {
      token: ws.tokens.agent,
      body: { presence: 'online' },
    });
    expect(other.status).toBe(403);
  });
});
