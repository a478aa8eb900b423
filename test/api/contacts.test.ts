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
    type: 'contact.create',
    contactId: 'ct_lucia',
    name: 'Lucía Fernández',
    company: 'Globex',
    phones: ['+34600111222'],
    responsibleUserId: 'u_agent',
  });
  await server.runtime.execute(ws.workspaceId, {
    type: 'contact.create',
    contactId: 'ct_bob',
    name: 'Bob Stone',
    phones: ['+442071838750'],
  });
});
afterAll(async () => server.close());

const url = (path = '') => `/v1/workspaces/${ws.workspaceId}/contacts${path}`;
const get = (path = '') => server.request('GET', url(path), { token: ws.tokens.admin });
const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

describe('contacts API', () => {
  describe('GET /contacts', () => {
    it('lets an agent list contacts, sorted by name', async () => {
      const response = await server.request('GET', url(), { token: ws.tokens.agent });
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        { id: 'ct_bob', name: 'Bob Stone', phones: ['+442071838750'] },
        {
          id: 'ct_lucia',
          name: 'Lucía Fernández',
          company: 'Globex',
          phones: ['+34600111222'],
          responsibleUserId: 'u_agent',
        },
      ]);
    });

    it('searches by name (accent-insensitive), company and part of a phone number', async () => {
      const search = async (text: string) =>
        ids(
          (
            await server.request('GET', url(`?search=${encodeURIComponent(text)}`), {
              token: ws.tokens.agent,
            })
          ).body.items,
        );
      expect(await search('fernandez')).toEqual(['ct_lucia']);
      expect(await search('glob')).toEqual(['ct_lucia']);
      expect(await search('600 111')).toEqual(['ct_lucia']);
      expect(await search('2071')).toEqual(['ct_bob']);
      expect(await search('zzz')).toEqual([]);
    });

    it('V12: looks a caller up by exact phone, normalised to E.164 with the workspace country', async () => {
      const exact = await server.request('GET', url(`?phone=${encodeURIComponent('+34 600 11 12 22')}`), {
        token: ws.tokens.agent,
      });
      expect(ids(exact.body.items)).toEqual(['ct_lucia']);
      await server.request('PATCH', `/v1/workspaces/${ws.workspaceId}`, {
        token: ws.tokens.admin,
        body: { defaultCountry: 'ES' },
      });
      const national = await server.request('GET', url('?phone=600111222'), { token: ws.tokens.agent });
      expect(ids(national.body.items)).toEqual(['ct_lucia']);
      const unknown = await server.request('GET', url('?phone=600111333'), { token: ws.tokens.agent });
      expect(unknown.body.items).toEqual([]);
    });

    it('W6: refuses a phone look-up that is not a phone number, saying why', async () => {
      const error = await expectInvalid(
        server,
        ws,
        { method: 'GET', path: '/contacts?phone=600111222' },
        'phone',
      );
      expect(error.message).toContain('international format');
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'GET', path: '/contacts', role: 'agent' });
    });
  });

  describe('POST /contacts', () => {
    it('adds a contact with normalised phones (supervisor)', async () => {
      const response = await server.request('POST', url(), {
        token: ws.tokens.supervisor,
        body: { id: 'ct_new', name: 'Marta Ruiz', company: ' Initech ', phones: ['+34 600 111 333'] },
      });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: 'ct_new',
        name: 'Marta Ruiz',
        company: 'Initech',
        phones: ['+34600111333'],
      });
      expect((await get('/ct_new')).body.name).toBe('Marta Ruiz');
    });

    it('keeps the access rules: agents read only', async () => {
      await expectGuarded(server, ws, {
        method: 'POST',
        path: '/contacts',
        body: { name: 'Marta' },
        role: 'supervisor',
      });
    });

    it('W6: refuses a phone not in international format, naming it, and adds nothing', async () => {
      const error = await expectInvalid(
        server,
        ws,
        {
          method: 'POST',
          path: '/contacts',
          body: { name: 'Marta', phones: ['+34600111333', '600 111 444'] },
        },
        'phones[1]',
      );
      expect(error.message).toContain('international format');
      await expectInvalid(server, ws, { method: 'POST', path: '/contacts', body: { phones: [] } }, 'name');
      expect((await get()).body.items).toHaveLength(2);
    });

    it('refuses a phone that belongs to another contact (409)', async () => {
      const response = await server.request('POST', url(), {
        token: ws.tokens.admin,
        body: { name: 'Copy', phones: ['+34600111222'] },
      });
      expect(response.status).toBe(409);
      expect(response.body.error.field).toBe('phones');
    });
  });

  describe('GET /contacts/:id', () => {
    it('returns one contact to an agent', async () => {
      const response = await server.request('GET', url('/ct_lucia'), { token: ws.tokens.agent });
      expect(response.status).toBe(200);
      expect(response.body.responsibleUserId).toBe('u_agent');
    });

    it('answers 404 for a contact that does not exist', async () => {
      const response = await get('/ct_ghost');
      expect(response.status).toBe(404);
      expect(response.body.error.field).toBe('contactId');
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'GET', path: '/contacts/ct_lucia', role: 'agent' });
    });

    it('refuses a malformed id (400)', async () => {
      await expectInvalid(server, ws, { method: 'GET', path: '/contacts/ct%20lucia' }, 'contactId');
    });
  });

  describe('PATCH /contacts/:id', () => {
    it('changes a contact and clears fields with null (supervisor)', async () => {
      const response = await server.request('PATCH', url('/ct_lucia'), {
        token: ws.tokens.supervisor,
        body: { company: null, responsibleUserId: 'u_sup', phones: ['+34600111222', '+34600111333'] },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        id: 'ct_lucia',
        name: 'Lucía Fernández',
        phones: ['+34600111222', '+34600111333'],
        responsibleUserId: 'u_sup',
      });
      const cleared = await server.request('PATCH', url('/ct_lucia'), {
        token: ws.tokens.supervisor,
        body: { responsibleUserId: null },
      });
      expect(cleared.body.responsibleUserId).toBeUndefined();
    });

    it('keeps the access rules: agents read only', async () => {
      await expectGuarded(server, ws, {
        method: 'PATCH',
        path: '/contacts/ct_lucia',
        body: { name: 'L' },
        role: 'supervisor',
      });
    });

    it('refuses a bad phone, an empty name or an unknown field, naming it, and changes nothing', async () => {
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/contacts/ct_lucia', body: { phones: ['hello'] } },
        'phones[0]',
      );
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/contacts/ct_lucia', body: { name: '  ' } },
        'name',
      );
      await expectInvalid(
        server,
        ws,
        { method: 'PATCH', path: '/contacts/ct_lucia', body: { email: 'l@x.test' } },
        'email',
      );
      const unknown = await server.request('PATCH', url('/ct_lucia'), {
        token: ws.tokens.admin,
        body: { responsibleUserId: 'u_ghost' },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.field).toBe('responsibleUserId');
      expect((await get('/ct_lucia')).body).toMatchObject({
        name: 'Lucía Fernández',
        phones: ['+34600111222'],
        responsibleUserId: 'u_agent',
      });
    });
  });

  describe('DELETE /contacts/:id', () => {
    it('removes a contact (supervisor); its phone is no longer known', async () => {
      const response = await server.request('DELETE', url('/ct_lucia'), { token: ws.tokens.supervisor });
      expect(response.status).toBe(204);
      expect((await get('/ct_lucia')).status).toBe(404);
      expect((await get('?phone=%2B34600111222')).body.items).toEqual([]);
    });

    it('keeps the access rules: agents read only', async () => {
      await expectGuarded(server, ws, { method: 'DELETE', path: '/contacts/ct_lucia', role: 'supervisor' });
      expect((await get('/ct_lucia')).status).toBe(200);
    });

    it('refuses a malformed id (400) and removes nothing', async () => {
      await expectInvalid(server, ws, { method: 'DELETE', path: '/contacts/ct%20lucia' }, 'contactId');
      expect((await get()).body.items).toHaveLength(2);
    });
  });
});
