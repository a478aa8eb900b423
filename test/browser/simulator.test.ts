import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  launchBrowser,
  openScreen,
  signedInPerson,
  type WatchedPage,
} from '../support/browser.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

describeInBrowser('web console: what if, the routing simulator (M4, issue 19 item 8)', () => {
  let server: TestServer;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    server = await startTestServer();
    const { tokens } = await seedWorkspace(server, 'acme');
    const created = await server.request('POST', '/v1/workspaces/acme/numbers', {
      token: tokens.admin,
      body: { id: 'n_main', e164: '+34911234567', kind: 'rented', label: 'Madrid' },
    });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
  });

  /** Ada, the admin, signed in once for the file's tests: each starts at a screen's address. */
  let ada: WatchedPage;
  beforeAll(async () => {
    ada = await signedInPerson(browser, origin, 'ada@acme.test');
  });

  it('an admin changes agents and strategy, runs, and reads both configurations side by side with charts', async () => {
    const person = ada;
    const { page } = person;
    await openScreen(page, '/');
    await page.getByRole('link', { name: 'Simulator' }).click();
    const sim = page.getByRole('region', { name: 'What if: simulate your routing' });
    await sim.waitFor();
    await expect.poll(() => sim.getByLabel('Number', { exact: true }).inputValue()).toBe('+34911234567');
    await sim.getByLabel('Calls per hour').fill('40, 60, 60, 40');
    await sim.getByLabel('Hours to simulate').fill('2');
    await sim.getByLabel('Agents', { exact: true }).fill('6');
    await sim.getByLabel('Strategy').selectOption({ label: 'Longest idle' });
    await page.getByRole('button', { name: 'Run simulation' }).click();
    // Issue 19: the server runs it as a job; the page shows how far it has got while it polls.
    await sim.getByRole('progressbar', { name: 'Simulation progress' }).waitFor();

    const results = sim.getByRole('region', { name: 'Results' });
    await results.waitFor();
    expect(await sim.getByRole('progressbar').count()).toBe(0);
    const row = (name: string) => results.getByRole('row', { name: new RegExp(`^${name}`) });
    // The three seeded users as configured, six in the what-if, on the same callers.
    await expect.poll(() => row('Agents').textContent()).toBe('Agents36');
    const offered = (await row('Calls offered').locator('td').allTextContents()).map(Number);
    expect(offered[0]).toBeGreaterThan(50);
    expect(offered[1]).toBe(offered[0]);
    const level = (await row('Service level').locator('td').allTextContents()).map((text) =>
      Number.parseFloat(text),
    );
    expect(level[1]).toBeGreaterThan(level[0]!);
    for (const chart of [
      'Service level per interval',
      'Queue length per interval',
      'Occupancy per interval',
      'Abandonment per interval',
    ])
      await results.getByRole('table', { name: chart }).waitFor({ state: 'attached' });
    expect(
      await results.getByRole('table', { name: 'Service level per interval' }).locator('tbody tr').count(),
    ).toBe(4);
    person.expectClean();
  });

  it('a bad value is shown by its field; an agent has no Simulator', async () => {
    const admin = ada;
    // 90,000 calls an hour for 8 hours is over the server’s cap of 50,000 a run: it says so (400).
    admin.expectRefusal('POST', '/v1/workspaces/acme/simulation-jobs', 400);
    await openScreen(admin.page, '/');
    await admin.page.getByRole('link', { name: 'Simulator' }).click();
    const sim = admin.page.getByRole('region', { name: 'What if: simulate your routing' });
    await sim.getByLabel('Calls per hour').fill('90000');
    await sim.getByLabel('Hours to simulate').fill('8');
    await admin.page.getByRole('button', { name: 'Run simulation' }).click();
    await admin.page.getByText(/at most 50000 per run/).waitFor();
    expect(await sim.getByLabel('Calls per hour').getAttribute('aria-invalid')).toBe('true');

    const agent = await signedInPerson(browser, origin, 'alex@acme.test');
    await agent.page.goto('/');
    await agent.page.getByRole('link', { name: 'Desktop' }).waitFor();
    expect(await agent.page.getByRole('link', { name: 'Simulator' }).count()).toBe(0);
    admin.expectClean();
    agent.expectClean();
  });

  it('replays a recorded hour: what happened beside the configuration and the what-if', async () => {
    const admin = (
      await server.request('POST', '/v1/sessions', {
        body: { email: 'ada@acme.test', password: 'correct horse', workspaceId: 'acme' },
      })
    ).body.token as string;
    // One recorded caller who hung up while nobody was online to answer.
    const placed = await server.request('POST', '/v1/workspaces/acme/sim/calls', {
      token: admin,
      body: { from: '+34600111222', to: '+34911234567' },
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    await server.request('POST', `/v1/workspaces/acme/sim/calls/${placed.body.callId}/hangup`, {
      token: admin,
    });

    const person = ada;
    const { page } = person;
    await openScreen(page, '/');
    await page.getByRole('link', { name: 'Simulator' }).click();
    const sim = page.getByRole('region', { name: 'What if: simulate your routing' });
    // The field is local time: the whole local day holds the call at 08:00 UTC in any zone within 8 hours of it.
    await sim.getByLabel('Hours to simulate').fill('24');
    await sim.getByLabel('Or replay the calls recorded from').fill('2026-01-05T00:00');
    await sim.getByLabel('Agents', { exact: true }).fill('2');
    await sim.getByRole('button', { name: 'Run simulation' }).click();
    const results = sim.getByRole('region', { name: 'Results' });
    await results.getByRole('columnheader', { name: 'What happened' }).waitFor();
    const offered = await results
      .getByRole('row', { name: /^Calls offered/ })
      .locator('td')
      .allTextContents();
    expect(offered).toEqual(['1', '1', '1']);
    person.expectClean();
  });

  it('a number that answers with a menu: the admin says which keys callers press, and they reach its branches', async () => {
    const run = (command: Record<string, unknown>) => server.runtime.execute('acme', command as never);
    await run({ type: 'group.create', groupId: 'g_menu', name: 'Menu sales', memberIds: ['u_agent'] });
    await run({
      type: 'ivr_menu.create',
      menuId: 'm_menu',
      name: 'Menu',
      prompt: 'For sales press 1.',
      options: { 1: { kind: 'group', groupId: 'g_menu' } },
      timeoutSec: 5,
      noInput: { kind: 'hang_up' },
    });
    await run({
      type: 'number.add',
      numberId: 'n_menu',
      e164: '+34911234588',
      kind: 'rented',
      label: 'Menu line',
      settings: { route: { kind: 'ivr', menuId: 'm_menu' } },
    });
    const person = ada;
    const { page } = person;
    await openScreen(page, '/');
    await page.getByRole('link', { name: 'Simulator' }).click();
    const sim = page.getByRole('region', { name: 'What if: simulate your routing' });
    await expect.poll(() => sim.getByLabel('Number', { exact: true }).inputValue()).toBe('+34911234567');
    // A number without a menu has no keys to press.
    expect(await sim.getByLabel('Keys callers press in the menu').count()).toBe(0);
    await sim.getByLabel('Number', { exact: true }).selectOption({ label: 'Menu line (+34911234588)' });
    const keys = sim.getByLabel('Keys callers press in the menu');
    await keys.waitFor();
    await keys.fill('1 = 100');
    await sim.getByLabel('Calls per hour').fill('10');
    await sim.getByLabel('Average handle time (s)').fill('5');
    // Patient callers: none hangs up while the menu plays.
    await sim.getByLabel('Caller patience (s)').fill('0');
    await sim.getByLabel('Hours to simulate').fill('4');
    await sim.getByRole('button', { name: 'Run simulation' }).click();
    const results = sim.getByRole('region', { name: 'Results' });
    await results.waitFor();
    const cells = async (name: string) =>
      (
        await results
          .getByRole('row', { name: new RegExp(`^${name}`) })
          .locator('td')
          .allTextContents()
      ).map(Number);
    const offered = await cells('Calls offered');
    expect(offered[0]).toBeGreaterThan(10);
    // Everyone presses 1, and the group's one agent, hardly ever busy, answers them.
    const answered = await cells('Calls answered');
    expect(answered[0]).toBe(offered[0]);
    // Without keys, the menu hangs up on every caller.
    await keys.fill('');
    await sim.getByRole('button', { name: 'Run simulation' }).click();
    await expect.poll(async () => (await cells('Calls answered'))[0]).toBe(0);
    person.expectClean();
  });
});
