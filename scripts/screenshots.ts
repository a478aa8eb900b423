/**
 * Regenerates the README's screenshots of the console (docs/screenshots/*.png) from the demo
 * workspace: `npm run screenshots`. It starts its own server on a temporary database with the
 * virtual clock (Monday 5 January 2026, 9:00 in Madrid: inside the demo's working hours), so
 * every run shows the same calls at the same times. Needs Debian's Chromium at /usr/bin/chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { applyDemo } from '../src/cli/demo.ts';
import { openSwitchboard, type Switchboard } from '../src/server/switchboard.ts';

const executablePath = '/usr/bin/chromium';
const out = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const password = 'demo-password';
const carmen = '+34699111222';
const jorge = '+34688333444';
const madridLine = '+34910123456';

class Demo {
  constructor(
    readonly switchboard: Switchboard,
    readonly origin: string,
  ) {}

  async api(method: string, path: string, body?: unknown) {
    const response = await this.switchboard.app.inject({
      method: method as 'GET',
      url: `/v1${path.startsWith('/clock') ? '' : '/workspaces/demo'}${path}`,
      headers: { authorization: `Bearer ${this.switchboard.adminToken}` },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${path}: ${response.body}`);
    return response.body ? JSON.parse(response.body) : undefined;
  }

  presence(userId: string, presence: string) {
    return this.api('PUT', `/users/${userId}/presence`, { presence });
  }

  async place(from: string, to = madridLine): Promise<string> {
    return (await this.api('POST', '/sim/calls', { from, to })).callId;
  }

  async answer(userId: string, callId: string) {
    const phone = await this.api('GET', `/users/${userId}/phone`);
    const line = phone.lines.find((candidate: { callId: string }) => candidate.callId === callId);
    await this.api('POST', `/sim/legs/${callId}/${line.legId}/answer`);
  }

  advance(seconds: number) {
    return this.api('POST', '/clock/advance', { ms: seconds * 1000 });
  }
}

async function person(browser: Browser, origin: string, email: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1366, height: 800 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  // Animations and the caret would differ from run to run. Playwright stops them itself: an
  // added inline style would be refused by the console's Content-Security-Policy.
  await page.screenshot({ path: join(out, `${name}.png`), fullPage, animations: 'disabled', caret: 'hide' });
  console.log(`docs/screenshots/${name}.png`);
}

/** A morning's traffic so the wallboard and history have something to show. */
async function morning(demo: Demo): Promise<void> {
  for (const userId of ['u_lucia', 'u_pablo', 'u_sergio']) await demo.presence(userId, 'online');
  await demo.presence('u_marta', 'pause');
  const answered = await demo.place(jorge);
  await demo.advance(6);
  await demo.answer('u_pablo', answered);
  await demo.advance(180);
  await demo.api('POST', `/sim/calls/${answered}/hangup`);
  await demo.advance(600);
}

