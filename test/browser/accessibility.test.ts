import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyDemo } from '../../src/cli/demo.ts';
import { describeInBrowser, launchBrowser, newPerson, signedInPerson } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** axe-core, injected into the page as it is: the checker screen-reader audits use. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** WCAG 2 A and AA rules plus axe's best practices, on the page once its reads are answered. */
async function violations({
  page,
  settled,
}: {
  page: Page;
  settled: () => Promise<void>;
}): Promise<string[]> {
  await settled();
  // Evaluated, not added as an inline <script>: the console's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  // A string, not a function: this project's TypeScript has no DOM types outside web/.
  const found = (await page.evaluate(
    "axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }).then((result) => result.violations)",
  )) as Violation[];
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

describeInBrowser('web console: accessibility of every screen (issue 7)', () => {
  let server: TestServer;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    server = await startTestServer();
    await applyDemo(server);
    origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
  });

  it('the log-in page and every admin screen pass axe’s WCAG 2 AA and best-practice rules', async () => {
    const person = await newPerson(browser, origin);
    const { page } = person;
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await violations(person)).toEqual([]);
    await signInAs(page, 'admin@demo.test');
    const screens = [
      '/desktop',
      '/chat',
      '/history/calls',
      '/history/conversations',
      '/wallboard',
      '/live',
      '/try',
      '/workflows',
      '/workflows/wf_reassign_unanswered',
      '/workflows/wf_reassign_unanswered/runs',
      '/admin/numbers',
      '/admin/numbers/n_main',
      '/admin/groups',
      '/admin/ivr-menus',
      '/admin/users',
      '/admin/departments',
      '/admin/contacts',
      '/admin/billing',
    ];
    for (const screen of screens) {
      await page.goto(screen);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect({ screen, violations: await violations(person) }).toEqual({ screen, violations: [] });
    }
    person.expectClean();
  }, 120_000);

  it('an agent’s ringing softphone and the transfer dialog pass them too', async () => {
    const person = await signedInPerson(browser, origin, 'lucia@demo.test', { password: 'demo-password' });
    const { page } = person;
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await server.request('PUT', '/v1/workspaces/demo/users/u_lucia/presence', {
      token: server.adminToken,
      body: { presence: 'online' },
    });
    await server.request('POST', '/v1/workspaces/demo/sim/calls', {
      token: server.adminToken,
      body: { from: '+34699111222', to: '+34910123456' },
    });
    const softphone = page.getByRole('complementary', { name: 'Softphone' });
    await softphone.getByRole('region', { name: 'Incoming call' }).waitFor();
    expect(await violations(person)).toEqual([]);
    await softphone.getByRole('button', { name: 'Answer' }).click();
    await softphone.getByRole('region', { name: 'On call' }).getByRole('button', { name: 'Hold' }).click();
    const held = softphone.getByRole('region', { name: 'On hold' });
    await held.getByRole('button', { name: 'More call actions' }).click();
    await held.getByRole('menuitem', { name: 'Transfer call' }).click();
    await page.getByRole('dialog', { name: 'Transfer call' }).waitFor();
    expect(await violations(person)).toEqual([]);
    person.expectClean();
  }, 60_000);
});
