import { existsSync } from 'node:fs';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
  type Request,
} from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, vi } from 'vitest';

/**
 * Browser tests drive Debian's Chromium (never a downloaded one). Without it they are
 * skipped with the command that installs it; on CI (CI=true) a missing browser fails.
 */
export const executablePath = '/usr/bin/chromium';
const hasChromium = existsSync(executablePath);
const onCi = process.env.CI === 'true';
const missing = `Chromium is not installed at ${executablePath}: apt-get install -y chromium`;

/** How long a browser test's expect.poll waits, unless it says otherwise. */
export const pollTimeoutMs = 20_000;
/** A browser test's limit, unless it says otherwise: people sign in and pages load on a loaded machine. */
export const browserTestTimeoutMs = 60_000;

type Watcher = ReturnType<typeof watchPage>;
/** The pages watched since the last test ended: each is checked after every test. */
const watching = new Set<Watcher>();
/**
 * The profiles opened by the running test (not by a beforeAll), closed after it: a console left
 * open keeps running (its clock re-renders it every second, its stream stays connected) through
 * the rest of the file's tests.
 */
const openedByTest = new Set<BrowserContext>();
/**
 * The pages a beforeAll opened, kept open for the file's tests (a profile and a page cost about
 * half a second of Chromium's CPU each): each is checked after every test, as a test's own page
 * is, and then starts the next test with nothing seen and nothing declared.
 */
const keptForFile = new Set<Watcher>();
/**
 * Whether a browser test (or its beforeEach) is running. Not Vitest's current test name: a worker
 * that runs several files keeps the previous file's last one through the next file's beforeAll.
 */
let testRunning = false;

/**
 * A browser test suite. After each test every page opened through `newPerson` or `watched`
 * is checked as `expectClean` does, so a test cannot forget to, and the profiles the test opened
 * are closed (those a beforeAll opened stay open for the file).
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (!hasChromium && !onCi) console.warn(`Skipping "${name}". ${missing}`);
  describe.skipIf(!hasChromium && !onCi)(name, () => {
    // expect.poll waits for what a person would see (a row, a count) through the stream, a
    // reload and a render: 1 s by default, which a loaded CI machine can take for that alone.
    // Every browser test has 60 s unless it says more (chat's had the project's 30 s: two
    // timed out at load 17-19, taking 3-5 s quiet). Vitest restores its config after each file.
    vi.setConfig({ testTimeout: browserTestTimeoutMs, expect: { poll: { timeout: pollTimeoutMs } } });
    beforeEach(() => {
      testRunning = true;
    });
    afterEach(async () => {
      testRunning = false;
      const pages = [...watching];
      const contexts = [...openedByTest];
      watching.clear();
      openedByTest.clear();
      try {
        for (const watcher of [...pages, ...keptForFile]) watcher.expectClean();
      } finally {
        for (const watcher of keptForFile) watcher.forget();
        await Promise.all(contexts.map((context) => context.close()));
      }
    });
    afterAll(() => keptForFile.clear());
    body();
  });
}

/**
 * The features Playwright (playwright-core 1.65) turns off in every Chromium it launches.
 * Chromium reads only the last `--disable-features`, so ours repeats them;
 * test/browser/chromium-flags.test.ts fails when Playwright's list has one this lacks.
 */
