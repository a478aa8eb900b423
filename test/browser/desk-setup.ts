import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, signedInPerson } from '../support/browser.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

export const support = '+34911234567';
export const sales = '+34911234568';
export const customer = '+34600111222';

/** The agent's softphone, docked on every page. */
export const phone = (page: Page) => page.getByRole('complementary', { name: 'Softphone' });

/**
 * The desk for one test file's tests: started (server, workspace and a browser) before
 * them and closed after them.
 */
export function deskForTests(): Desk {
  const desk = new Desk();
  beforeAll(() => desk.open(), 60_000);
  afterAll(() => desk.close(), 60_000);
  return desk;
}

/**
 * A workspace for the softphone tests, set up through the API as an admin would: the seed's
 * people plus a second agent, Bea; a Support line answered by Alex then Bea in that order
 * (sequential), a Sales line for Alex only, Sarah Connor known in the CRM, and balance for
 * outgoing calls. Everyone who takes calls is online.
 */
async function setUp(desk: Desk) {
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
}

export class Desk {
  // Set by open(), before any test runs.
  server!: TestServer;
  ws!: Awaited<ReturnType<typeof seedWorkspace>>;
  origin!: string;
  browser!: Browser;

  async open() {
    this.server = await startTestServer();
    this.ws = await seedWorkspace(this.server, 'acme');
    this.origin = await this.server.app.listen({ port: 0, host: '127.0.0.1' });
    await setUp(this);
    this.browser = await launchBrowser();
  }

  /**
   * A person in a fresh browser profile, signed in (without the log-in form: login.test.ts
   * tests it), at the desktop.
   */
  async signedIn(email: string) {
    const person = await signedInPerson(this.browser, this.origin, email);
    await person.page.goto('/');
    await person.page.getByRole('navigation', { name: 'Main' }).waitFor();
    return person;
  }

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
    return (await this.ok('GET', `/users/${userId}/phone`)).lines;
  }

  async close() {
    await this.browser?.close();
    await this.server?.app.close();
  }
}
