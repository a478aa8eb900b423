import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, playwrightDisabledFeatures } from '../support/browser.ts';

/**
 * The browser tests' Chromium turns off features of its own (test/support/browser.ts). Chromium
 * reads only the last `--disable-features` it is given, so ours must carry Playwright's too:
 * after a Playwright upgrade this says which of its features ours lacks.
 */
describeInBrowser('the Chromium the browser tests drive', () => {
  let browser: Browser;
  let commandLine: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto('chrome://version');
    commandLine = (await page.locator('#command_line').textContent()) ?? '';
    await page.close();
  });
  afterAll(() => browser?.close());

  it('keeps every feature Playwright turns off turned off (Chromium reads the last --disable-features)', () => {
    const lists = [...commandLine.matchAll(/--disable-features=(\S+)/g)].map(
      (match) => match[1]?.split(',') ?? [],
    );
    expect(lists.length).toBeGreaterThan(0);
    const last = new Set(lists.at(-1));
    const lacking = lists.flat().filter((feature) => !last.has(feature));
    expect(lacking, 'features Playwright turns off that launchBrowser does not').toEqual([]);
    expect([...last]).toEqual(expect.arrayContaining(playwrightDisabledFeatures));
  });

  it('opens a browser context without the omnibox popups a window would load', async () => {
    const context = await browser.newContext();
    await context.newPage();
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { type: string; url: string }[];
    };
    await session.detach();
    await context.close();
    // Another Chromium may load other browser UI: only the popups launchBrowser turns off are checked.
    const popups = targetInfos.filter((target) => target.url.startsWith('chrome://omnibox-popup'));
    expect(targetInfos.map((target) => target.type)).toContain('page');
    expect(popups.map((target) => target.url)).toEqual([]);
  });
});
