import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, signedInPerson } from '../support/browser.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

const business = '+34911234567';

describeInBrowser('web console: Try it, then the call in History (issue 7)', () => {
  let server: TestServer;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    server = await startTestServer();
    const ws = await seedWorkspace(server, 'acme');
    const admin = async (method: string, path: string, body?: unknown) => {
      const response = await server.request(method, `/v1/workspaces/acme${path}`, {
        token: ws.tokens.admin,
        body,
      });
      if (response.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(response.body)}`);
    };
    await admin('POST', '/numbers', { id: 'n_main', e164: business, kind: 'rented', label: 'Madrid' });
    await admin('POST', '/groups', { id: 'g_support', name: 'Support', memberIds: ['u_sup'] });
    await admin('POST', '/ivr-menus', {
      id: 'm_main',
      name: 'Main menu',
      prompt: 'Press 1 for support',
      options: { '1': { kind: 'group', groupId: 'g_support' } },
    });
    await admin('PATCH', '/numbers/n_main/settings', { route: { kind: 'ivr', menuId: 'm_main' } });
    await admin('PUT', '/users/u_sup/presence', { presence: 'online' });
    origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
  });

  it('places a call to an IVR number, presses 1, sees it ring the group and why, hangs up; History shows its timeline', async () => {
    const person = await signedInPerson(browser, origin, 'sam@acme.test');
    const { page } = person;
    await page.goto('/');
    await page.getByRole('link', { name: 'Try it' }).click();
    const phone = page.getByRole('region', { name: 'Phone simulator' });
    const story = page.getByRole('region', { name: 'What Switchboard decided' });
    await phone.getByLabel('Customer number').fill('+34600111222');
    await phone.getByLabel('Number to call').selectOption(business);
    await phone.getByRole('button', { name: 'Call' }).click();

    const status = phone.getByRole('status').first();
    await expect.poll(() => status.textContent()).toMatch(/IVR menu|Listening to the menu prompt/);
    await story.getByText('Entered the IVR menu Main menu').waitFor();

    await phone.getByRole('button', { name: '1', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe('Ringing Sam Supervisor');
    await story.getByText('IVR decision: ring the group Support').waitFor();
    await story.getByText(/^Routing: offered to the group Support, strategy: .+ \(pool of 1\)$/).waitFor();
    await story.getByText('Sam Supervisor: available, offered the call').waitFor();

    await phone.getByRole('button', { name: 'Hang up' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Call ended/);
    expect(await phone.getByRole('button', { name: 'Call' }).isEnabled()).toBe(true);

    await page.getByRole('link', { name: 'History' }).click();
    const link = page.getByRole('link', { name: /^Timeline of the call from \+34 600 11 12 22/ });
    await link.waitFor();
    await link.click();
    // Issue 14: the number written for people, the business's line by its label.
    await page.getByRole('heading', { name: 'Call from +34 600 11 12 22 to Madrid' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('The caller pressed 1', { exact: true }).waitFor();
    await timeline.getByText('IVR decision: ring the group Support').waitFor();
    await timeline.getByText('Sam Supervisor: available, offered the call').waitFor();
    await timeline.getByText('The caller hung up before anyone answered').waitFor();
    person.expectClean();
  });
});
