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
  // One number for everyone (W8 default) and one for the supervisor only.
  await server.runtime.execute(ws.workspaceId, {
    type: 'number.add',
    numberId: 'n_main',
    e164: '+34911234567',
    kind: 'rented',
  });
  await server.runtime.execute(ws.workspaceId, {
    type: 'number.add',
    numberId: 'n_vip',
    e164: '+34933456789',
    kind: 'sip',
    label: 'VIP line',
    assignedUserIds: ['u_sup'],
  });
});
afterAll(async () => server.close());

const url = (path = '') => `/v1/workspaces/${ws.workspaceId}/numbers${path}`;
const get = (path = '') => server.request('GET', url(path), { token: ws.tokens.admin });
const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

describe('numbers API', () => {
  describe('GET /numbers', () => {
    it('W8: shows supervisors and admins every number, and an agent only their assigned ones', async () => {
      const all = await server.request('GET', url(), { token: ws.tokens.supervisor });
      expect(all.status).toBe(200);
      expect(ids(all.body.items)).toEqual(['n_main', 'n_vip']);
      expect(all.body.items[1]).toEqual({
        id: 'n_vip',
        e164: '+34933456789',
        kind: 'sip',
        label: 'VIP line',
        assignedUserIds: ['u_sup'],
      });
      const own = await server.request('GET', url(), { token: ws.tokens.agent });
      expect(ids(own.body.items)).toEqual(['n_main']);
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'GET', path: '/numbers', role: 'agent' });
    });

    it('refuses an unknown query field (400)', async () => {
      await expectInvalid(server, ws, { method: 'GET', path: '/numbers?kind=sip' }, 'kind');
    });
  });

  describe('POST /numbers', () => {
    it('W6, W8: normalises the number and assigns a new number to every user', async () => {
      const response = await server.request('POST', url(), {
        token: ws.tokens.admin,
        body: { id: 'n_new', e164: '+34 911 234 568', kind: 'rented' },
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: 'n_new',
        e164: '+34911234568',
        kind: 'rented',
        label: '+34911234568',
        assignedUserIds: ['u_admin', 'u_sup', 'u_agent'],
      });
      const agent = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/users/u_agent`, {
        token: ws.tokens.agent,
      });
      expect(agent.body.numberIds).toEqual(['n_main', 'n_new']);
    });

    it('W8: a newly added user is assigned to every number', async () => {
      const created = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/users`, {
        token: ws.tokens.admin,
        body: { id: 'u_new', name: 'Nora New', email: 'nora@acme.test' },
      });
      expect(created.status).toBe(201);
      expect(created.body.numberIds).toEqual(['n_main', 'n_vip']);
      for (const number of (await get()).body.items) expect(number.assignedUserIds).toContain('u_new');
    });

    it('assigns a new number to the users named, when named', async () => {
      const response = await server.request('POST', url(), {
        token: ws.tokens.admin,
        body: { e164: '+442071838750', kind: 'sip', label: 'London', assignedUserIds: ['u_agent'] },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ kind: 'sip', label: 'London', assignedUserIds: ['u_agent'] });
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, {
        method: 'POST',
        path: '/numbers',
        body: { e164: '+34911234568', kind: 'rented' },
        role: 'admin',
      });
    });

    it('W6: refuses a number not in international format, saying why, and adds nothing', async () => {
      const error = await expectInvalid(
        server,
        ws,
        { method: 'POST', path: '/numbers', body: { e164: '600 12 34 56', kind: 'rented' } },
        'e164',
      );
      expect(error.message).toContain('international format');
      expect((await get()).body.items).toHaveLength(2);
    });

    it('W7: refuses an unknown kind and a missing number, naming the field, and adds nothing', async () => {
      await expectInvalid(
        server,
        ws,
        { method: 'POST', path: '/numbers', body: { e164: '+34911234568', kind: 'voip' } },
        'kind',
      );
      await expectInvalid(server, ws, { method: 'POST', path: '/numbers', body: { kind: 'rented' } }, 'e164');
      expect((await get()).body.items).toHaveLength(2);
    });

    it('refuses a number the workspace already has (409)', async () => {
      const response = await server.request('POST', url(), {
        token: ws.tokens.admin,
        body: { e164: '+34 911 23 45 67', kind: 'rented' },
      });
      expect(response.status).toBe(409);
      expect(response.body.error.field).toBe('e164');
    });
  });

  describe('GET /numbers/:id', () => {
    it('returns an assigned number to an agent, and refuses one they are not assigned to', async () => {
      const own = await server.request('GET', url('/n_main'), { token: ws.tokens.agent });
      expect(own.status).toBe(200);
      expect(own.body.e164).toBe('+34911234567');
      const other = await server.request('GET', url('/n_vip'), { token: ws.tokens.agent });
      expect(other.status).toBe(403);
      expect((await server.request('GET', url('/n_vip'), { token: ws.tokens.supervisor })).status).toBe(200);
    });

    it('answers 404 for a number that does not exist', async () => {
      const response = await get('/n_ghost');
      expect(response.status).toBe(404);
      expect(response.body.error.field).toBe('numberId');
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'GET', path: '/numbers/n_main', role: 'agent' });
    });

    it('refuses a malformed id (400)', async () => {
      await expectInvalid(server, ws, { method: 'GET', path: '/numbers/n%2Fmain' }, 'numberId');
    });
  });

  describe('PATCH /numbers/:id', () => {
    it('changes the label, kind and assigned users (admin)', async () => {
      const response = await server.request('PATCH', url('/n_main'), {
        token: ws.tokens.admin,
        body: { label: 'Main line', kind: 'sip', assignedUserIds: ['u_agent', 'u_agent'] },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ label: 'Main line', kind: 'sip', assignedUserIds: ['u_agent'] });
      expect((await get('/n_main')).body.label).toBe('Main line');
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, {
        method: 'PATCH',
        path: '/numbers/n_main',
        body: { label: 'x' },
        role: 'admin',
      });
    });

    it('refuses a bad kind, an unknown field or an unknown user, naming the field, and changes nothing', async () => {
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/numbers/n_main', body: { kind: 'pots' } },
        'kind',
      );
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/numbers/n_main', body: { e164: '+34911234568' } },
        'e164',
      );
      const unknown = await server.request('PATCH', url('/n_main'), {
        token: ws.tokens.admin,
        body: { label: 'Main line', assignedUserIds: ['u_ghost'] },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.field).toBe('assignedUserIds');
      expect((await get('/n_main')).body).toMatchObject({
        label: '+34911234567',
        kind: 'rented',
        assignedUserIds: ['u_admin', 'u_sup', 'u_agent'],
      });
    });
  });

  describe('PUT /numbers/:id/assigned-users', () => {
    it('W8: sets who may use a number; an unassigned agent no longer sees it', async () => {
      const response = await server.request('PUT', url('/n_main/assigned-users'), {
        token: ws.tokens.admin,
        body: { userIds: ['u_sup'] },
      });
      expect(response.status).toBe(200);
      expect(response.body.assignedUserIds).toEqual(['u_sup']);
      expect((await server.request('GET', url(), { token: ws.tokens.agent })).body.items).toEqual([]);
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, {
        method: 'PUT',
        path: '/numbers/n_main/assigned-users',
        body: { userIds: [] },
        role: 'admin',
      });
    });

    it('refuses a missing list or an unknown user, naming userIds, and changes nothing', async () => {
      await expectInvalid(
        server,
        ws,
        { method: 'PUT', path: '/numbers/n_main/assigned-users', body: {} },
        'userIds',
      );
      const unknown = await server.request('PUT', url('/n_main/assigned-users'), {
        token: ws.tokens.admin,
        body: { userIds: ['u_ghost'] },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.field).toBe('userIds');
      expect((await get('/n_main')).body.assignedUserIds).toEqual(['u_admin', 'u_sup', 'u_agent']);
    });
  });

  describe('DELETE /numbers/:id', () => {
    it('removes a number (admin), and users lose it', async () => {
      const response = await server.request('DELETE', url('/n_main'), { token: ws.tokens.admin });
      expect(response.status).toBe(204);
      expect((await get('/n_main')).status).toBe(404);
      const agent = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/users/u_agent`, {
        token: ws.tokens.agent,
      });
      expect(agent.body.numberIds).toEqual([]);
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'DELETE', path: '/numbers/n_main', role: 'admin' });
      expect((await get('/n_main')).status).toBe(200);
    });

    it('refuses a malformed id (400) and removes nothing', async () => {
      await expectInvalid(server, ws, { method: 'DELETE', path: '/numbers/n%20main' }, 'numberId');
      expect((await get()).body.items).toHaveLength(2);
    });
  });

  describe('PATCH /numbers/:id/settings', () => {
    // Read inside each test: the workspace is fresh per test.
    const settingsUrl = () => url('/n_main/settings');
    const hours = {
      timeZone: 'Europe/Madrid',
      weekly: { mon: [{ start: '09:00', end: '14:00' }] },
      holidays: ['01-06'],
      closures: [],
    };

    it('V3: keeps the names of holidays with the hours', async () => {
      const saved = await server.request('PATCH', settingsUrl(), {
        token: ws.tokens.admin,
        body: { hours: { ...hours, holidayNames: { '01-06': 'Reyes' } } },
      });
      expect(saved.status).toBe(200);
      expect(saved.body.hours.holidayNames).toEqual({ '01-06': 'Reyes' });
      const read = await server.request('GET', settingsUrl(), { token: ws.tokens.admin });
      expect(read.body.hours).toEqual({ ...hours, holidayNames: { '01-06': 'Reyes' } });
    });

    it('refuses a name for a holiday not in the list, naming it, and changes nothing', async () => {
      const refused = await server.request('PATCH', settingsUrl(), {
        token: ws.tokens.admin,
        body: { hours: { ...hours, holidayNames: { '12-25': 'Navidad' } } },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.field).toBe('hours.holidayNames.12-25');
      const read = await server.request('GET', settingsUrl(), { token: ws.tokens.admin });
      expect(read.body.hours).toBeUndefined();
    });
  });
});
