import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, expect } from 'vitest';

/**
 * Browser tests drive Debian's Chromium (never a downloaded one). Without it they are
 * skipped with the command that installs it; on CI (CI=true) a missing browser fails.
 */
export const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
const onCi = process.env.CI === 'true';
const missing = `Chromium is not installed at ${executablePath}: apt-get install -y chromium`;

export function describeInBrowser(name: string, body: () => void): void {
  if (!hasChromium && !onCi) console.warn(`Skipping "${name}". ${missing}`);
  describe.skipIf(!hasChromium && !onCi)(name, body);
}

/** `extraArgs`: more Chromium flags (the browser phone's fake microphone, for one). */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!hasChromium) throw new Error(missing);
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', ...extraArgs],
  });
}

/**
 * A fresh browser profile (its own localStorage, so its own signed-in person) at a laptop
 * size, failing the test on any page error or console error.
 */
export async function newPerson(browser: Browser, origin: string, language = 'en-GB') {
  const context: BrowserContext = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1366, height: 800 },
    locale: language,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      problems.push(message.text());
  });
  return {
    page,
    context,
    problems,
    /** No uncaught error or console error happened in the page. */
    expectClean() {
      expect(problems).toEqual([]);
    },
  };
}

/** Signs in through the log-in form and waits for the desktop. */
export async function signIn(page: Page, email: string, password = 'correct horse'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