export const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 loads its WebUI omnibox popups (two renderers) into every new window, and
 * Playwright opens a window for every browser context: 0.3–0.8 s of CPU a context, which no
 * test looks at (about a quarter of the browser tests' CPU: BENCHMARKS.md, session 10).
 */
const unusedFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * The Chromium this worker keeps for its test files, one per set of extra flags: a launch and
 * its close cost about 0.25 s of CPU and 0.4 s of wall, once per file before (26 files). Every
 * file still gets profiles of its own (newContext), and its `close()` closes those.
 */
const kept = new Map<string, Promise<Browser>>();

/**
 * A Chromium for one test file: the worker's own (see `kept`), relaunched if it went away.
 * `extraArgs`: more Chromium flags (the browser phone's fake microphone, for one). Its `close()`
 * closes the profiles still open in it, not Chromium, which Playwright ends with the worker.
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!hasChromium) throw new Error(missing);
  const key = extraArgs.join(' ');
  const running = await kept.get(key)?.catch(() => undefined);
  if (running?.isConnected()) return running;
  const launching = launchChromium(extraArgs);
  kept.set(key, launching);
  const browser = await launching;
  browser.close = async () => {
    await Promise.all(browser.contexts().map((context) => context.close()));
  };
  return browser;
}

function launchChromium(extraArgs: string[]): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      `--disable-features=${[...playwrightDisabledFeatures, ...unusedFeatures].join(',')}`,
      ...extraArgs,
    ],
  });
}

/** A request the test provokes on purpose, refused with this status (e.g. a wrong password). */
export interface ExpectedRefusal {
  method: string;
  /** The URL's path, without origin or query string. */
  path: string;
  status: number;
}

/**
 * Watches one page for everything the browser would flag: page errors, console errors, failed
 * requests and answers of 400 or more. Nothing is filtered: a refusal the test provokes on
 * purpose is declared with `expectRefusal` and must then happen exactly as declared.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  const expected: ExpectedRefusal[] = [];
  const refused: ExpectedRefusal[] = [];
  const declared = (method: string, url: string, status: number) =>
    expected.some((e) => e.method === method && e.path === new URL(url).pathname && e.status === status);
  const where = () => page.url();
  const inFlight = new Set<Request>();
  let onSettle: (() => void) | undefined;
  const finished = (request: Request) => {
    inFlight.delete(request);
    if (inFlight.size === 0) onSettle?.();
  };
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message} (${where()})`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The browser logs every refused request once more; a declared refusal's log is expected.
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    const url = message.location().url;
    if (
      status &&
      url &&
      expected.some((e) => e.path === new URL(url).pathname && e.status === Number(status))
    )
      return;
    problems.push(`console: ${message.text()} ${url ?? ''} (${where()})`);
  });
  page.on('requestfailed', (request) => {
    // A request the page itself abandons (navigation, a stream closed) is no failure a person sees.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    const status = response.status();
    if (status < 400) return;
    const method = response.request().method();
    if (declared(method, response.url(), status)) {
      refused.push({ method, path: new URL(response.url()).pathname, status });
      return;
    }
    problems.push(`${status}: ${method} ${response.url()}`);
  });
  const pending = () => [...inFlight].map((r) => `${r.method()} ${r.url()}`).join(', ');
  /** Resolves when no request of the page's is on its way (at once when none is). */
  const noneInFlight = (timeout: number) =>
    new Promise<void>((resolve, reject) => {
      if (inFlight.size === 0) return resolve();
      const timer = setTimeout(() => reject(new Error(`still on their way: ${pending()}`)), timeout);
      onSettle = () => {
        clearTimeout(timer);
        onSettle = undefined;
        resolve();
      };
    });
  return {
    problems,
    /**
     * Waits until every request the page has made is answered and the page has had an idle
     * moment after the last answer (so a read the answer sets off has started, and is waited
     * for in turn). What `waitForLoadState('networkidle')` is for, without its fixed 500 ms of
     * quiet: nothing the screen asks for is abandoned unseen by the next navigation.
     */
    async settled(timeout = 30_000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        await noneInFlight(Math.max(0, deadline - Date.now()));
        // A string, not a function: this project's TypeScript has no DOM types outside web/.
        await page.evaluate(
          'new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 1000 })))',
        );
        if (inFlight.size === 0) return;
      }
    },
    /** Declares a refusal this test provokes on purpose; it must then happen. */
    expectRefusal(method: string, path: string, status: number) {
      expected.push({ method, path, status });
    },
    /**
     * Hands over what was seen so far and forgets it: for a test that provokes a browser-level
     * refusal (a frame blocked by frame-ancestors) and asserts exactly what it returns.
     */
    takeProblems(): string[] {
      return problems.splice(0);
    },
    /** Forgets what was seen and declared: a page kept for the file, between its tests. */
    forget() {
      problems.splice(0);
      expected.splice(0);
      refused.splice(0);
    },
    /** Nothing but the declared refusals happened, and each of them did (at least once). */
    expectClean() {
      expect(problems).toEqual([]);
      const happened = expected.filter((e) =>
        refused.some((r) => r.method === e.method && r.path === e.path && r.status === e.status),
      );
      expect(happened, 'every declared refusal happened').toEqual(expected);
    },
  };
}

