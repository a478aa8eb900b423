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

const business = '+34911234567';

describeInBrowser('web console: the supervisors’ Live page (R3, R4)', () => {
  let server: TestServer;
  let browser: Browser;
  let origin: string;
  let tokens: Awaited<ReturnType<typeof seedWorkspace>>['tokens'];
  // Sam, the supervisor of every test here, stays signed in for the file (a new profile and its
  // first page cost about a second of Chromium's CPU); each test loads its page in his.
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
    await api('PATCH', '/numbers/n_main/settings', {
      strategy: 'sequential',
      noAnswerAction: { kind: 'hang_up' },
      callback: { enabled: true },
    });
    await api('PUT', '/users/u_agent/presence', { presence: 'online' });
    origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    sam = await signedInPerson(browser, origin, 'sam@acme.test');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
  });

  it('R4: Sam sees Alex’s call, listens, then whispers; R3: a callback waiting in the queue, cancelled', async () => {
    const { callId } = await api('POST', '/sim/calls', { from: '+34600111222', to: business }, tokens.agent);
    const [line] = (await api('GET', '/users/u_agent/phone')).lines;
    await api('POST', `/sim/legs/${callId}/${line.legId}/answer`, undefined, tokens.agent);

    const { page } = sam;
    // Sam keeps the console open: from the desktop, the Live link.
    await openScreen(page, '/desktop');
    await page.getByRole('link', { name: 'Live' }).click();
    const calls = page.getByRole('region', { name: 'Calls' });
    const row = calls.getByRole('row', { name: /\+34 600 11 12 22/ });
    await row.getByRole('cell', { name: 'Alex Agent' }).waitFor();
    await row.getByRole('cell', { name: 'Connected' }).waitFor();

    await row.getByRole('button', { name: 'Listen to the call from +34 600 11 12 22' }).click();
    await page.getByRole('status').getByText('Your phone rings: answer it to join in Listen mode.').waitFor();
    const [ringing] = (await api('GET', '/users/u_sup/phone')).lines;
    await api('POST', `/sim/legs/${callId}/${ringing.legId}/answer`, undefined, tokens.supervisor);
    await row.getByText('You: Listen').waitFor();
    await row.getByRole('button', { name: 'Whisper to the agent on the call from +34 600 11 12 22' }).click();
    await row.getByText('You: Whisper').waitFor();
    const legs: Array<{ userId?: string; hears: { legIds: string[] } }> = (
      await api('GET', `/sim/calls/${callId}`)
    ).legs;
    expect(legs.find((leg) => leg.userId === 'u_agent')!.hears.legIds).toContain(ringing.legId);

    // A second caller waits behind Alex and asks to be called back.
    const waiting = await api('POST', '/sim/calls', { from: '+34600333444', to: business }, tokens.agent);
    await api('POST', `/sim/calls/${waiting.callId}/digits`, { digits: '*#' }, tokens.agent);
    const callbacks = page.getByRole('region', { name: 'Callbacks' });
    const callback = callbacks.getByRole('row', { name: /\+34 600 33 34 44/ });
    await callback.getByRole('cell', { name: 'No. 1 in the queue' }).waitFor();
    await callback.getByRole('button', { name: 'Cancel the callback to +34 600 33 34 44' }).click();
    await callbacks.getByText('Nothing now.').waitFor();
    sam.expectClean();
  });

  it('R4 (issue 21): Sam sends a waiting call to a group from the Live page; the group rings its member', async () => {
    const group = await api('POST', '/groups', {
      name: 'Escalations',
      memberIds: ['u_admin'],
      strategy: 'sequential',
      ringTimeoutSec: 30,
    });
    await api('PUT', '/users/u_admin/presence', { presence: 'online' });
    // Alex is still on the first call: this one rings Ada, nobody has answered it.
    const { callId } = await api('POST', '/sim/calls', { from: '+34600555666', to: business }, tokens.agent);
    const { page } = sam;
    // Sam keeps the console open: from the desktop, the Live link.
    await openScreen(page, '/desktop');
    await page.getByRole('link', { name: 'Live' }).click();
    const row = page.getByRole('region', { name: 'Calls' }).getByRole('row', { name: /\+34 600 55 56 66/ });
    await row.getByRole('cell', { name: 'Waiting' }).waitFor();
    await row.getByLabel(/Transfer to/).selectOption({ label: 'Escalations' });
    await row.getByRole('button', { name: /Transfer the call from \+34 600 55 56 66/ }).click();
    await expect
      .poll(async () => {
        const history: Array<{ type: string; data: Record<string, unknown> }> = (
          await api('GET', `/calls/${callId}`)
        ).history;
        return history.find((entry) => entry.type === 'call.supervisor_action')?.data.target;
      })
      .toEqual({ kind: 'group', groupId: group.id });
    expect((await api('GET', '/users/u_admin/phone')).lines).toEqual([expect.objectContaining({ callId })]);
    await api('POST', `/sim/calls/${callId}/hangup`, undefined, tokens.agent);
    sam.expectClean();
  });

  it('under a steady flow of calls the page keeps up, reading the live board a few times a second at most', async () => {
    const { page } = sam;
    await page.goto('/live');
    const calls = page.getByRole('region', { name: 'Calls' });
    await calls.waitFor();
    await sam.settled();
    const reads: number[] = [];
    const noteRead = (request: { url(): string }) => {
      if (new URL(request.url()).pathname === '/v1/workspaces/acme/live') reads.push(Date.now());
    };
    page.on('request', noteRead);
    // A call every ~0.1 s for about two seconds: each is several commits the page hears of.
    const began = Date.now();
    const callIds: string[] = [];
    for (let i = 0; i < 20; i++) {
      const from = `+3460022${String(1000 + i)}`;
      callIds.push((await api('POST', '/sim/calls', { from, to: business }, tokens.agent)).callId);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const flowMs = Date.now() - began;
    await calls.getByRole('row', { name: /\+34 600 22 10 19/ }).waitFor();
    page.off('request', noteRead);
    // At most one read per quarter second while it flows, and one after.
    expect(reads.length, `${reads.length} reads in ${flowMs} ms`).toBeLessThanOrEqual(
      Math.ceil(flowMs / 250) + 2,
    );
    for (const callId of callIds) await api('POST', `/sim/calls/${callId}/hangup`, undefined, tokens.agent);
    await expect.poll(() => calls.getByRole('row', { name: /\+34 600 22/ }).count()).toBe(0);
    sam.expectClean();
  }, 60_000);
});
