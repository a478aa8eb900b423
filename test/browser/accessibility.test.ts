import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyDemo } from '../../src/cli/demo.ts';
import { axeViolations as violations } from '../support/axe.ts';
import { describeInBrowser, launchBrowser, signedInPerson } from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Issue 7: the console passes axe's WCAG 2 AA and best-practice rules. The log-in page and every
 * screen are checked on every-screen.test.ts's admin walk (one page load for all of them); this
 * file checks what only a call shows: the ringing softphone and the transfer dialog.
 */
describeInBrowser('web console: accessibility of what a call shows (issue 7)', () => {
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

  it('an agent’s ringing softphone and the transfer dialog pass axe’s WCAG 2 AA and best-practice rules', async () => {
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
