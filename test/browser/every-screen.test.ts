import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyDemo } from '../../src/cli/demo.ts';
import { axeViolations } from '../support/axe.ts';
import {
  describeInBrowser,
  executablePath,
  launchBrowser,
  openScreen,
  openWithin,
  type WatchedPage,
  watched,
  watchedSignedIn,
} from '../support/browser.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Issue 14: every screen a role can reach, walked in a fresh profile, with nothing the
 * browser would flag (test/support/browser.ts's watcher: no page error, no console error, no
 * failed request and no answer of 400 or more).
 */
const watchedAt = (browser: Browser, origin: string, width = 1280, height = 800, timezoneId?: string) =>
  watched(browser, { baseURL: origin, viewport: { width, height }, locale: 'en-GB', timezoneId });

async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

const everyone = [
  '/desktop',
  '/chat',
  '/history/calls',
  '/history/conversations',
  '/history/voicemails',
  '/wallboard',
  '/try',
];
const admin = [
  '/live',
  '/workflows',
  '/workflows/wf_reassign_unanswered',
  '/workflows/wf_reassign_unanswered/runs',
  '/admin/numbers',
  '/admin/numbers/n_main',
  '/admin/numbers/n_support',
  '/admin/groups',
  '/admin/groups/g_sales',
  '/admin/ivr-menus',
  '/admin/ivr-menus/m_main',
  '/admin/users',
  '/admin/users/u_lucia',
  '/admin/departments',
  '/admin/departments/support',
  '/admin/contacts',
  '/admin/billing',
];

/**
 * The screens the admin's walk also checks with axe (issue 7): one of each kind, where axe.run is
 * 0.2-0.4 s of Chromium's CPU a screen. The log-in page is checked before the walk signs in.
 */
const audited = new Set([
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
]);

