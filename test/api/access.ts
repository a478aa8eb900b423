import { expect } from 'vitest';
import { seedWorkspace, type TestServer } from '../support/server.ts';

export type Seeded = Awaited<ReturnType<typeof seedWorkspace>>;
type Role = keyof Seeded['tokens'];

/** A route as the access checks see it: its path below /v1/workspaces/:ws and the least role it needs. */
export interface Guarded {
  method: string;
  path: string;
  body?: unknown;
  role: Role;
}

const below: Record<Role, Role[]> = { admin: ['supervisor', 'agent'], supervisor: ['agent'], agent: [] };

const version = (server: TestServer, workspaceId: string) => server.runtime.state(workspaceId)!.version;

/**
 * The access rules every workspace route keeps: no token → 401, a role below the route's → 403,
 * another workspace → 404 naming the workspace; and none of them changes anything.
 */
export async function expectGuarded(server: TestServer, ws: Seeded, route: Guarded): Promise<void> {
  const other = { workspaceId: 'other' };
  if (!server.runtime.state(other.workspaceId)) await seedWorkspace(server, other.workspaceId);
  const before = { acme: version(server, ws.workspaceId), other: version(server, other.workspaceId) };
  const url = (workspaceId: string) => `/v1/workspaces/${workspaceId}${route.path}`;

  const anonymous = await server.request(route.method, url(ws.workspaceId), { body: route.body });
  expect(anonymous.status, 'no token').toBe(401);

  for (const lower of below[route.role]) {
    const refused = await server.request(route.method, url(ws.workspaceId), {
      token: ws.tokens[lower],
      body: route.body,
    });
    expect(refused.status, `${lower} token`).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
  }

  const foreign = await server.request(route.method, url(other.workspaceId), {
    token: ws.tokens.admin,
    body: route.body,
  });
  expect(foreign.status, 'other workspace').toBe(404);
  expect(foreign.body.error.field).toBe('workspaceId');

  expect(version(server, ws.workspaceId)).toBe(before.acme);
  expect(version(server, other.workspaceId)).toBe(before.other);
}

/** A refused bad input: 400 naming the field, and no event written. */
export async function expectInvalid(
  server: TestServer,
  ws: Seeded,
  request: { method: string; path: string; body?: unknown },
  field: string,
): Promise<{ message: string }> {
  const before = version(server, ws.workspaceId);
  const response = await server.request(request.method, `/v1/workspaces/${ws.workspaceId}${request.path}`, {
    token: ws.tokens.admin,
    body: request.body,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(400);
  expect(response.body.error.field).toBe(field);
  expect(version(server, ws.workspaceId)).toBe(before);
  return response.body.error;
}
