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
  await server.runtime.execute(ws.workspaceId, {
    type: 'department.create',
    departmentId: 'd_sales',
    name: 'Sales',
    memberIds: ['u_agent', 'u_sup'],
  });
});
afterAll(async () => server.close());

const url = (path = '') => `/v1/workspaces/${ws.workspaceId}/departments${path}`;
const get = (path = '') => server.request('GET', url(path), { token: ws.tokens.admin });

describe('departments API', () => {
  describe('GET /departments', () => {
    it('C2: lists each department with its member count and how many are online, for agents too', async () => {
      await server.request('POST', url(), {
        token: ws.tokens.admin,
        body: { id: 'd_support', name: 'Support' },
      });
      await server.request('PUT', `/v1/workspaces/${ws.workspaceId}/users/u_agent/presence`, {
        token: ws.tokens.agent,
        body: { presence: 'online' },
      });
      const response = await server.request('GET', url(), { token: ws.tokens.agent });
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        { id: 'd_sales', name: 'Sales', memberIds: ['u_agent', 'u_sup'], memberCount: 2, onlineCount: 1 },
        { id: 'd_support', name: 'Support', memberIds: [], memberCount: 0, onlineCount: 0 },
      ]);
    });

    it('C2: searches departments by name', async () => {
      await server.request('POST', url(), {
        token: ws.tokens.admin,
        body: { id: 'd_support', name: 'Customer Support' },
      });
      const response = await server.request('GET', url('?search=supp'), { token: ws.tokens.agent });
      expect(response.body.items.map((d: { id: string }) => d.id)).toEqual(['d_support']);
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'GET', path: '/departments', role: 'agent' });
    });

    it('refuses an unknown query field (400)', async () => {
      await expectInvalid(server, ws, { method: 'GET', path: '/departments?colour=red' }, 'colour');
    });
  });

  describe('POST /departments', () => {
    it('adds a department with members (admin)', async () => {
      const response = await server.request('POST', url(), {
        token: ws.tokens.admin,
        body: { name: '  Billing ', memberIds: ['u_agent'] },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        name: 'Billing',
        memberIds: ['u_agent'],
        memberCount: 1,
        onlineCount: 0,
      });
      expect((await get(`/${response.body.id}`)).body.name).toBe('Billing');
      const user = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/users/u_agent`, {
        token: ws.tokens.admin,
      });
      expect(user.body.departmentIds).toEqual(['d_sales', response.body.id]);
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, {
        method: 'POST',
        path: '/departments',
        body: { name: 'Billing' },
        role: 'admin',
      });
    });

    it('refuses an empty name or a malformed member id, naming the field, and adds nothing', async () => {
      await expectInvalid(server, ws, { method: 'POST', path: '/departments', body: { name: '' } }, 'name');
      await expectInvalid(
        server,
        ws,
        { method: 'POST', path: '/departments', body: { name: '   ' } },
        'name',
      );
      await expectInvalid(
        server,
        ws,
        { method: 'POST', path: '/departments', body: { name: 'Billing', memberIds: ['u agent'] } },
        'memberIds[0]',
      );
      expect((await get()).body.items.map((d: { id: string }) => d.id)).toEqual(['d_sales']);
    });

    it('refuses a duplicate name (409) and an unknown member (404), naming the field', async () => {
      const duplicate = await server.request('POST', url(), {
        token: ws.tokens.admin,
        body: { name: 'sales' },
      });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.error.field).toBe('name');
      const unknown = await server.request('POST', url(), {
        token: ws.tokens.admin,
        body: { name: 'Billing', memberIds: ['u_ghost'] },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.field).toBe('memberIds');
      expect((await get()).body.items).toHaveLength(1);
    });
  });

  describe('GET /departments/:id', () => {
    it('returns one department to an agent', async () => {
      const response = await server.request('GET', url('/d_sales'), { token: ws.tokens.agent });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: 'd_sales', name: 'Sales', memberCount: 2 });
    });

    it('answers 404 for a department that does not exist', async () => {
      const response = await get('/d_ghost');
      expect(response.status).toBe(404);
      expect(response.body.error.field).toBe('departmentId');
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'GET', path: '/departments/d_sales', role: 'agent' });
    });

    it('refuses a malformed id (400)', async () => {
      await expectInvalid(server, ws, { method: 'GET', path: '/departments/bad%20id' }, 'departmentId');
    });
  });

  describe('PATCH /departments/:id', () => {
    it('renames a department and sets its members (admin)', async () => {
      const response = await server.request('PATCH', url('/d_sales'), {
        token: ws.tokens.admin,
        body: { name: 'Inside Sales', memberIds: ['u_admin'] },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ name: 'Inside Sales', memberIds: ['u_admin'], memberCount: 1 });
      expect((await get('/d_sales')).body.memberIds).toEqual(['u_admin']);
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, {
        method: 'PATCH',
        path: '/departments/d_sales',
        body: { name: 'Inside Sales' },
        role: 'admin',
      });
    });

    it('refuses a bad name or an unknown field, naming it, and changes nothing', async () => {
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/departments/d_sales', body: { name: ' ' } },
        'name',
      );
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/departments/d_sales', body: { colour: 'red' } },
        'colour',
      );
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/departments/d_sales', body: { name: 'x'.repeat(201) } },
        'name',
      );
      expect((await get('/d_sales')).body).toMatchObject({ name: 'Sales', memberIds: ['u_agent', 'u_sup'] });
    });
  });

  describe('DELETE /departments/:id', () => {
    it('removes a department (admin); its members stay users', async () => {
      const response = await server.request('DELETE', url('/d_sales'), { token: ws.tokens.admin });
      expect(response.status).toBe(204);
      expect((await get('/d_sales')).status).toBe(404);
      const user = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/users/u_agent`, {
        token: ws.tokens.admin,
      });
      expect(user.body.departmentIds).toEqual([]);
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'DELETE', path: '/departments/d_sales', role: 'admin' });
      expect((await get('/d_sales')).status).toBe(200);
    });

    it('refuses a malformed id (400) and removes nothing', async () => {
      await expectInvalid(server, ws, { method: 'DELETE', path: '/departments/bad%20id' }, 'departmentId');
      expect((await get()).body.items).toHaveLength(1);
    });
  });
});