async function main(): Promise<void> {
  if (!existsSync(executablePath))
    throw new Error(`Chromium is not installed at ${executablePath}: apt-get install -y chromium`);
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'sb-screens-'));
  const switchboard = await openSwitchboard({
    dbPath: join(dir, 'switchboard.db'),
    clock: 'virtual',
    logger: false,
  });
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    await applyDemo(switchboard);
    const origin = await switchboard.app.listen({ port: 0, host: '127.0.0.1' });
    const demo = new Demo(switchboard, origin);
    await morning(demo);

    const lucia = await person(browser, origin, 'lucia@demo.test');
    const supervisor = await person(browser, origin, 'supervisor@demo.test');
    const admin = await person(browser, origin, 'admin@demo.test');

    // The agent desktop with Carmen's call ringing.
    const callId = await demo.place(carmen);
    const softphone = lucia.getByRole('complementary', { name: 'Softphone' });
    await softphone.getByRole('region', { name: 'Incoming call' }).waitFor();
    await shoot(lucia, 'desktop');

    // Seed 000: answer, hold, "…" → Transfer call, a colleague and a note.
    await softphone.getByRole('button', { name: 'Answer' }).click();
    await softphone.getByRole('region', { name: 'On call' }).getByRole('button', { name: 'Hold' }).click();
    const held = softphone.getByRole('region', { name: 'On hold' });
    await held.getByRole('button', { name: 'More call actions' }).click();
    await held.getByRole('menuitem', { name: 'Transfer call' }).click();
    const dialog = lucia.getByRole('dialog', { name: 'Transfer call' });
    await dialog.getByLabel('Search by name').fill('Pablo');
    await dialog.getByRole('radio', { name: /Pablo Ruiz/ }).check();
    await dialog
      .getByLabel('Transfer note (optional)')
      .fill('Carmen from Globex: invoice 2041 was charged twice');
    await shoot(lucia, 'transfer-dialog');
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // A second caller waiting while Pablo's phone rings with the transferred call.
    await demo.place('+34611222333');
    await demo.advance(14);
    await supervisor.goto('/wallboard');
    await supervisor.getByRole('heading', { level: 1 }).first().waitFor();
    await supervisor.waitForLoadState('networkidle');
    await shoot(supervisor, 'wallboard');

    // Tall enough for the routing, strategy and no-answer sections; its Save bar stays in view.
    await admin.setViewportSize({ width: 1366, height: 1500 });
    await admin.goto('/admin/numbers/n_main');
    await admin.getByRole('heading', { level: 1 }).first().waitFor();
    await admin.waitForLoadState('networkidle');
    await shoot(admin, 'number-settings');
    await admin.setViewportSize({ width: 1366, height: 800 });

    await admin.goto('/workflows/wf_reassign_unanswered');
    await admin.getByRole('heading', { level: 1 }).first().waitFor();
    await admin.waitForLoadState('networkidle');
    await shoot(admin, 'workflow-builder', true);

    // Seed 001: a web chat in Sales, answered with a reply and a note, then the transfer dialog.
    const chat = await demo.api('POST', '/channels/webchat/messages', {
      contact: { address: 'visitor-481', name: 'Elena Ortiz' },
      channelMessageId: 'screens-1',
      text: 'Hi! My order 7731 arrived without the charger.',
      departmentId: 'sales',
    });
    const holder = (await demo.api('GET', `/conversations/${chat.conversationId}`)).assigneeId;
    const signedIn: Record<string, Page> = { u_lucia: lucia, u_sergio: supervisor };
    const agent = signedIn[holder] ?? (await person(browser, origin, 'pablo@demo.test'));
    await agent.goto(`/chat/${chat.conversationId}`);
    const messages = agent.getByRole('list', { name: 'Messages' });
    await messages.getByText('arrived without the charger').waitFor();
    const reply = agent.getByLabel('Reply to Elena Ortiz');
    await reply.fill('Sorry about that, Elena. Let me check with the warehouse.');
    await reply.press('Enter');
    await agent.getByRole('tab', { name: 'Internal note' }).click();
    await agent.getByLabel('Internal note for agents').fill('Support handles missing parts: passing it on.');
    await agent.getByRole('button', { name: 'Add note' }).click();
    await messages.getByText('passing it on').waitFor();
    await agent.getByRole('button', { name: 'Transfer', exact: true }).click();
    const chatDialog = agent.getByRole('dialog', { name: 'Transfer conversation' });
    await chatDialog.waitFor();
    await chatDialog.getByRole('tab', { name: /Agents/ }).click();
    await shoot(agent, 'chat-transfer');
    await chatDialog.getByRole('button', { name: 'Cancel' }).click();

    // Try it: a newcomer calls the IVR line as a customer and presses 1 for Sales.
    await admin.goto('/try');
    const simulator = admin.getByRole('region', { name: 'Phone simulator' });
    const story = admin.getByRole('region', { name: 'What Switchboard decided' });
    await simulator.getByLabel('Customer number').fill('+34 655 000 111');
    await simulator.getByLabel('Number to call').selectOption('+34910123400');
    await simulator.getByRole('button', { name: 'Call' }).click();
    await story.getByText('Entered the IVR menu Main menu').waitFor();
    await simulator.getByRole('button', { name: '1', exact: true }).click();
    await story.getByText('IVR decision: ring the group Sales').waitFor();
    await shoot(admin, 'try-it');
    await simulator.getByRole('button', { name: 'Hang up' }).click();

    await admin.goto(`/history/calls/${callId}`);
    await admin.getByRole('heading', { level: 1 }).first().waitFor();
    await admin.waitForLoadState('networkidle');
    await shoot(admin, 'call-timeline', true);
  } finally {
    await browser.close();
    await switchboard.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
