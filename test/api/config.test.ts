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

/** The seeded workspace as a spec, plus departments, a number, a contact and billing. */
const spec = () => ({
  workspace: {
    id: ws.workspaceId,
    name: 'Acme',
    plan: 'business',
    timeZone: 'Europe/Madrid',
    defaultCountry: 'ES',
  },
  departments: [{ id: 'sales', name: 'Sales' }],
  users: [
    { id: 'u_admin', name: 'Ada Admin', email: `ada@${ws.workspaceId}.test`, role: 'admin' },
    {
      id: 'u_sup',
      name: 'Sam Supervisor',
      email: `sam@${ws.workspaceId}.test`,
      role: 'supervisor',
      departments: ['sales'],
    },
    {
      id: 'u_agent',
      name: 'Alex Agent',
      email: `alex@${ws.workspaceId}.test`,
      extension: '201',
      mobile: '600 111 222',
      departments: ['sales'],
    },
    { id: 'u_new', name: 'Nia New', email: `nia@${ws.workspaceId}.test`, password: 'new-password' },
  ],
  numbers: [{ id: 'n_main', e164: '+34 911 234 567', kind: 'rented', label: 'Main line' }],
  contacts: [
    { id: 'c_globex', name: 'Gloria', company: 'Globex', phones: ['699 000 111'], responsible: 'u_agent' },
  ],
  billing: { balanceCents: 2500, sipLicence: false },
});

/** A spec with voice and chat settings, written as export writes it (E.164, defaults left out), so GET returns it as is. */
const voiceSpec = () => ({
  version: 1,
  workspace: {
    id: ws.workspaceId,
    name: 'Acme',
    plan: 'business',
    timeZone: 'Europe/Madrid',
    defaultCountry: 'ES',
    missedOfferPolicy: { after: 3, presence: 'pause' },
  },
  departments: [{ id: 'sales', name: 'Sales', chat: { strategy: 'round_robin', onAgentOffline: 'keep' } }],
  users: [
    {
      id: 'u_admin',
      name: 'Ada Admin',
      email: `ada@${ws.workspaceId}.test`,
      role: 'admin',
      capacity: { voice: 1, chat: 10 },
    },
    {
      id: 'u_agent',
      name: 'Alex Agent',
      email: `alex@${ws.workspaceId}.test`,
      role: 'agent',
      extension: '201',
      mobile: '+34600111222',
      capacity: { voice: 1, chat: 10 },
      departments: ['sales'],
    },
    {
      id: 'u_sup',
      name: 'Sam Supervisor',
      email: `sam@${ws.workspaceId}.test`,
      role: 'supervisor',
      capacity: { voice: 1, chat: 10 },
      departments: ['sales'],
    },
  ],
  groups: [
    {
      id: 'g_sales',
      name: 'Sales',
      members: ['u_agent', 'u_sup'],
      strategy: 'longest_idle',
      ringTimeoutSec: 20,
      noAnswer: { kind: 'forward', to: '+34600999000' },
    },
  ],
  ivrMenus: [
    {
      id: 'm_main',
      name: 'Main menu',
      prompt: 'Press 1 for sales, 0 for the operator.',
      options: { '0': { kind: 'extension', user: 'u_admin' }, '1': { kind: 'group', group: 'g_sales' } },
      timeoutSec: 8,
      noInput: { kind: 'voicemail' },
      invalidInput: { kind: 'repeat' },
      maxRepeats: 2,
    },
  ],
  numbers: [
    {
      id: 'n_main',
      e164: '+34911234567',
      kind: 'rented',
      label: 'Main line',
      settings: {
        route: { kind: 'ivr', menu: 'm_main' } as { kind: string; menu?: string },
        hours: { weekly: { mon: ['09:00-14:00', '16:00-19:00'] }, holidays: ['01-06', '2026-04-03'] },
        outOfHoursAction: { kind: 'message', message: 'We are closed.' },
      },
    },
    {
      id: 'n_sip',
      e164: '+34911234568',
      kind: 'sip',
      settings: {
        record: true,
        welcomeMessage: 'Welcome to Acme.',
        ownerRouting: true,
        extensionDialing: true,
      },
    },
  ],
  contacts: [],
  billing: { balanceCents: 2500, currency: 'EUR', sipLicence: true },
});

