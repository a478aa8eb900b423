import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  launchBrowser,
  newPerson,
  openScreen,
  signedInPerson,
  type WatchedPage,
} from '../support/browser.ts';
import { ChatDriver } from '../support/chat.ts';

/**
 * Issue 7, the chat screens: seed 001's transfer dialog, the receiver's banner (C4), the
 * pending list of an unavailable agent (C5), and replies and internal notes set apart (C3).
 * ChatDriver's workspace: Sales (Alex, Bea) and Support (Cid); contacts write through the API.
 */
describeInBrowser('web console: chat inbox, conversation and transfer dialog (issue 7)', () => {
  let chat: ChatDriver;
  let browser: Browser;
  let origin: string;
  // Alex stays signed in for the file, in English (six tests are his): a new profile and its
  // first page cost about a second of Chromium's CPU, a page loaded again in a kept one 0.3-0.4 s.
  // Each test opens the chat screen in it anew from the desktop (openChat), so it starts from
  // what the server says.
  let alex: WatchedPage;

  beforeAll(async () => {
    chat = await ChatDriver.start();
    origin = await chat.server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    alex = await signedInPerson(browser, origin, 'alex@acme.test');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await chat?.close();
  });

  /** A contact writes to Sales; Alex (the only one online there) gets the conversation. */
  async function conversationForAlex(address: string, text: string): Promise<string> {
    const { conversationId } = await chat.write(address, text, { departmentId: 'sales' });
    expect((await chat.conversation(conversationId)).assigneeId).toBe('u_agent');
    return conversationId;
  }

  /**
   * At the desktop of someone signed in (signedInPerson), the Chat link followed: the console
   * loaded in a new profile, and in Alex's kept one followed to as a link (openScreen), as he
   * keeps it open between chats; the chat screen mounts and reads anew either way.
   */
  async function openChat(page: Page) {
    await openScreen(page, '/desktop');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
    await page.getByRole('heading', { name: /My conversations/ }).waitFor();
  }

  const inboxSection = (page: Page, heading: RegExp) =>
    page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('region')
      .filter({ has: page.getByRole('heading', { name: heading }) });

  it('C2, C3, C4: Alex transfers a chat to Support with a reason; Cid gets it and sees who sent it and why', async () => {
    await chat.online('u_agent', 'u_cid');
    const id = await conversationForAlex('visitor-dept', 'My invoice is wrong');

    // Cid already has the chat screen open in another browser: the transfer reaches him live.
    const cid = await signedInPerson(browser, origin, 'cid@acme.test');
    await openChat(cid.page);

    await openChat(alex.page);
    const mine = inboxSection(alex.page, /My conversations/);
    await mine.getByRole('link', { name: /visitor-dept/ }).click();
    await alex.page.getByRole('list', { name: 'Messages' }).getByText('My invoice is wrong').waitFor();

    await alex.page.getByRole('button', { name: 'Transfer', exact: true }).click();
    const dialog = alex.page.getByRole('dialog', { name: 'Transfer conversation' });
    await dialog.waitFor();
    // Seed 001: the Departments tab lists every department with how many agents it has (no
    // count until the targets have loaded).
    await expect
      .poll(() => dialog.getByRole('tab', { selected: true }).textContent())
      .toBe('Departments (2)');
    await expect.poll(() => dialog.getByRole('radio').count()).toBe(2);
    await dialog.getByRole('radio', { name: /Sales 2 agents · 1 available/ }).waitFor();
    await dialog.getByRole('radio', { name: /Support 1 agent · 1 available/ }).waitFor();
    // One search filters both tabs.
    await dialog.getByLabel('Search departments and agents').fill('supp');
    await expect.poll(() => dialog.getByRole('radio').count()).toBe(1);
    expect(await dialog.getByRole('tab', { name: /Agents/ }).textContent()).toBe('Agents (0)');
    await dialog.getByRole('radio', { name: /Support/ }).check();
    await dialog.getByLabel('Reason (optional)').fill('Billing dispute on invoice 42');
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();

    await expect
      .poll(() => alex.page.getByRole('status').filter({ hasText: 'transferred to Support' }).count())
      .toBe(1);
    await expect.poll(() => alex.page.url()).toMatch(/\/chat$/);
    await expect.poll(() => mine.getByRole('link', { name: /visitor-dept/ }).count()).toBe(0);
    expect(await chat.conversation(id)).toMatchObject({
      departmentId: 'support',
      assigneeId: 'u_cid',
      status: 'assigned',
      transfer: { fromName: 'Alex Agent', reason: 'Billing dispute on invoice 42' },
    });

    // Cid is told as it happens, and sees the banner in his inbox and on top of the conversation.
    await cid.page
      .getByRole('status')
      .getByText('Alex Agent transferred a conversation to you: Billing dispute on invoice 42')
      .waitFor();
    const item = inboxSection(cid.page, /My conversations/).getByRole('link', { name: /visitor-dept/ });
    await item.getByText('Transferred from Alex Agent: Billing dispute on invoice 42').waitFor();
    await cid.page.getByRole('link', { name: 'Open it' }).click();
    await expect.poll(() => cid.page.url()).toMatch(new RegExp(`/chat/${id}$`));
    const banner = cid.page.getByRole('note');
    await banner.getByText('Transferred from Alex Agent: Billing dispute on invoice 42').waitFor();
    // The reason is also in the conversation, as an internal message (C3).
    const reason = cid.page
      .getByRole('list', { name: 'Messages' })
      .getByRole('listitem')
      .filter({ hasText: 'Billing dispute on invoice 42' });
    expect(await reason.textContent()).toContain('Transfer reason · not visible to the customer');

    alex.expectClean();
    cid.expectClean();
  });

  it('C5: a transfer to a paused agent waits in her pending list; she sees it there and gets it when back online', async () => {
    await chat.online('u_agent', 'u_cid');
    await chat.presence('u_bea', 'pause');
    const id = await conversationForAlex('visitor-pending', 'Can someone call me back?');

    await openChat(alex.page);
    await inboxSection(alex.page, /My conversations/)
      .getByRole('link', { name: /visitor-pending/ })
      .click();
    await alex.page.getByRole('button', { name: 'Transfer', exact: true }).click();
    const dialog = alex.page.getByRole('dialog', { name: 'Transfer conversation' });
    await dialog.getByRole('tab', { name: /Agents/ }).click();
    // Available agents first, each with presence and open/capacity; Alex himself is not offered.
    await expect.poll(() => dialog.getByRole('radio').count()).toBe(4);
    const names = await dialog.locator('.target-name').allTextContents();
    expect(names[0]).toBe('Cid Agent');
    expect(names).not.toContain('Alex Agent');
    const bea = dialog.locator('label').filter({ hasText: 'Bea Agent' });
    expect(await bea.textContent()).toContain('Pause');
    expect(await bea.textContent()).toContain('0/10');
    expect(await bea.textContent()).toContain('it will wait in their pending list');
    expect(await dialog.locator('label').filter({ hasText: 'Cid Agent' }).textContent()).toMatch(
      /Online.*\d+\/10/,
    );
    await dialog.getByRole('radio', { name: /Bea Agent/ }).check();
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    await expect.poll(() => alex.page.getByRole('status').filter({ hasText: 'Bea Agent' }).count()).toBe(1);
    expect(await chat.conversation(id)).toMatchObject({ status: 'pending', assigneeId: 'u_bea' });

    const beaPerson = await signedInPerson(browser, origin, 'bea@acme.test');
    const { page } = beaPerson;
    await openChat(page);
    const pending = inboxSection(page, /My pending list/);
    const item = pending.getByRole('link', { name: /visitor-pending/ });
    await item.getByText('Transferred from Alex Agent').waitFor();
    expect(
      await inboxSection(page, /My conversations/)
        .getByRole('link')
        .count(),
    ).toBe(0);

    // Paused, she cannot take it yet: the server refuses (409) and the page says why, next to the list.
    beaPerson.expectRefusal('POST', `/v1/workspaces/acme/conversations/${id}/assign`, 409);
    await pending.getByRole('button', { name: 'Take the conversation with visitor-pending' }).click();
    await pending.getByRole('alert').getByText('Bea Agent cannot take it: presence is pause').waitFor();
    // Back online, it comes to her at once: out of the pending list, into her conversations.
    await page.getByLabel('Presence').selectOption('online');
    const taken = inboxSection(page, /My conversations/).getByRole('link', { name: /visitor-pending/ });
    await taken.waitFor();
    await expect.poll(() => item.count()).toBe(0);
    await taken.click();
    await page.getByRole('note').getByText('Transferred from Alex Agent').waitFor();
    expect(await chat.conversation(id)).toMatchObject({ status: 'assigned', assigneeId: 'u_bea' });

    alex.expectClean();
    beaPerson.expectClean();
  });

  it('C5: a supervisor finds a paused agent’s pending conversation and transfers it on', async () => {
    await chat.online('u_agent', 'u_cid');
    await chat.presence('u_bea', 'pause');
    const id = await conversationForAlex('visitor-stuck', 'Still there?');
    await chat.act(id, 'transfer', chat.tokens.agent, { to: { kind: 'agent', userId: 'u_bea' } });

    const sam = await signedInPerson(browser, origin, 'sam@acme.test');
    const { page } = sam;
    await openChat(page);
    const others = inboxSection(page, /Agents’ pending lists/);
    await others
      .getByRole('heading', { name: /Bea Agent/ })
      .getByText('Pause')
      .waitFor();
    await others.getByRole('link', { name: /visitor-stuck/ }).click();
    await page.getByRole('button', { name: 'Transfer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Transfer conversation' });
    await dialog.getByRole('tab', { name: /Agents/ }).click();
    await dialog.getByLabel('Search departments and agents').fill('cid');
    await dialog.getByRole('radio', { name: /Cid Agent/ }).check();
    await dialog.getByLabel('Reason (optional)').fill('Bea is away today');
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Cid Agent' }).count()).toBe(1);
    // A supervisor still sees it, now with Cid; Bea's list is empty again.
    const banner = page.getByRole('note');
    await banner.getByText('Transferred from Bea Agent: Bea is away today').waitFor();
    await banner.getByText('moved on by Sam Supervisor').waitFor();
    await expect.poll(() => others.count()).toBe(0);
    expect(await chat.conversation(id)).toMatchObject({ status: 'assigned', assigneeId: 'u_cid' });
    sam.expectClean();
  });

  it('C4, issue 12 #15: a chat the server admin key moved to Bea says the key moved it, not Alex', async () => {
    await chat.presence('u_bea', 'pause');
    await chat.online('u_agent');
    const id = await conversationForAlex('visitor-operator', 'Anyone there?');
    await chat.online('u_bea');
    await chat.ok(
      'POST',
      `/conversations/${id}/transfer`,
      { to: { kind: 'agent', userId: 'u_bea' } },
      200,
      chat.server.adminToken,
    );

    const bea = await signedInPerson(browser, origin, 'bea@acme.test');
    await openChat(bea.page);
    await inboxSection(bea.page, /My conversations/)
      .getByRole('link', { name: /visitor-operator/ })
      .click();
    const banner = bea.page.getByRole('note');
    await banner.getByText('Transferred from Alex Agent').waitFor();
    await banner.getByText('moved on by Server admin key').waitFor();
    bea.expectClean();
  });

  it('the dialog shows the server’s refusal and stays open: the conversation was resolved meanwhile', async () => {
    await chat.online('u_agent');
    const id = await conversationForAlex('visitor-gone', 'Never mind');

    const { page } = alex;
    await openChat(page);
    await inboxSection(page, /My conversations/)
      .getByRole('link', { name: /visitor-gone/ })
      .click();
    await page.getByRole('button', { name: 'Transfer', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Transfer conversation' });
    await dialog.getByRole('radio', { name: /Support/ }).check();
    await chat.act(id, 'resolve', chat.tokens.admin);
    alex.expectRefusal('POST', `/v1/workspaces/acme/conversations/${id}/transfer`, 409);
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    await dialog.getByRole('alert').getByText(`conversation ${id} is resolved`).waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // The conversation shows it is resolved: no more actions, no reply box in use.
    await page.getByText('Resolved', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Transfer', exact: true }).count()).toBe(0);
    expect(await page.getByLabel('Reply to visitor-gone').isDisabled()).toBe(true);
    alex.expectClean();
  });

  it('C3: a reply reaches the customer; an internal note is labelled, looks different and never reaches them', async () => {
    await chat.online('u_agent');
    await chat.presence('u_bea', 'offline');
    const id = await conversationForAlex('visitor-notes', 'Is my order shipped?');

    const { page } = alex;
    await openChat(page);
    await inboxSection(page, /My conversations/)
      .getByRole('link', { name: /visitor-notes/ })
      .click();
    const messages = page.getByRole('list', { name: 'Messages' });
    await messages.getByText('Is my order shipped?').waitFor();

    const reply = page.getByLabel('Reply to visitor-notes');
    await reply.fill('Yes, it left this morning.');
    await reply.press('Enter');
    const sent = messages.getByRole('listitem').filter({ hasText: 'Yes, it left this morning.' });
    await sent.waitFor();
    expect(await reply.inputValue()).toBe('');

    await page.getByRole('tab', { name: 'Internal note' }).click();
    await page.getByLabel('Internal note for agents').fill('Customer asked twice already');
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = messages.getByRole('listitem').filter({ hasText: 'Customer asked twice already' });
    await note.waitFor();

    expect(await note.textContent()).toContain('Internal note · not visible to the customer');
    expect(await sent.textContent()).not.toContain('Internal note');
    expect(await sent.textContent()).toContain('Alex Agent');
    // Runs in the page (the tests' TypeScript has no DOM types).
    type Styles = { getComputedStyle(element: unknown): { backgroundColor: string } };
    const background = (element: unknown) =>
      (globalThis as unknown as Styles).getComputedStyle(element).backgroundColor;
    expect(await note.evaluate(background)).not.toBe(await sent.evaluate(background));

    // The order is kept, and the customer gets the reply but never the note.
    const texts = await messages.getByRole('listitem').allTextContents();
    const at = (text: string) => texts.findIndex((item) => item.includes(text));
    expect(at('Is my order shipped?')).toBeLessThan(at('Yes, it left this morning.'));
    expect(at('Yes, it left this morning.')).toBeLessThan(at('Customer asked twice already'));
    const contactSees = await chat.contactView(id, 'visitor-notes');
    const seen = JSON.stringify(contactSees);
    expect(seen).toContain('Yes, it left this morning.');
    expect(seen).not.toContain('Customer asked twice already');
    alex.expectClean();
  });

  it('a new message arrives live in the open conversation and the inbox, in Spanish too', async () => {
    await chat.online('u_agent');
    const id = await conversationForAlex('visitor-live', 'Hola');

    const alexInSpanish = await newPerson(browser, origin, 'es-ES');
    const { page } = alexInSpanish;
    await page.goto('/');
    await page.getByLabel('Correo electrónico').fill('alex@acme.test');
    await page.getByLabel('Contraseña').fill('correct horse');
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByRole('link', { name: 'Chat', exact: true }).click();
    const mine = page
      .getByRole('navigation', { name: 'Conversaciones' })
      .getByRole('region')
      .filter({ has: page.getByRole('heading', { name: /Mis conversaciones/ }) });
    await mine.getByRole('link', { name: /visitor-live/ }).click();
    await page.getByRole('list', { name: 'Mensajes' }).getByText('Hola').waitFor();

    await chat.write('visitor-live', '¿Sigue ahí?', { conversationId: id });
    await page.getByRole('list', { name: 'Mensajes' }).getByText('¿Sigue ahí?').waitFor();
    await mine
      .getByRole('link', { name: /visitor-live/ })
      .getByText('¿Sigue ahí?')
      .waitFor();

    await page.getByRole('button', { name: 'Transferir', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Transferir conversación' });
    await dialog.getByRole('tab', { name: /Departamentos/ }).waitFor();
    await dialog.getByRole('radio', { name: /Support 1 agente/ }).waitFor();
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    alexInSpanish.expectClean();
  });

  it('a chat waiting in the department queue is taken from the inbox, and only then answered', async () => {
    await chat.online('u_agent');
    await chat.ok('PATCH', '/departments/sales/chat-settings', { strategy: 'manual' });
    try {
      const { conversationId: id } = await chat.write('visitor-queue', 'Anyone there?', {
        departmentId: 'sales',
      });
      const { page } = alex;
      await openChat(page);
      const queue = inboxSection(page, /Queue: Sales/);
      const item = queue.getByRole('link', { name: /visitor-queue/ });
      await item.getByText(/Waiting \d+:\d\d/).waitFor();
      await item.click();
      await page.getByText('Take the conversation to reply').waitFor();
      expect(await page.getByLabel('Reply to visitor-queue').isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: 'Transfer', exact: true }).count()).toBe(0);

      await page.getByRole('main').getByRole('button', { name: 'Take', exact: true }).click();
      await inboxSection(page, /My conversations/)
        .getByRole('link', { name: /visitor-queue/ })
        .waitFor();
      await expect.poll(() => queue.getByRole('link', { name: /visitor-queue/ }).count()).toBe(0);
      const reply = page.getByLabel('Reply to visitor-queue');
      await expect.poll(() => reply.isDisabled()).toBe(false);
      await reply.fill('Yes, Alex here.');
      await page.getByRole('button', { name: 'Send reply' }).click();
      await page.getByRole('list', { name: 'Messages' }).getByText('Yes, Alex here.').waitFor();
      expect(await chat.conversation(id)).toMatchObject({ status: 'assigned', assigneeId: 'u_agent' });
      alex.expectClean();
    } finally {
      await chat.ok('PATCH', '/departments/sales/chat-settings', { strategy: 'least_busy' });
    }
  });

  it('the inbox keeps up while chats keep coming, not only once they stop', async () => {
    await chat.ok('PATCH', '/departments/sales/chat-settings', { strategy: 'manual' });
    try {
      const { page } = alex;
      await openChat(page);
      const waiting = inboxSection(page, /Queue: Sales/).getByRole('link', { name: /visitor-flow-/ });
      // A chat every ~0.06 s, closer together than the inbox's 0.12 s for letting a burst
      // settle: a supervisor's inbox in a busy centre never sees a pause that long.
      const shown: number[] = [];
      let flowing = true;
      const watching = (async () => {
        while (flowing) {
          shown.push(await waiting.count());
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
      })();
      for (let i = 0; i < 20; i++) {
        await chat.write(`visitor-flow-${i}`, 'Hello?', { departmentId: 'sales' });
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      flowing = false;
      await watching;
      expect(
        shown.some((count) => count > 0),
        shown.join(' '),
      ).toBe(true);
      await expect.poll(() => waiting.count()).toBe(20);
      alex.expectClean();
    } finally {
      await chat.ok('PATCH', '/departments/sales/chat-settings', { strategy: 'least_busy' });
    }
  });
});
