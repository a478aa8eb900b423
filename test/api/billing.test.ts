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
const get = () => server.request('GET', url(), { token: ws.tokens.admin });
const fresh = { balanceCents: 0, currency: 'EUR', sipLicence: false };

describe('billing API', () => {
  describe('GET /billing', () => {
    it('W7: shows the balance and SIP licence to a supervisor', async () => {
      const response = await server.request('GET', url(), { token: ws.tokens.supervisor });
      expect(response.status).toBe(200);
      expect(response.body).toEqual(fresh);
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'GET', path: '/billing', role: 'supervisor' });
    });

    it('refuses an unknown query field (400)', async () => {
      await expectInvalid(server, ws, { method: 'GET', path: '/billing?currency=USD' }, 'currency');
    });
  });

  describe('PATCH /billing', () => {
    it('W7: sets the balance, currency and SIP licence (admin)', async () => {
      const response = await server.request('PATCH', url(), {
        token: ws.tokens.admin,
        body: { balanceCents: 2500, currency: 'usd', sipLicence: true },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ balanceCents: 2500, currency: 'USD', sipLicence: true });
      expect((await get()).body).toEqual({ balanceCents: 2500, currency: 'USD', sipLicence: true });
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, {
        method: 'PATCH',
        path: '/billing',
        body: { sipLicence: true },
        role: 'admin',
      });
    });

    it('refuses a negative balance, a bad currency or an unknown field, naming it, and changes nothing', async () => {
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/billing', body: { balanceCents: -1 } },
        'balanceCents',
      );
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/billing', body: { balanceCents: 1.5 } },
        'balanceCents',
      );
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/billing', body: { currency: 'E1R' } },
        'currency',
      );
      await expectInvalid(server, ws, { method: 'PATCH', path: '/billing', body: { credit: 5 } }, 'credit');
      expect((await get()).body).toEqual(fresh);
    });
  });

  describe('POST /billing/top-ups', () => {
    it('W7: adds credit to the balance (admin)', async () => {
      await server.request('PATCH', url(), { token: ws.tokens.admin, body: { balanceCents: 100 } });
      const response = await server.request('POST', url('/top-ups'), {
        token: ws.tokens.admin,
        body: { amountCents: 5000 },
      });
      expect(response.status).toBe(200);
      expect(response.body.balanceCents).toBe(5100);
      expect((await get()).body.balanceCents).toBe(5100);
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, {
        method: 'POST',
        path: '/billing/top-ups',
        body: { amountCents: 100 },
        role: 'admin',
      });
    });

    it('refuses a missing, zero or fractional amount, naming amountCents, and changes nothing', async () => {
      await expectInvalid(server, ws, { method: 'POST', path: '/billing/top-ups', body: {} }, 'amountCents');
      await expectInvalid(
        server,
        ws,
        { method: 'POST', path: '/billing/top-ups', body: { amountCents: 0 } },
        'amountCents',
      );
      await expectInvalid(
        server,
        ws,
        { method: 'POST', path: '/billing/top-ups', body: { amountCents: 9.99 } },
        'amountCents',
      );
      expect((await get()).body.balanceCents).toBe(0);
    });
  });
});