describeInBrowser('web console: every screen as each role, with no error (issue 14)', () => {
  let server: TestServer;
  let browser: Browser;
  let origin: string;
  let callId: string;
  let chatId: string;

  beforeAll(async () => {
    server = await startTestServer();
    await applyDemo(server);
    const demo = (method: string, path: string, body?: unknown) =>
      server.request(method, `/v1/workspaces/demo${path}`, { token: server.adminToken, body });
    // Something in every list: a call Lucía answers and a chat from a visitor.
    await demo('PUT', '/users/u_lucia/presence', { presence: 'online' });
    callId = (await demo('POST', '/sim/calls', { from: '+34699111222', to: '+34910123456' })).body.callId;
    const chat = {
      contact: { address: 'visitor-walk' },
      channelMessageId: 'walk-1',
      text: 'Hola',
      departmentId: 'sales',
    };
    chatId = (await demo('POST', '/channels/webchat/messages', chat)).body.conversationId;
    // A chat from a phone number the CRM knows (Jorge Navarro), on a callback-like channel.
    const fromPhone = {
      contact: { address: '+34688333444' },
      channelMessageId: 'walk-2',
      text: 'Llámenme',
      departmentId: 'sales',
    };
    await demo('POST', '/channels/webchat/messages', fromPhone);
    origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
  });

  /**
   * A fresh profile signed in as `email` (the walks above sign in through the form), opened
   * at `screen`.
   */
  async function openAs(
    email: string,
    screen: string,
    width = 1280,
    height = 800,
    timezoneId?: string,
    locale = 'en-GB',
  ) {
    const session = await server.request('POST', '/v1/sessions', {
      body: { email, password: 'demo-password' },
    });
    expect(session.status).toBe(201);
    const opened = await watchedSignedIn(browser, origin, session.body, {
      viewport: { width, height },
      locale,
      timezoneId,
    });
    return at(opened, screen);
  }

  /**
   * `person`'s page at `screen`, once its top bar shows: loaded in a new profile; in a kept one
   * (Lucía's, Ana's) followed to as a link (openScreen), as a person keeps the console open.
   */
  async function at(person: WatchedPage, screen: string) {
    await openScreen(person.page, screen);
    // The top bar's navigation, in whichever language (Main, Principal).
    await person.page.getByRole('navigation').first().waitFor();
    return person;
  }

  // Lucía and Ana (the admin) at 1280 px in English, signed in once for the tests below that
  // need nothing else (a profile is half a second of Chromium's CPU); each loads its screen.
  let lucia: WatchedPage;
  let ana: WatchedPage;
  beforeAll(async () => {
    lucia = await openAs('lucia@demo.test', '/');
    ana = await openAs('admin@demo.test', '/');
  });

  for (const [role, email, screens, withAxe] of [
    ['agent', 'lucia@demo.test', everyone, false],
    ['supervisor', 'supervisor@demo.test', everyone, false],
    ['admin', 'admin@demo.test', [...everyone, ...admin], true],
  ] as const) {
    const audit = withAxe
      ? '; the log-in page and one screen of each kind pass axe’s WCAG 2 AA and best-practice rules'
      : '';
    it(`${role}: every screen opens with no console error or failed request${audit}`, async () => {
      const person = await watchedAt(browser, origin);
      const { page, context, problems, settled } = person;
      if (withAxe) {
        await page.goto('/');
        await page.getByRole('button', { name: 'Sign in' }).waitFor();
        expect(await axeViolations(person)).toEqual([]);
      }
      await signInAs(page, email);
      for (const screen of [...screens, `/history/calls/${callId}`]) {
        // As a person follows the console's links: one page load for the walk, not one a
        // screen (each screen's own test file loads it from its address).
        await openWithin(page, screen);
        // Every read the screen makes is answered before the next one opens (none abandoned).
        await settled();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        expect(new URL(page.url()).pathname).toBe(screen);
        // Issue 7: checked where the walk already is (a page load and an axe injection a screen
        // cost as much Chromium CPU as the rest of this file's walks).
        if (withAxe && audited.has(screen))
          expect({ screen, violations: await axeViolations(person) }).toEqual({ screen, violations: [] });
      }
      await context.close();
      expect(problems).toEqual([]);
    }, 120_000);
  }

  it('an agent who transfers a chat away asks for it no more (no 403)', async () => {
    const { page } = await at(lucia, `/chat/${chatId}`);
    await page.getByRole('list', { name: 'Messages' }).getByText('Hola').waitFor();
    await page.getByRole('button', { name: 'Transfer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Transfer conversation' });
    await dialog.getByRole('radio', { name: /Support/ }).check();
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/\/chat$/);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
  });

  it('the Numbers list has a cell under every header: where calls go, and a strategy only where it applies', async () => {
    const { page } = await at(ana, '/admin/numbers');
    const table = page.getByRole('table');
    await table.getByRole('row').nth(1).waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    const rows = await table.getByRole('row').all();
    for (const row of rows.slice(1)) expect(await row.getByRole('cell').count()).toBe(headers.length);
    const cells = async (label: string) => {
      const row = table.getByRole('row').filter({ hasText: label });
      const texts = await row.getByRole('cell').allTextContents();
      return Object.fromEntries(headers.map((header, i) => [header, texts[i]]));
    };
    expect(await cells('Main line (IVR menu)')).toMatchObject({
      'Send calls to': 'IVR: Main menu',
      Strategy: '—',
    });
    expect(await cells('Barcelona support line')).toMatchObject({
      'Incoming calls': 'Forward all calls',
      'Send calls to': '932 00 01 11',
      Strategy: '—',
    });
    expect(await cells('Madrid main line')).toMatchObject({
      'Send calls to': 'Assigned users',
      Strategy: 'Simultaneous',
    });
  });

  for (const locale of ['en-GB', 'es-ES'])
    it(`the top bar keeps one row at 1280 px for an admin (${locale}); language and sign-out are in the account menu`, async () => {
      // Ana's kept profile is this admin at 1280 px in English; Spanish needs a profile of its own.
      const { page, context } =
        locale === 'en-GB'
          ? await at(ana, '/')
          : await openAs('admin@demo.test', '/', 1280, 800, undefined, locale);
      const bar = page.locator('header.topbar');
      const links = await page.getByRole('navigation').first().getByRole('link').all();
      const tops = new Set<number>();
      for (const link of links) tops.add(Math.round((await link.boundingBox())!.y));
      expect(tops.size).toBe(1);
      expect((await bar.boundingBox())!.height).toBeLessThan(60);
      const account = page.getByRole('button', { name: /^(Account|Cuenta): Ana García$/ });
      await account.click();
      await page.getByRole('button', { name: /^(Sign out|Cerrar sesión)$/ }).waitFor();
      await page.keyboard.press('Escape');
      expect(await account.getAttribute('aria-expanded')).toBe('false');
      if (locale !== 'en-GB') await context.close();
    });

  it('the softphone’s “…” menu fits on screen at 1280 px', async () => {
    const { page } = await at(lucia, '/');
    const phone = page.getByRole('complementary', { name: 'Softphone' });
    await phone.getByRole('button', { name: 'Answer' }).click();
    await phone.getByRole('button', { name: 'More call actions' }).click();
    const menu = phone.getByRole('menu');
    await menu.waitFor();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  });

  it('the wallboard’s TV mode shows the board alone (no top bar, no softphone), larger, and leads back', async () => {
    const { page, context, problems } = await openAs('supervisor@demo.test', '/wallboard', 1920, 1080);
    const normal = (await page.locator('.tile-value').first().boundingBox())!.height;
    await page.getByRole('link', { name: 'TV mode' }).click();
    await expect.poll(() => page.url()).toMatch(/\/wallboard\/tv$/);
    await page.getByRole('heading', { name: 'Wallboard', level: 1 }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await page.getByRole('complementary', { name: 'Softphone' }).count()).toBe(0);
    expect((await page.locator('.tile-value').first().boundingBox())!.height).toBeGreaterThan(normal * 1.4);
    await page.screenshot({ path: '/tmp/wallboard-tv.png' });
    await page.getByRole('link', { name: 'Leave TV mode' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await context.close();
    expect(problems).toEqual([]);
  });

  it('someone offline with no call has the softphone folded to a bar; it opens on a click', async () => {
    const { page } = await at(ana, '/admin/numbers');
    const dock = page.getByRole('complementary', { name: 'Softphone' });
    const open = dock.getByRole('button', { name: 'Open the phone' });
    await open.waitFor();
    expect((await dock.boundingBox())!.width).toBeLessThan(80);
    await open.click();
    await dock.getByLabel('Number to call').waitFor();
    expect((await dock.boundingBox())!.width).toBeGreaterThan(250);
    await dock.getByRole('button', { name: 'Fold away' }).click();
    await open.waitFor();
  });

  it('the workflow builder keeps every step’s Move and Remove buttons beside its title at 1280 px', async () => {
    const { page } = await at(ana, '/workflows/wf_reassign_unanswered');
    // With the phone open, as for someone on duty: the narrowest the builder gets.
    await page.getByRole('button', { name: 'Open the phone' }).click();
    const cards = page.locator('.wf-step > section');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(6);
    for (const card of await cards.all()) {
      const title = (await card.getByRole('heading', { level: 3 }).boundingBox())!;
      const remove = (await card.getByRole('button', { name: 'Remove step' }).boundingBox())!;
      expect(Math.abs(remove.y - title.y)).toBeLessThan(12);
    }
  });

  it('History in human form: the workspace’s time (and zone) in a UTC browser, names, and numbers written the Spanish way', async () => {
    const { page, context } = await openAs('admin@demo.test', '/history/calls', 1280, 800, 'UTC');
    await page.getByText('Times are Europe/Madrid time, the workspace’s.').waitFor();
    const row = page.getByRole('table').getByRole('row').filter({ hasText: 'Carmen Vidal' });
    const text = await row.textContent();
    // The virtual clock starts at 09:00 in Madrid (08:00 UTC) on Monday 5 January 2026.
    expect(text).toContain('5 Jan 2026, 09:00:00 CET');
    expect(text).toContain('Carmen Vidal699 11 12 22');
    expect(text).toContain('Madrid main line910 12 34 56');
    expect(text).not.toContain('+34');
    // The call's page, as its row's link leads there (the console is not loaded again).
    await openWithin(page, `/history/calls/${callId}`);
    await page
      .getByRole('heading', { name: 'Call from Carmen Vidal to Madrid main line', level: 1 })
      .waitFor();
    await page
      .getByRole('list', { name: 'Timeline' })
      .getByText('Call from Carmen Vidal (699 11 12 22) to Madrid main line (910 12 34 56)')
      .waitFor();
    await context.close();
  });

  it('a chat from a phone number the CRM knows is shown by the contact’s name, on the desktop and in the inbox', async () => {
    const { page } = await at(lucia, '/');
    await page.getByRole('region', { name: 'Your conversations' }).getByText('Jorge Navarro').waitFor();
    await openWithin(page, '/chat');
    await page.getByRole('navigation', { name: 'Conversations' }).getByText('Jorge Navarro').waitFor();
    expect(await page.getByText('+34688333444').count()).toBe(0);
  });

  it('the first load asks for no missing file (favicon included), and its scripts and styles come compressed', async () => {
    const { page, context, problems, settled } = await watchedAt(browser, origin);
    const assets: string[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (/^\/assets\/.*\.(js|css)$/.test(pathname))
        assets.push(`${pathname} ${response.headers()['content-encoding'] ?? 'not compressed'}`);
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await settled();
    // The build's Brotli or gzip copies (web/precompress.ts): a quarter of the bytes to download.
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) expect(asset).toMatch(/ (br|gzip)$/);
    for (const icon of ['/favicon.ico', '/favicon.svg']) {
      const favicon = await page.request.get(icon);
      expect(favicon.status()).toBe(200);
      // Kept a day, not asked for again at every screen.
      expect(favicon.headers()['cache-control']).toBe('public, max-age=86400');
    }
    await context.close();
    expect(problems).toEqual([]);
    expect(executablePath).toBe('/usr/bin/chromium');
  });
});
