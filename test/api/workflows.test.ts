import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';
import { expectGuarded, expectInvalid, type Seeded } from './access.ts';

let server: TestServer;
let ws: Seeded;

const definition = {
  trigger: { kind: 'conversation_opened' },
  start: 'wait',
  steps: [
    { id: 'wait', kind: 'wait', seconds: 60, next: 'end' },
    { id: 'end', kind: 'end' },
  ],
};

beforeEach(async () => {
  server = await startTestServer();
  ws = await seedWorkspace(server);
});
afterEach(async () => server.close());

describe('workflows API', () => {
  it('admins write and publish; supervisors read; agents neither (F1)', async () => {
    await expectGuarded(server, ws, {
      method: 'POST',
      path: '/workflows',
      body: { name: 'W', definition },
      role: 'admin',
    });
    const created = await server.request('POST', '/v1/workspaces/acme/workflows', {
      token: ws.tokens.admin,
      body: { id: 'wf', name: 'W', definition },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'wf', versions: [], enabled: true });
    await expectGuarded(server, ws, { method: 'POST', path: '/workflows/wf/publish', role: 'admin' });
    await expectGuarded(server, ws, { method: 'GET', path: '/workflows/wf', role: 'supervisor' });
    const published = await server.request('POST', '/v1/workspaces/acme/workflows/wf/publish', {
      token: ws.tokens.admin,
    });
    expect(published.body.versions).toHaveLength(1);
    const again = await server.request('POST', '/v1/workspaces/acme/workflows/wf/publish', {
      token: ws.tokens.admin,
    });
    expect(again.status).toBe(409);
    const list = await server.request('GET', '/v1/workspaces/acme/workflows', {
      token: ws.tokens.supervisor,
    });
    expect(list.body.items.map((w: { id: string }) => w.id)).toEqual(['wf']);
  });

  it('refuses invalid definitions naming the step, and saves nothing', async () => {
    const bad = (steps: unknown[]) => ({ name: 'W', definition: { ...definition, steps } });
    await expectInvalid(
      server,
      ws,
      { method: 'POST', path: '/workflows', body: bad([{ id: 'wait', kind: 'wait', seconds: 0 }]) },
      'steps.wait.seconds',
    );
    await expectInvalid(
      server,
      ws,
      {
        method: 'POST',
        path: '/workflows',
        body: bad([{ id: 'wait', kind: 'assign', target: { kind: 'agent', userId: 'nobody' } }]),
      },
      'steps.wait.target.userId',
    );
    await expectInvalid(
      server,
      ws,
      {
        method: 'POST',
        path: '/workflows',
        body: bad([
          { id: 'wait', kind: 'branch', conditions: [{ subject: 'assignee', op: 'exists' }], onTrue: 'wait' },
        ]),
      },
      'steps.wait.onFalse',
    );
    await expectInvalid(
      server,
      ws,
      {
        method: 'POST',
        path: '/workflows',
        body: { name: 'W', definition: { ...definition, start: 'nowhere' } },
      },
      'start',
    );
    const list = await server.request('GET', '/v1/workspaces/acme/workflows', { token: ws.tokens.admin });
    expect(list.body.items).toEqual([]);
  });
});
