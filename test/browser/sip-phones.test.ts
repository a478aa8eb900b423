import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registerByHand } from '../sip/support/register.ts';
import { type SipTestServer, startSipServer } from '../sip/support/server.ts';
import { describeInBrowser, launchBrowser, openWithin, signedInPerson } from '../support/browser.ts';

let sip: SipTestServer;
let browser: Browser;
let origin: string;
let phone: { status: number; close(): void };

beforeAll(async () => {
  sip = await startSipServer();
  const people = [
    { id: 'u_admin', name: 'Ada Admin', email: 'ada@acme.test', role: 'admin', password: 'correct horse' },
    { id: 'u_ann', name: 'Ann Agent', email: 'ann@acme.test', role: 'agent', password: 'correct horse' },
    { id: 'u_bo', name: 'Bo Agent', email: 'bo@acme.test', role: 'agent', password: 'correct horse' },
  ];
  for (const person of people) expect((await sip.api('POST', '/users', person)).status).toBe(201);
  expect(
    (await sip.api('PUT', '/users/u_ann/sip', { username: 'ann', password: 'ann-secret-1' })).status,
  ).toBe(200);
  phone = await registerByHand({
    sipPort: sip.sipPort,
    username: 'ann',
    password: 'ann-secret-1',
    userAgent: 'Yealink SIP-T46U 108.86.0.20',
  });
  expect(phone.status).toBe(200);
  origin = await sip.server.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  phone?.close();
  await browser?.close();
  await sip?.close();
});

describeInBrowser('S2: which phones a user has registered, in the console', () => {
  it("the admin sees on Ann's page her desk phone, where it registered from and until when", async () => {
    const { page } = await signedInPerson(browser, origin, 'ada@acme.test');
    await page.goto('/admin/users/u_ann');
    const panel = page.getByRole('region', { name: 'SIP phones' });
    await expect.poll(() => panel.textContent()).toContain('Yealink SIP-T46U');
    const text = await panel.textContent();
    expect(text).toContain('SIP username ann:');
    expect(text).toContain('1 registered');
    expect(text).toMatch(/127\.0\.0\.1:\d+ \(UDP\)/);
    const until = await panel.getByRole('cell').nth(2).textContent();
    expect(until).toMatch(/\d/);

    // Bo's page, as a link from Ann's is followed (the console is not loaded again).
    await openWithin(page, '/admin/users/u_bo');
    await expect
      .poll(() => page.getByRole('region', { name: 'SIP phones' }).textContent())
      .toContain('No SIP credentials');
  });

  it('Ann sees her own desk phone on her desktop; Bo, who has none set up, sees no such panel and may not read hers', async () => {
    const ann = await signedInPerson(browser, origin, 'ann@acme.test');
    await ann.page.goto('/');
    const panel = ann.page.getByRole('region', { name: 'My desk phones' });
    await expect.poll(() => panel.textContent()).toContain('Yealink SIP-T46U');

    const bo = await signedInPerson(browser, origin, 'bo@acme.test');
    await bo.page.goto('/');
    await bo.page.getByRole('heading', { name: /Bo Agent/ }).waitFor();
    await expect.poll(() => bo.page.getByRole('region', { name: 'My desk phones' }).count()).toBe(0);
    const session = await sip.server.app.inject({
      method: 'POST',
      url: '/v1/sessions',
      payload: { email: 'bo@acme.test', password: 'correct horse', workspaceId: 'acme' },
    });
    const read = (userId: string) =>
      sip.server.app.inject({
        method: 'GET',
        url: `/v1/workspaces/acme/users/${userId}/phones`,
        headers: { authorization: `Bearer ${JSON.parse(session.body).token}` },
      });
    expect((await read('u_ann')).statusCode).toBe(403);
    expect(JSON.parse((await read('u_bo')).body)).toEqual({ account: null, registered: false, devices: [] });
  });
});
