import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';
import { expectGuarded, expectInvalid, type Seeded } from './access.ts';

let server: TestServer;
let ws: Seeded;
/** The shared virtual clock's time when the test starts. */
let t0 = 0;
const at = (ms: number) => new Date(t0 + ms).toISOString();

// One server for the file, a fresh workspace per test (workspaces share nothing).
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  ws = await seedWorkspace(server, freshWorkspaceId());
  t0 = server.clock.now();
});
afterAll(async () => server.close());

const url = (path: string) => `/v1/workspaces/${ws.workspaceId}/history${path}`;
const read = (path: string, token = ws.tokens.supervisor) => server.request('GET', url(path), { token });
const types = (body: { items: Array<{ type: string }> }) => body.items.map((event) => event.type);

describe('history API', () => {
  it('shows a user’s events in order, with who-and-when fields', async () => {
    await server.request('PATCH', `/v1/workspaces/${ws.workspaceId}/users/u_agent`, {
      token: ws.tokens.admin,
      body: { extension: '201' },
    });
    await server.request('PUT', `/v1/workspaces/${ws.workspaceId}/users/u_agent/presence`, {
      token: ws.tokens.agent,
      body: { presence: 'online' },
    });
    const response = await read('/user/u_agent');
    expect(response.status).toBe(200);
    expect(types(response.body)).toEqual(['user.created', 'user.updated', 'presence.changed']);
    expect(response.body.items[2]).toMatchObject({
      at: at(0),
      data: { userId: 'u_agent', from: 'offline', to: 'online' },
    });
    const seqs = response.body.items.map((event: { seq: number }) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(response.body.nextAfterSeq).toBeUndefined();
  });

  it('shows the workspace’s own events under "-", the workspace id or an empty id', async () => {
    await server.request('POST', `/v1/workspaces/${ws.workspaceId}/billing/top-ups`, {
      token: ws.tokens.admin,
      body: { amountCents: 500 },
    });
    const dash = await read('/workspace/-');
    expect(dash.status).toBe(200);
    expect(types(dash.body)).toEqual(['workspace.created', 'billing.updated']);
    expect(dash.body.items[1].data.billing.balanceCents).toBe(500);
    expect((await read(`/workspace/${ws.workspaceId}`)).body).toEqual(dash.body);
    expect((await read('/workspace/')).body).toEqual(dash.body);
  });

  it('V18: shows a call’s history', async () => {
    await server.runtime.execute(ws.workspaceId, {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
    });
    await server.runtime.execute(ws.workspaceId, {
      type: 'presence.set',
      userId: 'u_agent',
      presence: 'online',
    });
    await server.runtime.execute(ws.workspaceId, {
      type: 'call.inbound',
      callId: 'c1',
      from: '+34600111222',
      to: '+34911234567',
    });
    await server.runtime.advance(2_000);
    await server.runtime.execute(ws.workspaceId, { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' });
    const response = await read('/call/c1');
    expect(types(response.body)).toEqual([
      'call.received',
      'call.routed',
      'call.leg_ringing',
      'call.leg_answered',
    ]);
    expect(response.body.items[3].at).toBe(at(2_000));
    // Issue 17: public entries, each with its type's version; the engine's routing seed stays inside.
    expect(response.body.items[1]).toMatchObject({
      type: 'call.routed',
      version: 1,
      data: {
        callId: 'c1',
        candidates: expect.arrayContaining([{ userId: 'u_agent', offered: true, reason: 'available' }]),
      },
    });
    expect(response.body.items[1].data).not.toHaveProperty('seed');
    const agent = await read('/user/u_agent', ws.tokens.agent);
    expect(types(agent.body).slice(-2)).toEqual(['call.leg_ringing', 'call.leg_answered']);
  });

  it('pages with limit and afterSeq', async () => {
    await server.runtime.execute(ws.workspaceId, {
      type: 'department.create',
      departmentId: 'd1',
      name: 'Support',
    });
    for (const name of ['Sales', 'Inside Sales', 'Field Sales'])
      await server.runtime.execute(ws.workspaceId, { type: 'department.update', departmentId: 'd1', name });
    const first = await read('/department/d1?limit=3');
    expect(first.body.items.map((event: { data: { name?: string } }) => event.data.name)).toEqual([
      undefined,
      'Sales',
      'Inside Sales',
    ]);
    expect(first.body.nextAfterSeq).toBe(first.body.items[2].seq);
    const second = await read(`/department/d1?limit=3&afterSeq=${first.body.nextAfterSeq}`);
    expect(second.body.items.map((event: { data: { name?: string } }) => event.data.name)).toEqual([
      'Field Sales',
    ]);
    expect(second.body.nextAfterSeq).toBeUndefined();
    const past = await read(`/department/d1?afterSeq=${second.body.items[0].seq}`);
    expect(past.status).toBe(200);
    expect(past.body.items).toEqual([]);
  });

  it('answers 404 for an entity with no history', async () => {
    const response = await read('/contact/ct_ghost');
    expect(response.status).toBe(404);
    expect(response.body.error.field).toBe('entityId');
  });

  it('lets an agent read their own history only (W2)', async () => {
    expect((await read('/user/u_agent', ws.tokens.agent)).status).toBe(200);
    for (const path of ['/user/u_sup', '/workspace/-', '/number/n1', '/call/c1']) {
      const response = await read(path, ws.tokens.agent);
      expect(response.status, path).toBe(403);
    }
  });

  it('keeps the access rules', async () => {
    await expectGuarded(server, ws, { method: 'GET', path: '/history/user/u_agent', role: 'agent' });
    await expectGuarded(server, ws, { method: 'GET', path: '/history/workspace/-', role: 'supervisor' });
  });

  it('refuses an unknown entity type, a bad id or a bad page, naming the field', async () => {
    const bad = (path: string, field: string) =>
      expectInvalid(server, ws, { method: 'GET', path: `/history${path}` }, field);
    await bad('/robot/r1', 'entityType');
    await bad('/user/u%20agent', 'entityId');
    await bad('/user/u_agent?limit=0', 'limit');
    await bad('/user/u_agent?limit=501', 'limit');
    await bad('/user/u_agent?afterSeq=-1', 'afterSeq');
    await bad('/user/u_agent?since=1', 'since');
  });
});
