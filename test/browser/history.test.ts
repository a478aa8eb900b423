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

const main = '+34911234567';
const second = '+34911234568';
const voicemailCaller = '+34600111222';
const refundCaller = '+34600999888';
/** Issue 14: numbers are written for people (this workspace has no country: internationally). */
const written = (e164: string) => e164.replace(/^\+34(\d{3})(\d{2})(\d{2})(\d{2})$/, '+34 $1 $2 $3 $4');

describeInBrowser('web console: History lists, filters and timelines (issue 7)', () => {
  let server: TestServer;
  let browser: Browser;
  let origin: string;
  let tokens: Awaited<ReturnType<typeof seedWorkspace>>['tokens'];
  let conversationId: string;

  const api = async (method: string, path: string, body?: unknown, token = tokens.admin) => {
    const response = await server.request(method, `/v1/workspaces/acme${path}`, { token, body });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const advance = (ms: number) =>
    server.request('POST', '/v1/clock/advance', { token: server.adminToken, body: { ms } });

  beforeAll(async () => {
    server = await startTestServer();
    ({ tokens } = await seedWorkspace(server, 'acme'));
    await api('POST', '/numbers', { id: 'n_main', e164: main, kind: 'rented', label: 'Madrid' });
    await api('POST', '/numbers', { id: 'n_second', e164: second, kind: 'rented', label: 'Sevilla' });

    // Nobody online: a caller leaves a 6-second voicemail on the second line.
    await api('PATCH', '/numbers/n_second/settings', {
      offlineAction: { kind: 'voicemail', greeting: 'Leave a message' },
    });
    const voicemail = await api('POST', '/sim/calls', { from: voicemailCaller, to: second }, tokens.agent);
    await advance(2_000);
    await advance(6_000);
    await api('POST', `/sim/calls/${voicemail.callId}/hangup`, undefined, tokens.agent);
    await server.sim.audioWritten();

    // Alex answers a recorded call and hands it to Sam with a note (T3).
    await api('PATCH', '/numbers/n_main/settings', { record: true });
    await api('PUT', '/users/u_agent/presence', { presence: 'online' });
    await api('PUT', '/users/u_sup/presence', { presence: 'online' });
    await advance(60_000);
    const refund = await api('POST', '/sim/calls', { from: refundCaller, to: main }, tokens.agent);
    const ringing = (await api('GET', '/users/u_agent/phone')).lines[0];
    await api('POST', `/sim/legs/${ringing.callId}/${ringing.legId}/answer`);
    await api('POST', `/calls/${refund.callId}/hold`, {}, tokens.agent);
    await api(
      'POST',
      `/calls/${refund.callId}/transfer`,
      { target: { kind: 'user', userId: 'u_sup' }, note: 'Wants a refund for order 1234' },
      tokens.agent,
    );
    const toSam = (await api('GET', '/users/u_sup/phone')).lines[0];
    await api('POST', `/sim/legs/${toSam.callId}/${toSam.legId}/answer`);
    await advance(4_000);
    await api('POST', `/sim/calls/${refund.callId}/hangup`, undefined, tokens.agent);
    await server.sim.audioWritten();

    // A web chat for Sales, transferred to Support with a reason (C3).
    await api('POST', '/departments', { id: 'sales', name: 'Sales', memberIds: ['u_agent'] });
    await api('POST', '/departments', { id: 'support', name: 'Support', memberIds: ['u_sup'] });
    const key = await api('POST', '/api-keys', { name: 'web chat', role: 'agent' });
    ({ conversationId } = await api(
      'POST',
      '/channels/webchat/messages',
      {
        contact: { address: 'visitor-7', name: 'Nora' },
        channelMessageId: 'm1',
        text: 'Is my parcel lost?',
        departmentId: 'sales',
      },
      key.token,
    ));
    await api(
      'POST',
      `/conversations/${conversationId}/transfer`,
      { to: { kind: 'department', departmentId: 'support' }, reason: 'Parcel questions go to Support' },
      tokens.agent,
    );

    origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
  });

  /** Sam, the supervisor, signed in once for the file's tests: each starts at a screen's address. */
  let sam: WatchedPage;
  beforeAll(async () => {
    sam = await signedInPerson(browser, origin, 'sam@acme.test');
  });

  it('filters calls by number typed, outcome and direction; a bad number is refused under its field', async () => {
    const person = sam;
    const { page } = person;
    await openScreen(page, '/');
    await page.getByRole('link', { name: 'History' }).click();
    const rows = page.getByRole('table', { name: 'Calls, newest first' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);

    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Caller or called number').fill('+34 600 999 888');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(written(refundCaller));
    expect(page.url()).toContain('phone=');

    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await filters.getByLabel('Outcome').selectOption('voicemail');
    await filters.getByLabel('Direction').selectOption('inbound');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(written(voicemailCaller));

    await filters.getByRole('button', { name: 'Clear filters' }).click();
    // The server judges a number (400, named field), and the page shows it under the field.
    person.expectRefusal('GET', '/v1/workspaces/acme/calls', 400);
    await filters.getByLabel('Caller or called number').fill('12');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    const phone = filters.getByLabel('Caller or called number');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await filters.getByRole('alert').filter({ hasText: 'phone' }).waitFor();
    person.expectClean();
  });

  it('a transferred call’s timeline shows the routing, the transfer and its note', async () => {
    const person = sam;
    const { page } = person;
    await openScreen(page, '/history/calls');
    await page
      .getByRole('link', { name: new RegExp(`^Timeline of the call from \\${written(refundCaller)}`) })
      .click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline
      .getByText(
        /^Routing: offered to the agents of Madrid \(\+34 911 23 45 67\), strategy: .+ \(pool of 3\)$/,
      )
      .waitFor();
    await timeline.getByText('Alex Agent: available, offered the call').waitFor();
    await timeline.getByText('Alex Agent put the caller on hold').waitFor();
    await timeline.getByText('Alex Agent transferred the call to Sam Supervisor (direct)').waitFor();
    expect(await timeline.locator('blockquote').first().textContent()).toBe('Wants a refund for order 1234');
    await timeline.getByText('Sam Supervisor answered').waitFor();
    // V2: the recording plays where it stopped, as long as the call was connected.
    const recordings = timeline.locator('audio');
    await expect.poll(() => recordings.count()).toBeGreaterThan(0);
    expect(await recordings.first().getAttribute('aria-label')).toMatch(/^Recording 1 \(\d+ s\)$/);
    expect(await recordings.first().getAttribute('src')).toMatch(/^blob:/);
    expect(await page.getByRole('definition').filter({ hasText: 'Sam Supervisor' }).count()).toBe(1);
    person.expectClean();
  });

  it('an agent’s history lists the calls they took part in, also one they passed on, and no others', async () => {
    const person = await signedInPerson(browser, origin, 'alex@acme.test');
    const { page } = person;
    await page.goto('/history/calls');
    // Alex answered the refund call and transferred it to Sam: it is Sam's now, and still in Alex's history.
    const passedOn = page.getByRole('link', {
      name: new RegExp(`^Timeline of the call from \\${written(refundCaller)}`),
    });
    await passedOn.waitFor();
    // The voicemail call never rang him.
    expect(
      await page
        .getByRole('link', { name: new RegExp(`^Timeline of the call from \\${written(voicemailCaller)}`) })
        .count(),
    ).toBe(0);
    await passedOn.click();
    await page
      .getByRole('list', { name: 'Timeline' })
      .getByText('Alex Agent put the caller on hold')
      .waitFor();
    person.expectClean();
  });

  it('a voicemail plays in the page, fetched with the session', async () => {
    const person = sam;
    const { page } = person;
    await openScreen(page, `/history/calls?outcome=voicemail`);
    await page
      .getByRole('link', { name: new RegExp(`^Timeline of the call from \\${written(voicemailCaller)}`) })
      .click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Nobody could take it: voicemail').waitFor();
    await timeline.getByText('Why: no assigned agent online').waitFor();
    const audio = timeline.getByLabel(`Voicemail from ${written(voicemailCaller)} (6 s)`);
    await audio.waitFor();
    expect(await audio.getAttribute('src')).toMatch(/^blob:/);
    await expect
      .poll(() => audio.evaluate((element) => (element as unknown as { duration: number }).duration))
      .toBeCloseTo(6, 0);
    person.expectClean();
  });

  it('voicemails: played on demand, marked heard by the person, filtered by heard', async () => {
    const person = sam;
    const { page } = person;
    await openScreen(page, '/history/calls');
    await page.getByRole('tab', { name: 'Voicemails' }).click();
    const table = page.getByRole('table', { name: 'Voicemails, newest first' });
    const label = `Voicemail from ${written(voicemailCaller)} (6 s)`;
    await table.getByRole('button', { name: `Load and play ${label}` }).click();
    const audio = table.getByLabel(label);
    await audio.waitFor();
    expect(await audio.getAttribute('src')).toMatch(/^blob:/);
    await table
      .getByRole('button', { name: `Mark the voicemail from ${written(voicemailCaller)} heard` })
      .click();
    await table.getByText('Heard by Sam Supervisor').waitFor();
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Heard').selectOption('false');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No voicemails match these filters.').waitFor();
    person.expectClean();
  });

  it('a conversation’s timeline shows where routing sent it and the transfer with its reason', async () => {
    const person = sam;
    const { page } = person;
    await openScreen(page, '/history/calls');
    await page.getByRole('tab', { name: 'Conversations' }).click();
    await page.getByRole('link', { name: /^Timeline of the conversation with Nora/ }).click();
    await page.getByRole('heading', { name: 'Conversation with Nora' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Nora opened a conversation on webchat').waitFor();
    await timeline.getByText('Alex Agent transferred it to the Support department').waitFor();
    await timeline.getByText('Parcel questions go to Support', { exact: true }).first().waitFor();
    const messages = page.getByRole('region', { name: 'Messages and notes' });
    await messages.getByText('Is my parcel lost?').waitFor();
    await messages.getByText('Transfer reason by Alex Agent').waitFor();
    person.expectClean();
  });
});
