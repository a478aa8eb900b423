import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  launchBrowser,
  newPerson,
  signedInPerson,
  type WatchedPage,
} from '../support/browser.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

const business = '+34911234567';
const customer = '+34600111222';

describeInBrowser('web console: the live wallboard (issue 7)', () => {
  let server: TestServer;
  let browser: Browser;
  let origin: string;
  let tokens: Awaited<ReturnType<typeof seedWorkspace>>['tokens'];
  // Sam, the supervisor of two tests, stays signed in for the file (a new profile and its first
  // page cost about a second of Chromium's CPU); each of his tests loads its page in his.
  let sam: WatchedPage;

  const api = async (method: string, path: string, body?: unknown, token = tokens.admin) => {
    const response = await server.request(method, `/v1/workspaces/acme${path}`, { token, body });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(response.body)}`);
    return response.body;
  };

  beforeAll(async () => {
    server = await startTestServer();
    ({ tokens } = await seedWorkspace(server, 'acme'));
    await api('POST', '/numbers', { id: 'n_main', e164: business, kind: 'rented', label: 'Madrid' });
    await api('PUT', '/users/u_agent/presence', { presence: 'online' });
    await api('PUT', '/users/u_admin/presence', { presence: 'pause' });
    origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    sam = await signedInPerson(browser, origin, 'sam@acme.test');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
  });

  it('shows a caller waiting and who is available, and updates when the caller hangs up, without a reload', async () => {
    const { page } = sam;
    await page.goto('/');
    await page.getByRole('link', { name: 'Wallboard' }).click();
    const tile = (name: string) => page.getByRole('region', { name, exact: true }).locator('.tile-value');
    await expect.poll(() => tile('Calls waiting').textContent()).toBe('0');
    const agents = page.getByRole('region', { name: 'Agents by presence' });
    await agents.getByRole('img', { name: 'Online: 1, Pre-pause: 0, Pause: 1, Offline: 1' }).waitFor();
    await agents.getByText('Alex Agent').waitFor();
    await page.getByText('Nobody is waiting.').waitFor();

    const { callId } = await api('POST', '/sim/calls', { from: customer, to: business }, tokens.agent);
    await expect.poll(() => tile('Calls waiting').textContent()).toBe('1');
    const queue = page.getByRole('region', { name: 'Waiting now' });
    // Issue 14: numbers written for people.
    await queue.getByRole('cell', { name: '+34 600 11 12 22' }).waitFor();
    await queue.getByText('Ringing agents · Madrid (+34 911 23 45 67)').waitFor();
    expect(await tile('Longest call wait').textContent()).toMatch(/^\d+:\d\d$/);

    await api('POST', `/sim/calls/${callId}/hangup`, undefined, tokens.agent);
    await expect.poll(() => tile('Calls waiting').textContent()).toBe('0');
    await expect.poll(() => tile('Calls missed today').textContent()).toBe('1');
    expect(await tile('Service level today').textContent()).toBe('0 %');
    await page.getByText('Nobody is waiting.').waitFor();
    // The hourly chart's text equivalent has the missed call.
    expect(
      await page
        .getByRole('table', { name: /calls by hour/ })
        .getByRole('cell', { name: '1' })
        .count(),
    ).toBe(1);

    // A person who answered changes the board too.
    const second = await api('POST', '/sim/calls', { from: customer, to: business }, tokens.agent);
    await expect.poll(() => tile('Calls waiting').textContent()).toBe('1');
    const phone = await api('GET', '/users/u_agent/phone');
    const line = phone.lines[0];
    await api('POST', `/sim/legs/${line.callId}/${line.legId}/answer`);
    await expect.poll(() => tile('Calls answered today').textContent()).toBe('1');
    await agents.getByText('on a call').waitFor();
    await api('POST', `/sim/calls/${second.callId}/hangup`, undefined, tokens.agent);
    await expect.poll(() => agents.getByText('on a call').count()).toBe(0);
    sam.expectClean();
  });

  it('keeps up while calls keep coming, not only once they stop', async () => {
    const { page } = sam;
    await page.goto('/wallboard');
    const waiting = page.getByRole('region', { name: 'Calls waiting', exact: true }).locator('.tile-value');
    await expect.poll(() => waiting.textContent()).toBe('0');

    // A call every ~0.1 s, closer together than the board's 0.2 s for letting a burst settle:
    // a wall display in a busy centre never sees a pause that long.
    const shown: string[] = [];
    let flowing = true;
    const watching = (async () => {
      while (flowing) {
        shown.push((await waiting.textContent()) ?? '');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const callIds: string[] = [];
    for (let i = 0; i < 15; i++) {
      const from = `+3460011${String(1000 + i)}`;
      callIds.push((await api('POST', '/sim/calls', { from, to: business }, tokens.agent)).callId);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    flowing = false;
    await watching;
    expect(
      shown.some((value) => Number(value) > 0),
      shown.join(' '),
    ).toBe(true);

    await expect.poll(() => waiting.textContent()).toBe('15');
    for (const callId of callIds) await api('POST', `/sim/calls/${callId}/hangup`, undefined, tokens.agent);
    await expect.poll(() => waiting.textContent()).toBe('0');
    sam.expectClean();
  });

  it('an agent reads it too, in Spanish, without the callers’ numbers', async () => {
    const person = await newPerson(browser, origin, 'es-ES');
    const { page } = person;
    await page.goto('/');
    await page.getByLabel('Correo electrónico').fill('alex@acme.test');
    await page.getByLabel('Contraseña').fill('correct horse');
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByRole('link', { name: 'Panel en vivo' }).click();
    const { callId } = await api('POST', '/sim/calls', { from: customer, to: business }, tokens.agent);
    const waiting = page
      .getByRole('region', { name: 'Llamadas en espera', exact: true })
      .locator('.tile-value');
    await expect.poll(() => waiting.textContent()).toBe('1');
    const queue = page.getByRole('region', { name: 'Esperando ahora' });
    await queue.getByRole('cell', { name: 'Un llamante' }).waitFor();
    expect(await queue.getByText(customer).count()).toBe(0);
    await api('POST', `/sim/calls/${callId}/hangup`, undefined, tokens.agent);
    await expect.poll(() => waiting.textContent()).toBe('0');
    person.expectClean();
  });
});