const url = (workspaceId = ws.workspaceId, query = '') => `/v1/workspaces/${workspaceId}/config${query}`;
const put = (body: unknown, query = '', token = ws.tokens.admin) =>
  server.request('PUT', url(ws.workspaceId, query), { token, body });
const version = () => server.runtime.state(ws.workspaceId)!.version;

/** PUT with a YAML body, which the JSON helper cannot send. */
async function putYaml(workspaceId: string, text: string, token: string, query = '') {
  const response = await server.app.inject({
    method: 'PUT',
    url: url(workspaceId, query),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/yaml' },
    payload: text,
  });
  return { status: response.statusCode, body: JSON.parse(response.body) };
}

async function exportYaml(workspaceId = ws.workspaceId, token = ws.tokens.admin) {
  const response = await server.app.inject({
    method: 'GET',
    url: url(workspaceId),
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('application/yaml');
  return response.body;
}

describe('configuration API', () => {
  it('applies a spec, and applying it again changes nothing', async () => {
    const first = await put(spec());
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.workspaceId).toBe(ws.workspaceId);
    const types = first.body.applied.map((change: { type: string }) => change.type);
    expect(types).toEqual([
      'workspace.update',
      'billing.update',
      'department.create',
      'user.update',
      'user.update',
      'user.create',
      'number.add',
      'contact.create',
      'password.set',
    ]);
    expect(first.body.applied.find((change: { path: string }) => change.path === 'users[3]').summary).toBe(
      'create user u_new (Nia New)',
    );
    const agent = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/users/u_agent`, {
      token: ws.tokens.admin,
    });
    expect(agent.body).toMatchObject({
      mobile: '+34600111222',
      extension: '201',
      departmentIds: ['sales'],
      numberIds: ['n_main'],
    });

    const before = version();
    const again = await put(spec());
    expect(again.status).toBe(200);
    expect(again.body.applied).toEqual([]);
    expect(version()).toBe(before);
  });

  it('two applies of one spec at once take turns: the second finds nothing to do', async () => {
    const [first, second] = await Promise.all([put(spec()), put(spec())]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body.applied.length).toBeGreaterThan(0);
    expect(second.body.applied).toEqual([]);
  });

  it('hashes a spec password: the user signs in with it, and it is stored only hashed', async () => {
    await put(spec());
    const session = await server.request('POST', '/v1/sessions', {
      body: { email: `nia@${ws.workspaceId}.test`, password: 'new-password' },
    });
    expect(session.status).toBe(201);
    const stored = await server.store.getPassword(ws.workspaceId, 'u_new');
    expect(stored).toMatch(/^scrypt\$/);
    expect(stored).not.toContain('new-password');
  });

  it('dryRun lists the planned changes and changes nothing', async () => {
    await put(spec());
    const changed = spec();
    changed.users[2]!.mobile = '+34 600 999 888';
    const before = version();
    const dry = await put(changed, '?dryRun=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({
      workspaceId: ws.workspaceId,
      dryRun: true,
      applied: [{ type: 'user.update', path: 'users[2]', summary: 'update user u_agent: mobile' }],
    });
    expect(version()).toBe(before);
    expect((await put(changed)).body.applied).toHaveLength(1);
    expect(version()).toBe(before + 1);
  });

  it('removes unlisted users only with prune', async () => {
    await put(spec());
    const smaller = spec();
    smaller.users = smaller.users.filter((user) => user.id !== 'u_new');
    expect((await put(smaller)).body.applied).toEqual([]);
    const pruned = await put(smaller, '?prune=true');
    expect(pruned.body.applied).toEqual([
      { type: 'user.remove', path: 'prune', summary: 'remove user u_new' },
    ]);
    expect(server.runtime.state(ws.workspaceId)!.users.u_new).toBeUndefined();
  });

  it('round trip: the exported YAML applied back changes nothing, and holds no secrets', async () => {
    await put(spec());
    const text = await exportYaml();
    expect(text).toContain(`email: nia@${ws.workspaceId}.test`);
    expect(text).not.toMatch(/password|scrypt|sbk_|sbs_/);
    const back = await putYaml(ws.workspaceId, text, ws.tokens.admin, '?prune=true');
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.applied).toEqual([]);

    const json = await server.request('GET', url(ws.workspaceId, '?format=json'), { token: ws.tokens.admin });
    expect(json.status).toBe(200);
    expect(json.body.workspace).toEqual({
      id: ws.workspaceId,
      name: 'Acme',
      plan: 'business',
      timeZone: 'Europe/Madrid',
      defaultCountry: 'ES',
    });
    expect((await put(json.body, '?prune=true')).body.applied).toEqual([]);
  });

  it('issue 12 item 9: the sites allowed to embed the web chat are applied, exported and applied back unchanged', async () => {
    const base = spec();
    const listed = {
      ...base,
      workspace: { ...base.workspace, webchatOrigins: ['https://Shop.example.com/'] },
    };
    expect((await put(listed)).status).toBe(200);
    expect(server.runtime.state(ws.workspaceId)!.webchatOrigins).toEqual(['https://shop.example.com']);
    expect((await put(listed)).body.applied).toEqual([]);
    const text = await exportYaml();
    expect(text).toContain('https://shop.example.com');
    expect((await putYaml(ws.workspaceId, text, ws.tokens.admin)).body.applied).toEqual([]);
    const before = version();
    const bad = await put({
      ...base,
      workspace: { ...base.workspace, webchatOrigins: ['shop.example.com'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toContain('webchatOrigins');
    expect(version()).toBe(before);
  });

  it('creates a workspace from YAML with the server admin key', async () => {
    const yaml = [
      'workspace: { id: globex, name: Globex, plan: starter }',
      'users:',
      '  - { id: u_g, name: Gus, email: gus@globex.test, role: admin, password: globex-password }',
      '',
    ].join('\n');
    const created = await putYaml('globex', yaml, server.adminToken);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body.applied.map((change: { type: string }) => change.type)).toEqual([
      'workspace.create',
      'user.create',
      'password.set',
    ]);
    expect(server.runtime.state('globex')!.plan).toBe('starter');
    expect((await putYaml('globex', yaml, server.adminToken)).body.applied).toEqual([]);
  });

  it('only the server admin key creates a workspace', async () => {
    const body = { workspace: { id: 'initech', name: 'Initech' } };
    const refused = await server.request('PUT', url('initech'), { token: ws.tokens.admin, body });
    expect(refused.status).toBe(404);
    expect(server.runtime.state('initech')).toBeUndefined();
  });

  it('applying is for admins only (401, 403, 404 for another workspace)', async () => {
    await expectGuarded(server, ws, { method: 'PUT', path: '/config', body: spec(), role: 'admin' });
  });

  it('exporting is for admins only (401, 403, 404 for another workspace)', async () => {
    await expectGuarded(server, ws, { method: 'GET', path: '/config', role: 'admin' });
  });

  it('X3: a bad mobile is refused naming the path, and nothing of the spec is applied', async () => {
    const bad = spec();
    bad.workspace.defaultCountry = undefined as never;
    bad.users[2]!.mobile = '600 111 222';
    const error = await expectInvalid(
      server,
      ws,
      { method: 'PUT', path: '/config', body: bad },
      'users[2].mobile',
    );
    expect(error.message).toContain('international format');
    expect(server.runtime.state(ws.workspaceId)!.departments.sales).toBeUndefined();
  });

  it('X3: mistyped, unknown and dangling fields are refused naming the path', async () => {
    const typed = spec() as { users: Array<Record<string, unknown>> };
    typed.users[1]!.capacity = { chat: 'ten' };
    await expectInvalid(
      server,
      ws,
      { method: 'PUT', path: '/config', body: typed },
      'users[1].capacity.chat',
    );
    const unknown = spec() as { numbers: Array<Record<string, unknown>> };
    unknown.numbers[0]!.colour = 'red';
    await expectInvalid(server, ws, { method: 'PUT', path: '/config', body: unknown }, 'numbers[0].colour');
    const dangling = spec();
    dangling.contacts[0]!.responsible = 'u_ghost';
    await expectInvalid(
      server,
      ws,
      { method: 'PUT', path: '/config', body: dangling },
      'contacts[0].responsible',
    );
    const elsewhere = spec();
    elsewhere.workspace.id = 'globex';
    await expectInvalid(server, ws, { method: 'PUT', path: '/config', body: elsewhere }, 'workspace.id');
  });

  it('V1, V10, V13: a group, an IVR menu and number settings applied through PUT come back equal from GET', async () => {
    const first = await put(voiceSpec());
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.applied.map((change: { type: string }) => change.type)).toEqual([
      'workspace.update',
      'billing.update',
      'department.create',
      'chat.configure_department',
      'user.update',
      'user.update',
      'group.create',
      'ivr_menu.create',
      'number.add',
      'number.add',
    ]);
    const settings = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/numbers/n_main/settings`, {
      token: ws.tokens.admin,
    });
    expect(settings.body).toMatchObject({
      route: { kind: 'ivr', menuId: 'm_main' },
      hours: {
        timeZone: 'Europe/Madrid',
        weekly: {
          mon: [
            { start: '09:00', end: '14:00' },
            { start: '16:00', end: '19:00' },
          ],
        },
      },
    });

    const json = await server.request('GET', url(ws.workspaceId, '?format=json'), { token: ws.tokens.admin });
    expect(json.status).toBe(200);
    expect(json.body).toEqual(voiceSpec());
    expect((await put(voiceSpec(), '?prune=true')).body.applied).toEqual([]);
    const back = await putYaml(ws.workspaceId, await exportYaml(), ws.tokens.admin, '?prune=true');
    expect(back.body.applied).toEqual([]);
  });

  it('X3: a number routed to a menu the spec does not define is refused naming the path', async () => {
    const bad = voiceSpec();
    bad.numbers[0]!.settings.route = { kind: 'ivr', menu: 'm_ghost' };
    const error = await expectInvalid(
      server,
      ws,
      { method: 'PUT', path: '/config', body: bad },
      'numbers[0].settings.route.menu',
    );
    expect(error.message).toBe(
      'numbers[0].settings.route.menu: ivrMenu "m_ghost" is not defined in ivrMenus',
    );
    expect(server.runtime.state(ws.workspaceId)!.groups).toEqual({});
  });

  it('X3: bad YAML is refused with its line, and a YAML field error names path and line', async () => {
    const before = version();
    const syntax = await putYaml(
      ws.workspaceId,
      `workspace:\n  id: ${ws.workspaceId}\n  name: [Acme\n`,
      ws.tokens.admin,
    );
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.message).toMatch(/^YAML syntax \(line \d+\)/);
    const field = await putYaml(
      ws.workspaceId,
      `workspace:\n  id: ${ws.workspaceId}\n  name: Acme\n  plan: gold\n`,
      ws.tokens.admin,
    );
    expect(field.status).toBe(400);
    expect(field.body.error).toEqual({
      code: 'validation',
      field: 'workspace.plan',
      message: 'workspace.plan: must be one of starter, business, scale (line 4)',
    });
    expect(version()).toBe(before);
  });
});