/** A page in its own watched profile, and its watcher's checks (see watchPage). */
export type WatchedPage = Awaited<ReturnType<typeof watched>>;

/** A page in its own watched profile (see watchPage), checked after the test. */
export async function watched(browser: Browser, options: BrowserContextOptions = {}) {
  const context: BrowserContext = await browser.newContext(options);
  if (testRunning) openedByTest.add(context);
  const page = await context.newPage();
  const watcher = watchPage(page);
  (testRunning ? watching : keptForFile).add(watcher);
  return { page, context, ...watcher };
}

/**
 * A fresh browser profile (its own localStorage, so its own signed-in person) at a laptop
 * size, watched for any page error, console error, failed request or refusal (watchPage).
 */
export async function newPerson(browser: Browser, origin: string, language = 'en-GB') {
  return watched(browser, { baseURL: origin, viewport: { width: 1366, height: 800 }, locale: language });
}

/**
 * A watched profile already signed in as `session` (the answer to POST /v1/sessions), as the
 * console keeps it after its log-in form: for a test about a screen, not about signing in,
 * which then skips the form's page load and the desktop it lands on. login.test.ts and each
 * file's walks still sign in through the form.
 */
export async function watchedSignedIn(
  browser: Browser,
  origin: string,
  session: unknown,
  options: BrowserContextOptions = {},
) {
  const opened = await watched(browser, { ...options, baseURL: origin });
  // Written by the profile's first page of the console, before its scripts run, and only once:
  // a person who signs out stays signed out. Not Playwright's storageState, which opens and
  // loads a page of its own in every new profile to write it (0.1-0.2 s of Chromium's CPU).
  const seeded = 'switchboard.test.seeded';
  await opened.context.addInitScript(`
    if (location.origin === ${JSON.stringify(new URL(origin).origin)} && !localStorage.getItem('${seeded}')) {
      localStorage.setItem('switchboard.session', ${JSON.stringify(JSON.stringify(session))});
      localStorage.setItem('${seeded}', 'yes');
    }`);
  return opened;
}

/**
 * A fresh laptop-sized profile (as newPerson) already signed in as `email`, its session asked of
 * the server as the log-in form asks for it (watchedSignedIn): for a test about a screen, not
 * about signing in. Opened in a beforeAll, it stays open for the file's tests (see keptForFile).
 */
export async function signedInPerson(
  browser: Browser,
  origin: string,
  email: string,
  { password = 'correct horse', language = 'en-GB' } = {},
) {
  const answer = await fetch(new URL('/v1/sessions', origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const session = await answer.json();
  expect(answer.status, `signing in as ${email}: ${JSON.stringify(session)}`).toBe(201);
  return watchedSignedIn(browser, origin, session, {
    viewport: { width: 1366, height: 800 },
    locale: language,
  });
}

/**
 * Opens `path` in the console already loaded in `page` as following one of its links does: the
 * router's history changes and the screen renders, without loading the page again (its
 * scripts, its session check, its stream). For walks through screens where a reload is not
 * what is tested; wait for what the screen shows after it (or `settled()`).
 */
export async function openWithin(page: Page, path: string): Promise<void> {
  // React Router's BrowserRouter follows the history on popstate, as on Back and Forward.
  await page.evaluate(
    `history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate'))`,
  );
}

/**
 * Opens `path` in a page the file keeps (see keptForFile) as one of its tests begins: loaded from
 * its address when the page has no console yet, otherwise followed as a link (openWithin), as by
 * a person who keeps the console open from one task to the next. The screen mounts and reads
 * anew either way (loaded again when it is the screen already shown, which a link would not
 * remount). A page load in a kept profile costs 0.3-0.5 s of Chromium's CPU, a followed link
 * 0.1-0.2 s (BENCHMARKS.md, session 13). A test about loading, or a reload, says page.goto.
 */
export async function openScreen(page: Page, path: string): Promise<void> {
  const here = new URL(page.url());
  if (!here.protocol.startsWith('http')) {
    await page.goto(path);
  } else if (here.pathname + here.search === path) {
    await page.reload();
  } else {
    await openWithin(page, path);
  }
}

/** Signs in through the log-in form and waits for the desktop. */
export async function signIn(page: Page, email: string, password = 'correct horse'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
