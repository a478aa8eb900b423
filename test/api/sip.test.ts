import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

describe("SIP API: trunk and agents' SIP accounts (S2, S5, W7)", () => {
  let server: TestServer;
  let admin: string;
  let agent: string;

  beforeAll(async () => {
    server = await startTestServer();
    const seeded = await seedWorkspace(server);
    admin = seeded.tokens.admin;
    agent = seeded.tokens.agent;
  });
  afterAll(() => server.close());

  it('an admin sets the trunk; a malformed source is refused naming its field and changes nothing; agents may not', async () => {
    const trunk = {
      allowedSources: ['203.0.113.10', '198.51.100.0/24'],
      outbound: { host: 'sip.carrier.example', port: 5060, transport: 'udp' },
    };
    expect(
      (await server.request('PUT', '/v1/workspaces/acme/sip/trunk', { token: admin, body: trunk })).body,
    ).toEqual(trunk);
    const bad = await server.request('PUT', '/v1/workspaces/acme/sip/trunk', {
      token: admin,
      body: { allowedSources: ['203.0.113.10', 'not-an-address'] },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('trunk.allowedSources[1]');
    expect((await server.request('GET', '/v1/workspaces/acme/sip/trunk', { token: admin })).body).toEqual(
      trunk,
    );
    expect(
      (await server.request('PUT', '/v1/workspaces/acme/sip/trunk', { token: agent, body: trunk })).status,
    ).toBe(403);
  });

  it('a SIP password goes in and never comes out: neither the account, the user nor its history shows a hash', async () => {
    const set = await server.request('PUT', '/v1/workspaces/acme/users/u_agent/sip', {
      token: admin,
      body: { username: 'alex', password: 'sip-secret-123' },
    });
    expect(set.body).toEqual({ username: 'alex', realm: 'switchboard', registered: false, devices: [] });
    const history = await server.request('GET', '/v1/workspaces/acme/history/user/u_agent', { token: admin });
    const text = JSON.stringify([
      history.body,
      set.body,
      (await server.request('GET', '/v1/workspaces/acme/users/u_agent', { token: admin })).body,
    ]);
    expect(history.body.items.some((item: { type: string }) => item.type === 'sip.account_set')).toBe(true);
    expect(text).not.toMatch(/sip-secret-123|ha1|[0-9a-f]{32}/);
  });

  it('the trunk’s history shows what was saved, as GET …/sip/trunk answers it (issue 17 residue 1)', async () => {
    const history = await server.request('GET', '/v1/workspaces/acme/history/workspace/-', { token: admin });
    const saved = history.body.items.filter((item: { type: string }) => item.type === 'sip.trunk_configured');
    expect(saved.at(-1)).toMatchObject({
      version: 2,
      data: { trunk: { allowedSources: ['203.0.113.10', '198.51.100.0/24'] } },
    });
    expect(JSON.stringify(saved)).not.toContain('password');
  });

  it('a SIP username belongs to one user of the workspace; a short password is refused', async () => {
    const taken = await server.request('PUT', '/v1/workspaces/acme/users/u_sup/sip', {
      token: admin,
      body: { username: 'alex', password: 'another-secret-1' },
    });
    expect(taken.status).toBe(409);
    const short = await server.request('PUT', '/v1/workspaces/acme/users/u_sup/sip', {
      token: admin,
      body: { username: 'sam', password: 'short' },
    });
    expect(short.status).toBe(400);
  });
});
