import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, newPerson, signedInPerson } from './browser.ts';
import { seedWorkspace, startTestServer, type TestServer } from './server.ts';

/**
 * What a console test file shares: a server with workspace `acme` seeded (test/support/
 * server.ts), listening, and one browser; `prepare` sets up the file's state through the
 * API first. Both close after the file. Read the fields inside tests (they are set in
 * beforeAll).
 */
export function consoleTestbed(prepare?: (acme: Testbed) => Promise<void>): Testbed {
  const bed: Testbed = {
    server: undefined as unknown as TestServer,
    browser: undefined as unknown as Browser,
    origin: '',
    admin: '',
    request: (method, path, body) =>
      bed.server.request(method, `/v1/workspaces/acme${path}`, { token: bed.admin, body }),
    api: async (method, path, body) => {
      const response = await bed.request(method, path, body);
      expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
      return response.body;
    },
    person: (language) => newPerson(bed.browser, bed.origin, language),
    signedIn: (email, language) => signedInPerson(bed.browser, bed.origin, email, { language }),
  };
  beforeAll(async () => {
    bed.server = await startTestServer();
    bed.admin = (await seedWorkspace(bed.server, 'acme')).tokens.admin;
    await prepare?.(bed);
    bed.origin = await bed.server.app.listen({ port: 0, host: '127.0.0.1' });
    bed.browser = await launchBrowser();
  });
  afterAll(async () => {
    await bed.browser?.close();
    await bed.server?.app.close();
  });
  return bed;
}

export interface Testbed {
  server: TestServer;
  browser: Browser;
  origin: string;
  /** The workspace admin's token. */
  admin: string;
  /** A request to /v1/workspaces/acme{path} as the admin, answered as it comes. */
  request: (method: string, path: string, body?: unknown) => ReturnType<TestServer['request']>;
  /** The same, failing the test unless the server accepts it; the answer's body. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the route answers.
  api: (method: string, path: string, body?: unknown) => Promise<any>;
  /** A fresh browser profile (newPerson) on this server. */
  person: (language?: string) => ReturnType<typeof newPerson>;
  /**
   * A fresh profile already signed in as `email` (password "correct horse"), without the log-in
   * form: for a test about a screen. Opened in a beforeAll, it is kept for the file's tests.
   */
  signedIn: (email: string, language?: string) => ReturnType<typeof signedInPerson>;
}

/** Signs in through the log-in form as a Spanish browser shows it, and waits for the console. */
export async function signInInSpanish(page: Page, email: string, password = 'correct horse'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.getByRole('navigation', { name: 'Principal' }).waitFor();
}
