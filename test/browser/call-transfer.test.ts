import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { describeInBrowser } from '../support/browser.ts';
import { deskForTests, phone } from './desk-setup.ts';

describeInBrowser('call transfer in the softphone, seed 000 (issue 7)', () => {
  const desk = deskForTests();
  let alex: Awaited<ReturnType<typeof desk.signedIn>>;
  let bea: Awaited<ReturnType<typeof desk.signedIn>>;
  let callId: string;

  // Alex and Bea stay signed in side by side for the file (a profile is half a second of
  // Chromium's CPU), their desktops open from one test to the next as a person's stays between
  // calls: each test starts once both phones show that the last call has left them.
  beforeAll(async () => {
    alex = await desk.signedIn('alex@acme.test');
    bea = await desk.signedIn('bea@acme.test');
  });

  afterEach(async () => {
    const handset = await desk.ok('GET', `/sim/calls/${callId}`);
    if (handset.state !== 'ended') await desk.ok('POST', `/sim/calls/${callId}/hangup`);
  }, 60_000);

  /** Alex and Bea at their desktops; a customer's call answered by Alex and put on hold. */
  async function heldByAlex() {
    for (const { page } of [alex, bea])
      await phone(page).getByRole('form', { name: 'Make a call' }).waitFor();
    callId = await desk.place();
    const incoming = phone(alex.page).getByRole('region', { name: 'Incoming call' });
    await incoming.getByRole('button', { name: 'Answer' }).click();
    const active = phone(alex.page).getByRole('region', { name: 'On call' });
    await active.getByRole('button', { name: 'Hold' }).click();
    // Issue 12 #13: Alex is told, and the line agrees: the caller hears hold music.
    await phone(alex.page)
      .getByRole('region', { name: 'On hold' })
      .getByText('The caller hears hold music, never you.')
      .waitFor();
    expect(await desk.ok('GET', `/sim/calls/${callId}`)).toMatchObject({ state: 'held', connectedTo: [] });
  }

  /** Seed 000: on the held call, "…" → Transfer call opens the dialog. */
  async function openTransfer(page: Page) {
    const held = phone(page).getByRole('region', { name: 'On hold' });
    await held.getByRole('button', { name: 'More call actions' }).click();
    await held.getByRole('menuitem', { name: 'Transfer call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Transfer call' });
    await dialog.waitFor();
    return dialog;
  }

  /** In the dialog: Bea, assisted, Transfer. */
  async function assistedToBea(dialog: Locator) {
    await dialog.getByLabel('Search by name').fill('Bea');
    await dialog.getByRole('radio', { name: /Bea Baker/ }).check();
    await dialog.getByRole('radio', { name: /Assisted/ }).check();
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
  }

  it('a noted direct transfer: Bea’s notification shows the note and who transferred; she answers', async () => {
    await heldByAlex();
    await desk.ok('PUT', '/users/u_sup/presence', { presence: 'pause' });
    // Two refusals on purpose, each shown in the dialog: a number that is none (400), a member on pause (409).
    alex.expectRefusal('POST', `/v1/workspaces/acme/calls/${callId}/transfer`, 400);
    alex.expectRefusal('POST', `/v1/workspaces/acme/calls/${callId}/transfer`, 409);
    const dialog = await openTransfer(alex.page);
    // A number that is not one: the server's reason shows under the phone field.
    await dialog.getByRole('tab', { name: 'Phone number' }).click();
    await dialog.getByLabel('Phone number', { exact: true }).fill('600');
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toMatch(/international format|too short|not a phone number/);
    expect(await dialog.getByLabel('Phone number', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await dialog.getByRole('tab', { name: 'Team member' }).click();
    await dialog.getByLabel('Search by name').fill('sam');
    await dialog.getByRole('radio', { name: /Sam Supervisor/ }).check();
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    // The server refuses a member on pause, and says so in the dialog.
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain('Sam Supervisor cannot take the call now');

    await dialog.getByLabel('Search by name').fill('be');
    const beaOption = dialog.getByRole('radio', { name: /Bea Baker/ });
    // Presence is shown with each member.
    expect(await dialog.locator('label').filter({ hasText: 'Bea Baker' }).textContent()).toContain('Online');
    await beaOption.check();
    await dialog
      .getByLabel('Transfer note (optional)')
      .fill('Sarah from Cyberdyne: billing question from last month');
    expect(await dialog.getByRole('radio', { name: /Direct/ }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Direct: Alex is free at once.
    await phone(alex.page).getByRole('form', { name: 'Make a call' }).waitFor();

    const incoming = phone(bea.page).getByRole('region', { name: 'Transferred call' });
    await incoming.waitFor();
    // The caller's CRM name replaces the number once Bea's phone has looked it up.
    await expect.poll(() => incoming.textContent()).toContain('Sarah Connor');
    const text = await incoming.textContent();
    expect(text).toContain('Transferred by Alex Agent');
    expect(text).toContain('Sarah from Cyberdyne: billing question from last month');
    await incoming.getByRole('button', { name: 'Answer' }).click();
    await phone(bea.page).getByRole('region', { name: 'On call' }).waitFor();
    await expect.poll(async () => (await desk.call(callId)).agentId).toBe('u_bea');
    await expect
      .poll(() => phone(alex.page).getByRole('status').textContent())
      .toBe('Call transferred to Bea Baker.');
    const history = (await desk.call(callId)).history.map((event: { type: string }) => event.type);
    expect(history).toContain('call.transfer_completed');
    await desk.ok('PUT', '/users/u_sup/presence', { presence: 'online' });
    alex.expectClean();
    bea.expectClean();
  }, 60_000);

  it('a colleague’s presence changes while the dialog is open: shown at once from the stream, without reading the team again', async () => {
    await heldByAlex();
    await desk.ok('PUT', '/users/u_sup/presence', { presence: 'online' });
    const dialog = await openTransfer(alex.page);
    await dialog.getByLabel('Search by name').fill('sam');
    const sam = dialog.locator('label').filter({ hasText: 'Sam Supervisor' });
    await expect.poll(() => sam.textContent()).toContain('Online');

    // What the console asks the server meanwhile: a busy centre's presence changes must not
    // make every open console read every member and number again.
    const reads: string[] = [];
    const noteRead = (request: { url(): string }) => {
      const { pathname } = new URL(request.url());
      if (/\/v1\/workspaces\/acme\/(users|numbers)$/.test(pathname)) reads.push(pathname);
    };
    alex.page.on('request', noteRead);
    await desk.ok('PUT', '/users/u_sup/presence', { presence: 'pause' });
    await expect.poll(() => sam.textContent()).toContain('Pause');
    await desk.ok('PUT', '/users/u_sup/presence', { presence: 'online' });
    await expect.poll(() => sam.textContent()).toContain('Online');
    await alex.settled();
    alex.page.off('request', noteRead);
    expect(reads).toEqual([]);
    alex.expectClean();
  }, 60_000);

  it('an assisted transfer completed: Alex talks to Bea while the caller waits, then hands over', async () => {
    await heldByAlex();
    const dialog = await openTransfer(alex.page);
    await assistedToBea(dialog);
    await dialog.waitFor({ state: 'hidden' });

    const consult = phone(alex.page).getByRole('region', { name: 'Assisted transfer' });
    await expect.poll(() => consult.textContent()).toContain('Ringing Bea Baker');
    expect(await consult.getByRole('button', { name: 'Complete transfer' }).isDisabled()).toBe(true);

    const incoming = phone(bea.page).getByRole('region', { name: 'Transferred call' });
    expect(await incoming.textContent()).toContain('Transferred by Alex Agent');
    await incoming.getByRole('button', { name: 'Answer' }).click();
    await phone(bea.page).getByRole('region', { name: 'Alex Agent is consulting you' }).waitFor();
    await expect.poll(() => consult.textContent()).toContain('Talking to Bea Baker');
    expect((await desk.call(callId)).live).toMatchObject({ held: true, transfer: { state: 'consulting' } });

    await consult.getByRole('button', { name: 'Complete transfer' }).click();
    await phone(alex.page).getByRole('form', { name: 'Make a call' }).waitFor();
    await phone(bea.page).getByRole('region', { name: 'On call' }).waitFor();
    await expect.poll(async () => (await desk.call(callId)).agentId).toBe('u_bea');
    expect(await desk.lines('u_agent')).toEqual([]);
    alex.expectClean();
    bea.expectClean();
  }, 60_000);

  it('an assisted transfer cancelled: Bea’s consult ends and Alex is back with the caller', async () => {
    await heldByAlex();
    const dialog = await openTransfer(alex.page);
    await assistedToBea(dialog);
    await phone(bea.page)
      .getByRole('region', { name: 'Transferred call' })
      .getByRole('button', { name: 'Answer' })
      .click();
    const consult = phone(alex.page).getByRole('region', { name: 'Assisted transfer' });
    await expect.poll(() => consult.textContent()).toContain('Talking to Bea Baker');

    await consult.getByRole('button', { name: 'Cancel transfer' }).click();
    const active = phone(alex.page).getByRole('region', { name: 'On call' });
    await active.waitFor();
    expect(await active.textContent()).toContain('Sarah Connor');
    await phone(bea.page).getByRole('form', { name: 'Make a call' }).waitFor();
    const live = (await desk.call(callId)).live;
    expect(live).not.toHaveProperty('transfer');
    expect(live).not.toHaveProperty('held');
    expect(live.legs).toContainEqual(expect.objectContaining({ userId: 'u_agent', status: 'connected' }));
    expect(await desk.lines('u_bea')).toEqual([]);
    alex.expectClean();
    bea.expectClean();
  }, 60_000);

  it('an assisted transfer Bea declines: Alex is told, and the caller waits on hold with him', async () => {
    await heldByAlex();
    const dialog = await openTransfer(alex.page);
    await assistedToBea(dialog);
    await phone(bea.page)
      .getByRole('region', { name: 'Transferred call' })
      .getByRole('button', { name: 'Decline' })
      .click();
    await expect
      .poll(() => phone(alex.page).getByRole('status').textContent())
      .toBe('Bea Baker declined the transfer. The caller is on hold with you: resume to talk.');
    const held = phone(alex.page).getByRole('region', { name: 'On hold' });
    await held.getByRole('button', { name: 'Resume' }).click();
    await phone(alex.page).getByRole('region', { name: 'On call' }).waitFor();
    expect((await desk.call(callId)).live).not.toHaveProperty('transfer');
    alex.expectClean();
    bea.expectClean();
  }, 60_000);

  it('T4: to a group, showing who in it is free; the group’s strategy picks Bea', async () => {
    await desk.ok(
      'POST',
      '/groups',
      { id: 'g_billing', name: 'Billing', memberIds: ['u_agent', 'u_bea'] },
      201,
    );
    await heldByAlex();
    const dialog = await openTransfer(alex.page);
    await dialog.getByRole('tab', { name: 'Group or department' }).click();
    const billing = dialog.getByRole('radio', { name: /Billing/ });
    // Alex himself does not count: only Bea could take it.
    expect(await dialog.locator('label').filter({ hasText: 'Billing' }).textContent()).toContain(
      '1 of 2 available',
    );
    await billing.check();
    await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const incoming = phone(bea.page).getByRole('region', { name: 'Transferred call' });
    expect(await incoming.textContent()).toContain('Transferred by Alex Agent');
    await incoming.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(async () => (await desk.call(callId)).agentId).toBe('u_bea');
    alex.expectClean();
    bea.expectClean();
  }, 60_000);
});
