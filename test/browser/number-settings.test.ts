import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openScreen, type WatchedPage } from '../support/browser.ts';
import { consoleTestbed } from '../support/console.ts';

describeInBrowser('web console: a number’s settings page (issue 7, seeds 002 and 004)', () => {
  const acme = consoleTestbed(async ({ api }) => {
    await api('POST', '/numbers', { id: 'n_main', e164: '+34911234567', kind: 'rented', label: 'Madrid' });
    await api('POST', '/numbers', { id: 'n_hours', e164: '+34911234568', kind: 'sip' });
  });
  const { api } = acme;
  const settingsOf = (numberId: string) => api('GET', `/numbers/${numberId}/settings`);

  /** Ada, the admin, signed in once for the file's tests: each starts at a screen's address. */
  let ada: WatchedPage;
  beforeAll(async () => {
    ada = await acme.signedIn('ada@acme.test');
  });

  it('a bad forward number is shown next to the forwarding field and nothing is saved; a good edit saves and survives a reload', async () => {
    const before = await settingsOf('n_main');
    const person = ada;
    person.expectRefusal('PATCH', '/v1/workspaces/acme/numbers/n_main/settings', 400); // the bad forward number
    const { page } = person;
    await openScreen(page, '/');
    await page.getByRole('link', { name: 'Settings' }).click();
    // The list shows the number as people read it, with its name, mode and assigned users.
    const row = page.getByRole('row', { name: /Madrid/ });
    await row.getByRole('link', { name: '+34 911 23 45 67' }).waitFor();
    expect(await row.textContent()).toContain('Receive calls');
    await row.getByRole('link', { name: '+34 911 23 45 67' }).click();
    await page.getByRole('heading', { name: /Madrid/ }).waitFor();

    // Every section of seeds 002 and 004 is on the page.
    for (const section of [
      'Recording',
      'Incoming calls',
      'Call routing and IVR',
      'Ring strategy',
      'When nobody can answer',
      'Working hours',
      'Messages',
      'Recorded prompts',
      'Caller ID',
      'Assigned users',
    ])
      expect(await page.getByRole('region', { name: section }).count(), section).toBe(1);
    // Issue 14: in receive mode the page is scannable at 1280×800: the less used sections are
    // folded to their title and one line, and a jump link unfolds the one it leads to.
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const section of ['Working hours', 'Messages', 'Recorded prompts', 'Caller ID', 'Assigned users'])
      expect(
        await page.getByRole('button', { name: `Show ${section}` }).getAttribute('aria-expanded'),
        section,
      ).toBe('false');
    const length = await page.evaluate('document.documentElement.scrollHeight');
    // Ten sections, five of them folded to a title and a line (the recorded prompts since S3's console).
    expect(length).toBeLessThan(2720);
    await page.screenshot({ path: '/tmp/number-settings-receive-1280.png', fullPage: true });
    await page
      .getByRole('navigation', { name: 'Sections of this page' })
      .getByRole('link', { name: 'Messages' })
      .click();
    await page.getByLabel('Welcome message').waitFor();
    expect(await page.getByRole('button', { name: 'Hide Messages' }).getAttribute('aria-expanded')).toBe(
      'true',
    );

    await page.getByLabel('Forward all calls').check();
    // Issue 14: what forwarding ignores is hidden, and the page says so.
    for (const section of ['Call routing and IVR', 'Ring strategy', 'When nobody can answer'])
      expect(await page.getByRole('region', { name: section }).count(), section).toBe(0);
    await page.getByText(/^Every call goes to the forwarding number/).waitFor();
    // Removing the number lives apart from Save, in its own section.
    const remove = page.getByRole('region', { name: 'Remove this number' });
    expect(await remove.getByRole('button', { name: 'Remove number' }).count()).toBe(1);
    expect(await page.locator('.save-bar').getByRole('button', { name: 'Remove number' }).count()).toBe(0);
    await page.getByLabel('Record calls').check();
    const forward = page.getByLabel('Forward calls to', { exact: true });
    // The browser catches what it can at once…
    await forward.fill('call me');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => forward.getAttribute('aria-invalid')).toBe('true');
    const describedBy = async () =>
      page.locator(`#${await forward.getAttribute('aria-describedby')}`).textContent();
    expect(await describedBy()).toContain('international format');
    // …and the server judges the rest: +99 is no country. Its error goes next to the field.
    await forward.fill('+99 911 234 567');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(describedBy).toContain('forwardTo');
    expect(await forward.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').filter({ hasText: 'Nothing was saved' }).count()).toBe(1);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Saved$/ })
        .count(),
    ).toBe(0);
    // The edits are still there, and marked as not saved.
    expect(await page.getByRole('status').filter({ hasText: 'Unsaved changes' }).count()).toBe(1);
    // Nothing was saved: not the forward, nor the recording switched on in the same edit.
    expect(await settingsOf('n_main')).toEqual(before);

    await forward.fill('+34 600 123 456');
    await page.getByLabel('Welcome message').fill('Welcome to Acme Madrid.');
    // W8: the number's own fields save with the same button.
    await page.getByRole('button', { name: 'Show Assigned users' }).click();
    await page.getByRole('region', { name: 'Assigned users' }).getByLabel('Alex Agent').uncheck();
    await page.getByLabel('Name', { exact: true }).fill('Madrid office');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    expect(await forward.getAttribute('aria-invalid')).toBeNull();
    const saved = await settingsOf('n_main');
    expect(saved).toMatchObject({
      mode: 'forward_all',
      forwardTo: '+34600123456',
      record: true,
      welcomeMessage: 'Welcome to Acme Madrid.',
    });
    expect(await api('GET', '/numbers/n_main')).toMatchObject({
      label: 'Madrid office',
      assignedUserIds: ['u_admin', 'u_sup'],
    });

    await page.reload();
    await page.getByRole('heading', { name: /Madrid/ }).waitFor();
    expect(await page.getByLabel('Forward calls to', { exact: true }).inputValue()).toBe('+34600123456');
    expect(await page.getByLabel('Forward all calls').isChecked()).toBe(true);
    expect(await page.getByLabel('Record calls').isChecked()).toBe(true);
    expect(await page.getByLabel('Welcome message').inputValue()).toBe('Welcome to Acme Madrid.');
    person.expectClean();
  });

  it('the working-hours editor: several ranges a day and a named holiday, saved and shown after a reload', async () => {
    const person = ada;
    const { page } = person;
    await openScreen(page, '/admin/numbers/n_hours');
    await page.getByRole('heading', { name: '+34 911 23 45 68' }).waitFor();
    await page.getByRole('button', { name: 'Show Working hours' }).click();
    await page.getByLabel('Take calls only during working hours').check();
    await page.getByLabel('Time zone').fill('Europe/Madrid');
    // Monday: a morning and an afternoon range.
    await page.getByLabel('Monday range 1 closes').fill('14:00');
    await page.getByRole('button', { name: 'Add a range on Monday' }).click();
    await page.getByLabel('Monday range 2 opens').fill('16:00');
    await page.getByLabel('Monday range 2 closes').fill('19:00');
    await page.getByRole('button', { name: 'Add holiday' }).click();
    await page.getByLabel('Holiday 1 date').fill('2026-12-24');
    await page.getByLabel('Holiday 1 name').fill('Nochebuena');
    // A range that ends before it starts is caught before anything is sent.
    await page.getByLabel('Tuesday range 1 closes').fill('08:00');
    // Folded away, the refused field's section unfolds by itself so the refusal is seen.
    await page.getByRole('button', { name: 'Hide Working hours' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: 'must end after it starts' }).waitFor();
    expect(await page.getByLabel('Tuesday range 1 closes').isVisible()).toBe(true);
    expect((await settingsOf('n_hours')).hours).toBeUndefined();
    await page.getByLabel('Tuesday range 1 closes').fill('18:00');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();

    const { hours } = await settingsOf('n_hours');
    expect(hours).toMatchObject({
      timeZone: 'Europe/Madrid',
      holidays: ['2026-12-24'],
      holidayNames: { '2026-12-24': 'Nochebuena' },
    });
    expect(hours.weekly.mon).toEqual([
      { start: '09:00', end: '14:00' },
      { start: '16:00', end: '19:00' },
    ]);

    await page.reload();
    await page.getByRole('button', { name: 'Show Working hours' }).click();
    await page.getByLabel('Holiday 1 name').waitFor();
    expect(await page.getByLabel('Holiday 1 date').inputValue()).toBe('2026-12-24');
    expect(await page.getByLabel('Holiday 1 name').inputValue()).toBe('Nochebuena');
    expect(await page.getByLabel('Monday range 2 opens').inputValue()).toBe('16:00');
    person.expectClean();
  });

  it('adds a number: one not in international format is refused in the dialog, a good one opens its settings', async () => {
    const person = ada;
    person.expectRefusal('POST', '/v1/workspaces/acme/numbers', 400); // not in international format
    const { page } = person;
    await openScreen(page, '/admin/numbers');
    await page.getByRole('button', { name: 'Add number' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add number' });
    const phone = dialog.getByLabel('Phone number');
    await phone.fill('911 234 569');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    // The workspace has no default country, so the server asks for the international format.
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('alert').filter({ hasText: 'country code' }).waitFor();
    await phone.fill('+34 911 234 569');
    await dialog.getByLabel('Kind').selectOption('sip');
    await dialog.getByLabel('Name').fill('Barcelona');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('heading', { name: /Barcelona/ }).waitFor();
    const { items } = await api('GET', '/numbers');
    expect(items.find((number: { e164: string }) => number.e164 === '+34911234569')).toMatchObject({
      kind: 'sip',
      label: 'Barcelona',
    });
    person.expectClean();
  });
});
