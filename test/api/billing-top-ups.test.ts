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

const url = (path = '') => `/v1/workspaces/${ws.workspaceId}/billing${path}`;
const topUp = (amountCents: number) =>
  server.request('POST', url('/top-ups'), { token: ws.tokens.admin, body: { amountCents } });

describe('GET /billing/top-ups', () => {
  it('W7: lists the credit added, newest first, with the balance after each; setting the balance is no top-up', async () => {
    await topUp(2000);
    await server.request('PATCH', url(), {
      token: ws.tokens.admin,
      body: { balanceCents: 100, currency: 'usd' },
    });
    await server.request('POST', '/v1/clock/advance', { token: server.adminToken, body: { ms: 60_000 } });
    await topUp(550);
    const response = await server.request('GET', url('/top-ups'), { token: ws.tokens.supervisor });
    expect(response.status).toBe(200);
    expect(response.body.items).toMatchObject([
      { amountCents: 550, balanceCents: 650, currency: 'USD' },
      { amountCents: 2000, balanceCents: 2000, currency: 'EUR' },
    ]);
    const [latest, first] = response.body.items;
    expect(Date.parse(latest.at)).toBeGreaterThan(Date.parse(first.at));
    expect(latest.seq).toBeGreaterThan(first.seq);
  });

  it('answers an empty list before any top-up, and honours limit', async () => {
    expect((await server.request('GET', url('/top-ups'), { token: ws.tokens.admin })).body).toEqual({
      items: [],
    });
    await topUp(100);
    await topUp(200);
    const limited = await server.request('GET', url('/top-ups?limit=1'), { token: ws.tokens.admin });
    expect(limited.body.items).toMatchObject([{ amountCents: 200, balanceCents: 300 }]);
  });

  it('keeps the access rules', async () => {
    await expectGuarded(server, ws, { method: 'GET', path: '/billing/top-ups', role: 'supervisor' });
  });

  it('refuses an unknown query field or a bad limit (400)', async () => {
    await expectInvalid(server, ws, { method: 'GET', path: '/billing/top-ups?amount=1' }, 'amount');
    await expectInvalid(server, ws, { method: 'GET', path: '/billing/top-ups?limit=0' }, 'limit');
  });
});
