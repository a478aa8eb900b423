import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSwitchboard } from '../../src/server/switchboard.ts';
import { seedWorkspace, startTestServer, type TestServer, testPasswordCost } from '../support/server.ts';

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let keys: { agent: string; supervisor: string };

const base = '/v1/workspaces/acme';
const version = () => server.runtime.state('acme')!.version;

beforeAll(async () => {
  server = await startTestServer();
  ws = await seedWorkspace(server);
  await seedWorkspace(server, 'other');
  const key = async (role: string) =>
    (await server.request('POST', `${base}/api-keys`, { token: ws.tokens.admin, body: { name: role, role } }))
      .body.token as string;
  keys = { agent: await key('agent'), supervisor: await key('supervisor') };
});
afterAll(async () => server.close());

describe('issue 12 item 7: an API key has exactly its role’s rights', () => {
  it('an agent-role key reads what every agent reads, and no one’s own things', async () => {
    expect((await server.request('GET', `${base}/users`, { token: keys.agent })).status).toBe(200);
    for (const path of [
      '/history/user/u_sup',
      '/history/user/u_agent',
      '/calls',
      '/conversations',
      '/chat/pending',
    ]) {
      const response = await server.request('GET', `${base}${path}`, { token: keys.agent });
      expect(response.status, path).toBe(403);
      expect(response.body.error.code).toBe('forbidden');
    }
  });

  it('an agent-role key sets no one’s presence and acts on no one’s calls, and changes nothing', async () => {
    const before = version();
    const presence = await server.request('PUT', `${base}/users/u_sup/presence`, {
      token: keys.agent,
      body: { presence: 'online' },
    });
    expect(presence.status).toBe(403);
    const outbound = await server.request('POST', `${base}/calls`, {
      token: keys.agent,
      body: { userId: 'u_agent', numberId: 'n_none', to: '+34600111222' },
    });
    expect(outbound.status).toBe(403);
    expect(version()).toBe(before);
  });

  it('a supervisor-role key reads every history and sets anyone’s presence', async () => {
    expect(
      (await server.request('GET', `${base}/history/user/u_agent`, { token: keys.supervisor })).status,
    ).toBe(200);
    const presence = await server.request('PUT', `${base}/users/u_agent/presence`, {
      token: keys.supervisor,
      body: { presence: 'pause' },
    });
    expect(presence.status).toBe(200);
    expect(presence.body.presence).toBe('pause');
  });
});

describe('issue 12 item 10: a token in the URL only opens a WebSocket', () => {
  it('refuses ?token= on a REST route, naming the field, even when the token is good', async () => {
    for (const path of ['/users', `/users/u_agent`, '/voicemails']) {
      const response = await server.request('GET', `${base}${path}?token=${ws.tokens.admin}`);
      expect(response.status, path).toBe(400);
      expect(response.body.error.field).toBe('token');
      expect(response.body.error.message).toContain('Authorization: Bearer');
    }
  });

  it('refuses ?token= next to a good header too, and changes nothing', async () => {
    const before = version();
    const response = await server.request('PUT', `${base}/users/u_agent/presence?token=x`, {
      token: ws.tokens.agent,
      body: { presence: 'online' },
    });
    expect(response.status).toBe(400);
    expect(version()).toBe(before);
  });

  it('no longer describes a token query parameter in the OpenAPI document', async () => {
    const document = await server.request('GET', '/openapi.json');
    const parameters = Object.values(
      document.body.paths as Record<string, Record<string, { parameters?: [] }>>,
    )
      .flatMap((path) => Object.values(path))
      .flatMap((operation) => operation.parameters ?? []) as Array<{ in: string; name: string }>;
    expect(parameters.filter((parameter) => parameter.in === 'query' && parameter.name === 'token')).toEqual(
      [],
    );
  });
});

describe('issue 12 item 6: only the server admin key moves the shared clock', () => {
  it('refuses a workspace admin (403) and leaves the clock where it was', async () => {
    const before = (await server.request('GET', '/v1/clock', { token: ws.tokens.admin })).body.now;
    for (const token of [ws.tokens.admin, keys.supervisor]) {
      const refused = await server.request('POST', '/v1/clock/advance', { token, body: { ms: 60_000 } });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toContain('server admin key');
    }
    expect((await server.request('GET', '/v1/clock', { token: ws.tokens.admin })).body.now).toBe(before);
    const moved = await server.request('POST', '/v1/clock/advance', {
      token: server.adminToken,
      body: { ms: 60_000 },
    });
    expect(moved.status).toBe(200);
    expect(Date.parse(moved.body.now)).toBe(Date.parse(before) + 60_000);
  });

  it('refuses to move it by a non-finite, negative or zero time, naming ms', async () => {
    const before = server.clock.now();
    for (const ms of ['Infinity', '1e999', -5, 0, 'NaN']) {
      const refused = await server.request('POST', '/v1/clock/advance', {
        token: server.adminToken,
        body: { ms },
      });
      expect(refused.status, String(ms)).toBe(400);
      expect(refused.body.error.field).toBe('ms');
    }
    expect(server.clock.now()).toBe(before);
  });

  it('on a demo server with a virtual clock, the demo workspace’s admins may move it too; nobody else', async () => {
    const demo = await openSwitchboard({
      dbPath: join(mkdtempSync(join(tmpdir(), 'sb-demo-clock-')), 'switchboard.db'),
      clock: 'virtual',
      logger: false,
      passwordCost: testPasswordCost,
    });
    const request = async (url: string, token: string, body?: object) => {
      const response = await demo.app.inject({
        method: body ? 'POST' : 'GET',
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(body ? { payload: body } : {}),
      });
      return { status: response.statusCode, body: response.json() };
    };
    try {
      const tokens: Record<string, string> = {};
      for (const id of ['demo', 'guest']) {
        await request('/v1/workspaces', demo.adminToken!, { id, name: id, plan: 'business' });
        const key = await request(`/v1/workspaces/${id}/api-keys`, demo.adminToken!, { name: 'admin' });
        tokens[id] = key.body.token;
      }
      demo.announceDemo({ workspaceId: 'demo', workspaceName: 'Demo', people: [] });
      expect((await request('/v1/clock/advance', tokens.demo!, { ms: 1000 })).status).toBe(200);
      expect((await request('/v1/clock/advance', tokens.guest!, { ms: 1000 })).status).toBe(403);
    } finally {
      await demo.close();
    }
  });
});
