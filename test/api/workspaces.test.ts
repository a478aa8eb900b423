import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';
import { expectGuarded, expectInvalid, type Seeded } from './access.ts';

let server: TestServer;
let ws: Seeded;

// One server for the file, a fresh workspace per test (workspaces share nothing).
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  ws = await seedWorkspace(server, freshWorkspaceId());
});
afterAll(async () => server.close());

describe('workspaces API', () => {
  it('only the server admin key creates workspaces; a duplicate id is a conflict', async () => {
    const created = await server.request('POST', '/v1/workspaces', {
      token: server.adminToken,
      body: {
        id: 'globex',
        name: 'Globex',
        plan: 'starter',
        timeZone: 'Europe/Madrid',
        defaultCountry: 'ES',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: 'globex',
      plan: 'starter',
      timeZone: 'Europe/Madrid',
      defaultCountry: 'ES',
    });
    const byAdminUser = await server.request('POST', '/v1/workspaces', {
      token: ws.tokens.admin,
      body: { name: 'Nope' },
    });
    expect(byAdminUser.status).toBe(403);
    const anonymous = await server.request('POST', '/v1/workspaces', { body: { name: 'Nope' } });
    expect(anonymous.status).toBe(401);
    const again = await server.request('POST', '/v1/workspaces', {
      token: server.adminToken,
      body: { id: 'globex', name: 'Globex' },
    });
    expect(again.status).toBe(409);
  });

  it('refuses a bad time zone naming the field, and creates nothing', async () => {
    const bad = await server.request('POST', '/v1/workspaces', {
      token: server.adminToken,
      body: { id: 'bad', name: 'Bad', timeZone: 'Mars/Base' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('timeZone');
    expect(server.runtime.state('bad')).toBeUndefined();
  });

  it('lists all workspaces for the server admin key, and only its own for a user', async () => {
    // A server of its own: "all workspaces" must be exactly the two made here.
    const alone = await startTestServer();
    try {
      const acme = await seedWorkspace(alone, 'acme');
      await seedWorkspace(alone, 'other');
      const all = await alone.request('GET', '/v1/workspaces', { token: alone.adminToken });
      expect(all.body.items.map((w: { id: string }) => w.id).sort()).toEqual(['acme', 'other']);
      const own = await alone.request('GET', '/v1/workspaces', { token: acme.tokens.agent });
      expect(own.body.items.map((w: { id: string }) => w.id)).toEqual(['acme']);
    } finally {
      await alone.close();
    }
  });

  it('reads for any member; changes (plan, missed-offer policy) for admins only', async () => {
    const read = await server.request('GET', `/v1/workspaces/${ws.workspaceId}`, { token: ws.tokens.agent });
    expect(read.status).toBe(200);
    await expectGuarded(server, ws, { method: 'PATCH', path: '', body: { plan: 'scale' }, role: 'admin' });
    const changed = await server.request('PATCH', `/v1/workspaces/${ws.workspaceId}`, {
      token: ws.tokens.admin,
      body: { plan: 'scale', missedOfferPolicy: { after: 3, presence: 'pause' } },
    });
    expect(changed.body).toMatchObject({ plan: 'scale', missedOfferPolicy: { after: 3, presence: 'pause' } });
    await expectInvalid(
      server,
      ws,
      { method: 'PATCH', path: '', body: { missedOfferPolicy: { after: 3, presence: 'online' } } },
      'missedOfferPolicy.presence',
    );
    await expectInvalid(
      server,
      ws,
      { method: 'PATCH', path: '', body: { defaultCountry: 'XX' } },
      'defaultCountry',
    );
  });
});

describe('workspace API keys', () => {
  it('an admin creates a key (token shown once), lists it without the token, and revokes it', async () => {
    await expectGuarded(server, ws, {
      method: 'POST',
      path: '/api-keys',
      body: { name: 'crm' },
      role: 'admin',
    });
    const created = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/api-keys`, {
      token: ws.tokens.admin,
      body: { name: 'crm', role: 'supervisor' },
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^sbk_/);
    const me = await server.request('GET', '/v1/me', { token: created.body.token });
    expect(me.body).toEqual({ kind: 'api_key', workspaceId: ws.workspaceId, role: 'supervisor' });
    const list = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/api-keys`, {
      token: ws.tokens.admin,
    });
    expect(list.body.items).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    const revoked = await server.request(
      'DELETE',
      `/v1/workspaces/${ws.workspaceId}/api-keys/${created.body.id}`,
      {
        token: ws.tokens.admin,
      },
    );
    expect(revoked.status).toBe(204);
    expect((await server.request('GET', '/v1/me', { token: created.body.token })).status).toBe(401);
    expect(
      (
        await server.request('DELETE', `/v1/workspaces/${ws.workspaceId}/api-keys/${created.body.id}`, {
          token: ws.tokens.admin,
        })
      ).status,
    ).toBe(404);
  });

  it('a key of one workspace sees nothing of another (404)', async () => {
    const other = (await seedWorkspace(server, freshWorkspaceId())).workspaceId;
    const key = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/api-keys`, {
      token: ws.tokens.admin,
      body: { name: 'crm' },
    });
    const foreign = await server.request('GET', `/v1/workspaces/${other}/users`, { token: key.body.token });
    expect(foreign.status).toBe(404);
  });
});

describe('sessions', () => {
  it('signs in with email and password, offers the workspace switcher, and signs out', async () => {
    await seedWorkspace(server, freshWorkspaceId());
    const session = await server.request('POST', '/v1/sessions', {
      body: { email: `ada@${ws.workspaceId}.test`, password: 'correct horse' },
    });
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({
      workspaceId: ws.workspaceId,
      user: { id: 'u_admin', role: 'admin' },
    });
    const me = await server.request('GET', '/v1/me', { token: session.body.token });
    expect(me.body).toMatchObject({
      kind: 'user',
      workspaceId: ws.workspaceId,
      role: 'admin',
      user: { email: `ada@${ws.workspaceId}.test` },
    });
    const out = await server.request('DELETE', '/v1/sessions/current', { token: session.body.token });
    expect(out.status).toBe(204);
    expect((await server.request('GET', '/v1/me', { token: session.body.token })).status).toBe(401);
  });

  it('lists every workspace where the same email and password sign in', async () => {
    await server.request('POST', '/v1/workspaces', {
      token: server.adminToken,
      body: { id: 'initech', name: 'Initech' },
    });
    await server.request('POST', '/v1/workspaces/initech/users', {
      token: server.adminToken,
      body: { name: 'Ada', email: `ada@${ws.workspaceId}.test`, role: 'agent', password: 'correct horse' },
    });
    const session = await server.request('POST', '/v1/sessions', {
      body: { email: `ada@${ws.workspaceId}.test`, password: 'correct horse', workspaceId: 'initech' },
    });
    expect(session.body.workspaceId).toBe('initech');
    expect(session.body.workspaces.map((w: { id: string }) => w.id).sort()).toEqual(
      [ws.workspaceId, 'initech'].sort(),
    );
    // Each listed workspace comes with its own session: the switcher needs no second log-in.
    for (const workspace of session.body.workspaces) {
      const me = await server.request('GET', '/v1/me', { token: workspace.token });
      expect(me.body).toMatchObject({ kind: 'user', workspaceId: workspace.id });
    }
    expect(session.body.token).toBe(
      session.body.workspaces.find((w: { id: string }) => w.id === 'initech').token,
    );
  });

  it('a wrong password is 401 with no hint which part was wrong', async () => {
    const wrong = await server.request('POST', '/v1/sessions', {
      body: { email: `ada@${ws.workspaceId}.test`, password: 'nope' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe('email or password is wrong');
    const unknown = await server.request('POST', '/v1/sessions', {
      body: { email: `nobody@${ws.workspaceId}.test`, password: 'nope' },
    });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('a user sets their own password; an admin sets anyone’s; an agent not someone else’s', async () => {
    const own = await server.request('PUT', `/v1/workspaces/${ws.workspaceId}/users/u_agent/password`, {
      token: ws.tokens.agent,
      body: { password: 'a new secret' },
    });
    expect(own.status).toBe(204);
    const relogin = await server.request('POST', '/v1/sessions', {
      body: { email: `alex@${ws.workspaceId}.test`, password: 'a new secret' },
    });
    expect(relogin.status).toBe(201);
    const other = await server.request('PUT', `/v1/workspaces/${ws.workspaceId}/users/u_sup/password`, {
      token: ws.tokens.agent,
      body: { password: 'a new secret' },
    });
    expect(other.status).toBe(403);
    const short = await server.request('PUT', `/v1/workspaces/${ws.workspaceId}/users/u_sup/password`, {
      token: ws.tokens.admin,
      body: { password: 'short' },
    });
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('password');
  });
});

describe('users API, the rest of the routes', () => {
  it('W8: an admin adds a user, assigned to every number; changes and removes them', async () => {
    await server.request('POST', `/v1/workspaces/${ws.workspaceId}/numbers`, {
      token: ws.tokens.admin,
      body: { id: 'n1', e164: '+34911234567', kind: 'rented' },
    });
    await expectGuarded(server, ws, {
      method: 'POST',
      path: '/users',
      body: { name: 'Eve', email: `eve@${ws.workspaceId}.test` },
      role: 'admin',
    });
    const created = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/users`, {
      token: ws.tokens.admin,
      body: {
        id: 'u_eve',
        name: 'Eve',
        email: `eve@${ws.workspaceId}.test`,
        extension: '205',
        mobile: '+34 612 000 205',
        capacity: { chat: 4 },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      numberIds: ['n1'],
      mobile: '+34612000205',
      capacity: { voice: 1, chat: 4 },
      presence: 'offline',
    });
    await expectGuarded(server, ws, {
      method: 'PATCH',
      path: '/users/u_eve',
      body: { name: 'Eva' },
      role: 'admin',
    });
    const changed = await server.request('PATCH', `/v1/workspaces/${ws.workspaceId}/users/u_eve`, {
      token: ws.tokens.admin,
      body: { name: 'Eva', extension: null },
    });
    expect(changed.body.name).toBe('Eva');
    expect(changed.body.extension).toBeUndefined();
    await expectGuarded(server, ws, { method: 'DELETE', path: '/users/u_eve', role: 'admin' });
    expect(
      (
        await server.request('DELETE', `/v1/workspaces/${ws.workspaceId}/users/u_eve`, {
          token: ws.tokens.admin,
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await server.request('GET', `/v1/workspaces/${ws.workspaceId}/users/u_eve`, {
          token: ws.tokens.admin,
        })
      ).status,
    ).toBe(404);
  });

  it('refuses a duplicate email and extension naming the field', async () => {
    const email = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/users`, {
      token: ws.tokens.admin,
      body: { name: 'Copy', email: `alex@${ws.workspaceId}.test` },
    });
    expect(email.status).toBe(409);
    expect(email.body.error.field).toBe('email');
    await expectInvalid(
      server,
      ws,
      { method: 'POST', path: '/users', body: { name: 'X', email: 'not-an-email' } },
      'email',
    );
  });
});
