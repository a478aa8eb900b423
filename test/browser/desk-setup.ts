import { expect } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

export const support = '+34911234567';
export const sales = '+34911234568';
export const customer = '+34600111222';

/**
 * A workspace for the softphone tests, set up through the API as an admin would: the seed's
 * people plus a second agent, Bea; a Support line answered by Alex then Bea in that order
 * (sequential), a Sales line for Alex only, Sarah Connor known in the CRM, and balance for
 * outgoing calls. Everyone who takes calls is online.
 */
export async function startDesk() {
  const server = await startTestServer();
  const ws = await seedWorkspace(server, 'acme');
  const origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
  const desk = new Desk(server, ws, origin);
  await desk.ok(
    'POST',
    '/users',
    {
      id: 'u_bea',
      name: 'Bea Baker',
      email: 'bea@acme.test',
      role: 'agent',
      password: 'correct horse',
    },
    201,
  );
  await desk.ok(
    'POST',
    '/numbers',
    {
      id: 'n_support',
      e164: support,
      kind: 'rented',
      label: 'Support',
      assignedUserIds: ['u_agent', 'u_bea', 'u_sup'],
    },
    201,
  );
  await desk.ok(
    'POST',
    '/numbers',
    {
      id: 'n_sales',
      e164: sales,
      kind: 'rented',
      label: 'Sales',
      assignedUserIds: ['u_agent'],
    },
    201,
  );
  await desk.ok('PATCH', '/numbers/n_support/settings', {
    strategy: 'sequential',
    noAnswerAction: { kind: 'hang_up' },
  });
  await desk.ok('POST', '/contacts', { name: 'Sarah Connor', company: 'Cyberdyne', phones: [customer] }, 201);
  await desk.ok('POST', '/billing/top-ups', { amountCents: 5000 });
  for (const userId of ['u_agent', 'u_bea', 'u_sup'])
    await desk.ok('PUT', `/users/${userId}/presence`, { presence: 'online' });
  return desk;
}

export class Desk {
  constructor(
    readonly server: TestServer,
    readonly ws: Awaited<ReturnType<typeof seedWorkspace>>,
    readonly origin: string,
  ) {}

  get base(): string {
    return `/v1/workspaces/${this.ws.workspaceId}`;
  }

  async ok(method: string, path: string, body?: unknown, status = 200) {
    const response = await this.server.request(method, `${this.base}${path}`, {
      token: this.ws.tokens.admin,
      body,
    });
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(status);
    return response.body;
  }

  /** The customer dials a workspace number. */
  async place(to = support, from = customer): Promise<string> {
    return (await this.ok('POST', '/sim/calls', { from, to }, 201)).callId;
  }

  call(callId: string) {
    return this.ok('GET', `/calls/${callId}`);
  }

  async lines(userId: string): Promise<Array<{ callId: string; legId: string; state: string }>> {
    return (await this.ok('GET', `/sim/phones/${userId}`)).lines;
  }

  close() {
    return this.server.app.close();
  }
}
