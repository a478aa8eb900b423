import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, signedInPerson, watched } from '../support/browser.ts';
import { ChatDriver } from '../support/chat.ts';

/**
 * Issue 5, end to end in a real browser: a customer chats through the widget page while agents
 * answer and transfer through the API. Needs the system Chromium (never a downloaded one).
 */

// The README's screenshots belong to `npm run screenshots`; a test run must not rewrite tracked files.
const screenshot = join(tmpdir(), `switchboard-webchat-${process.pid}.png`);

describeInBrowser('web chat in the browser (issue 5)', () => {
  let chat: ChatDriver;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    chat = await ChatDriver.start();
    origin = await chat.server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await chat?.close();
  });

  /** The conversations an agent has, through the API (the routed agent sees the new one). */
  async function assignedTo(token: string): Promise<string[]> {
    const page = await chat.ok('GET', '/conversations?assignee=me', undefined, 200, token);
    return page.items.map((item: { id: string }) => item.id);
  }

  const messagesIn = (page: Page) => page.locator('#messages li');

  it('C1, C3, C4: a customer writes in the widget, an agent replies, transfers with a reason, the new agent replies; the customer sees both replies and never the note or reason', async () => {
    await chat.online('u_agent', 'u_cid');
    const { page, context, problems } = await watched(browser);
    await page.goto(`${origin}/webchat/${chat.ws.workspaceId}`);
    // Issue 14: the business's name, and the visitor's own before the first message.
    await page.getByRole('heading', { name: 'Chat with Acme' }).waitFor();
    expect(await page.getByLabel('Your message').isVisible()).toBe(false);
    await page.getByLabel('Your name').fill('Nora Díaz');
    await page.getByRole('button', { name: 'Start chatting' }).click();
    await expect
      .poll(() => page.locator('#status').textContent(), { timeout: 10_000 })
      .toContain('Connected');

    // The customer writes and sends with the keyboard.
    const box = page.getByLabel('Your message');
    await box.fill('Hello, my invoice looks wrong');
    await box.press('Enter');
    await messagesIn(page).filter({ hasText: 'Hello, my invoice looks wrong' }).waitFor();
    expect(await box.inputValue()).toBe('');

    // Sales is the first department; Alex (online) gets it and answers.
    await expect.poll(() => assignedTo(chat.tokens.agent), { timeout: 10_000 }).toHaveLength(1);
    const [conversationId] = await assignedTo(chat.tokens.agent);
    const detail = await chat.conversation(conversationId!, chat.tokens.agent);
    expect(detail).toMatchObject({
      channel: 'webchat',
      departmentId: 'sales',
      contact: { name: 'Nora Díaz' },
    });
    await chat.act(conversationId!, 'reply', chat.tokens.agent, { text: 'Hi, Alex here. Let me look.' }, 201);
    await messagesIn(page).filter({ hasText: 'Hi, Alex here. Let me look.' }).waitFor();

    // An internal note and a transfer with its reason: neither may reach the customer.
    await chat.act(conversationId!, 'notes', chat.tokens.agent, { text: 'Customer sounds upset' }, 201);
    await chat.act(conversationId!, 'transfer', chat.tokens.agent, {
      to: { kind: 'department', departmentId: 'support' },
      reason: 'Billing dispute on invoice 42',
    });
    await expect.poll(() => assignedTo(chat.tokens.cid), { timeout: 10_000 }).toEqual([conversationId]);
    await chat.act(conversationId!, 'reply', chat.tokens.cid, { text: 'Cid from Support: fixed it.' }, 201);
    // The page reads in order, so once Cid's reply shows it has read past the note and the reason.
    await messagesIn(page).filter({ hasText: 'Cid from Support: fixed it.' }).waitFor();

    const shown = await messagesIn(page).allTextContents();
    expect(shown).toEqual([
      'YouHello, my invoice looks wrong',
      'Alex AgentHi, Alex here. Let me look.',
      'Cid AgentCid from Support: fixed it.',
    ]);
    const html = await page.content();
    expect(html).not.toContain('upset');
    expect(html).not.toContain('invoice 42');
    expect(await page.locator('#messages').getAttribute('aria-live')).toBe('polite');
    expect(problems).toEqual([]);

    await page.screenshot({ path: screenshot });
    expect(existsSync(screenshot)).toBe(true);
    await context.close();
  }, 60_000);

  it('issue 14: a Spanish visitor reads the page in Spanish, with the business’s name, is asked their name (and optionally an email) first; the agent sees both', async () => {
    await chat.online('u_agent');
    const { page, context, problems } = await watched(browser, { locale: 'es-ES' });
    await page.goto(`${origin}/webchat/${chat.ws.workspaceId}`);
    await page.getByRole('heading', { name: 'Chatea con Acme' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('#status').textContent()).toBe('Antes de escribir, dinos tu nombre.');
    await page.getByLabel('Tu nombre').fill('Lola');
    // Not an email: the browser keeps the form (and the visitor) where they are.
    const email = page.getByLabel('Tu correo electrónico (opcional, para poder responderte)');
    await email.fill('lola at home');
    await page.getByRole('button', { name: 'Empezar a chatear' }).click();
    expect(
      await email.evaluate((input) => (input as unknown as { validity: { valid: boolean } }).validity.valid),
    ).toBe(false);
    await email.fill('lola@example.es');
    await page.getByRole('button', { name: 'Empezar a chatear' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('Conectado');
    await page.getByLabel('Tu mensaje').fill('Hola');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await messagesIn(page).filter({ hasText: 'Hola' }).waitFor();
    expect(await messagesIn(page).allTextContents()).toEqual(['TúHola']);
    expect(problems).toEqual([]);
    await context.close();

    // Alex (Sales, online) gets it (the first chat went on to Cid): the card gives name and email.
    await expect.poll(() => assignedTo(chat.tokens.agent), { timeout: 10_000 }).toHaveLength(1);
    const alex = await signedInPerson(browser, origin, 'alex@acme.test');
    await alex.page.goto('/');
    await alex.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
    await alex.page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('link', { name: /Lola/ })
      .click();
    const card = alex.page.getByRole('region', { name: 'Contact' });
    await card.getByText('Lola', { exact: true }).waitFor();
    expect(await card.getByRole('link', { name: 'lola@example.es' }).getAttribute('href')).toBe(
      'mailto:lola@example.es',
    );
    await alex.context.close();
  }, 60_000);
});
