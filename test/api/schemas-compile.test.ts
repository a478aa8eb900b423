import { afterAll, beforeAll, expect, it } from 'vitest';
import { pendingSchemas, warmUpSchemas } from '../../src/server/schema-compilers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/*
 * Issue 16 goal 3: routes compile their schemas on first use (a server answers sooner), so a
 * schema Ajv or fast-json-stringify cannot compile would no longer stop a start. This compiles
 * every route's schemas, as `serve` does once it listens, and fails on the first that does not.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.app.ready();
});
afterAll(async () => server.close());

it('a route validates and serializes the same when its schemas were compiled on first use', async () => {
  const refused = await server.request('POST', '/v1/workspaces', {
    token: server.adminToken,
    body: { id: 'ws_lazy', name: 'Lazy', plan: 'nope' },
  });
  expect(refused.status).toBe(400);
  expect(refused.body.error.field).toMatch(/plan/);
  const created = await server.request('POST', '/v1/workspaces', {
    token: server.adminToken,
    body: { id: 'ws_lazy', name: 'Lazy', plan: 'business' },
  });
  expect(created.status).toBe(201);
  expect(created.body).toMatchObject({ id: 'ws_lazy', name: 'Lazy', plan: 'business' });
});

it('every route’s request and response schemas compile (what serve warms up after listening)', async () => {
  await warmUpSchemas();
  expect(pendingSchemas()).toBe(0);
});

it('a second server in the process compiles nothing the first one compiled (tests start one a file)', async () => {
  await warmUpSchemas();
  const second = await startTestServer();
  await second.app.ready();
  expect(pendingSchemas()).toBe(0);
  await second.close();
});
