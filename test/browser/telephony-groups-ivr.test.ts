import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openScreen, type WatchedPage } from '../support/browser.ts';
import { consoleTestbed } from '../support/console.ts';

describeInBrowser('web console: telephony groups and the IVR menu editor (issue 7, V10, V13)', () => {
  const acme = consoleTestbed(async ({ api }) => {
    await api('POST', '/numbers', { id: 'n_main', e164: '+34911234567', kind: 'rented' });
    await api('POST', '/groups', { id: 'g_support', name: 'Support', memberIds: ['u_agent'] });
    await api('POST', '/ivr-menus', { id: 'ivr_main', name: 'Main menu', prompt: 'For support press 1.' });
  });
  const { api } = acme;

  /** Ada, the admin, signed in once for the file's tests: each starts at a screen's address. */
  let ada: WatchedPage;
  beforeAll(async () => {
    ada = await acme.signedIn('ada@acme.test');
  });

  it('creates a group with members in order and a strategy, edits it, and deletes it', async () => {
    const person = ada;
    const { page } = person;
    await openScreen(page, '/admin/groups');
    await page
      .getByRole('row', { name: /Support/ })
      .getByText('Alex Agent')
      .waitFor();
    await page.getByRole('link', { name: 'New group' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Sales');
    await page.getByLabel('Strategy').selectOption('sequential');
    await page.getByLabel('Add member').selectOption({ label: 'Sam Supervisor' });
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByLabel('Add member').selectOption({ label: 'Alex Agent' });
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('button', { name: 'Move Alex Agent up' }).click();
    await page.getByLabel('If nobody answers').selectOption('forward');
    await page.getByLabel('Forward to', { exact: true }).fill('+99 600');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByRole('alert').filter({ hasText: 'international format' }).waitFor();
    await page.getByLabel('Forward to', { exact: true }).fill('+34 600 123 456');
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByRole('link', { name: 'Sales' }).waitFor();
    const { items } = await api('GET', '/groups');
    const sales = items.find((group: { name: string }) => group.name === 'Sales');
    expect(sales).toMatchObject({
      memberIds: ['u_agent', 'u_sup'],
      strategy: 'sequential',
      noAnswer: { kind: 'forward', to: '+34600123456' },
    });

    await page.getByRole('link', { name: 'Sales' }).click();
    await page.getByRole('button', { name: 'Remove Sam Supervisor' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    expect((await api('GET', `/groups/${sales.id}`)).memberIds).toEqual(['u_agent']);

    await page.getByRole('button', { name: 'Delete group' }).click();
    await page.getByRole('dialog', { name: 'Delete group' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'Telephony groups' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Sales' }).count()).toBe(0);
    person.expectClean();
  });

  it('adds options to an IVR menu: a key to a group, and a key to a number the server refuses until it is right', async () => {
    const person = ada;
    const { page } = person;
    person.expectRefusal('PATCH', '/v1/workspaces/acme/ivr-menus/ivr_main', 400); // the wrong number
    await openScreen(page, '/admin/ivr-menus');
    await page.getByRole('link', { name: 'Main menu' }).click();
    await page.getByLabel('Greeting').fill('For support press 1. To reach our office press 2.');
    await page.getByRole('button', { name: 'Add option' }).click();
    await page.getByLabel('Action for key 1').selectOption('group');
    await page.getByLabel('Group for key 1').selectOption({ label: 'Support' });
    await page.getByRole('button', { name: 'Add option' }).click();
    await page.getByLabel('Action for key 2').selectOption('forward');
    const number = page.getByLabel('Number for key 2');
    await number.fill('+99 911 234 567');
    await page.getByRole('button', { name: 'Save' }).click();
    // The server names options.2.to: its message shows next to that key's number.
    await expect.poll(() => number.getAttribute('aria-invalid')).toBe('true');
    const describedBy = async () =>
      page.locator(`#${await number.getAttribute('aria-describedby')}`).textContent();
    await expect.poll(describedBy).toContain('options.2.to');
    expect((await api('GET', '/ivr-menus/ivr_main')).options).toEqual({});

    await number.fill('+34 600 111 222');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    const menu = await api('GET', '/ivr-menus/ivr_main');
    expect(menu).toMatchObject({
      prompt: 'For support press 1. To reach our office press 2.',
      options: { '1': { kind: 'group', groupId: 'g_support' }, '2': { kind: 'forward', to: '+34600111222' } },
    });
    await page.reload();
    await page.getByLabel('Group for key 1').waitFor();
    expect(await page.getByLabel('Group for key 1').inputValue()).toBe('g_support');
    person.expectClean();
  });

  it('creates a new IVR menu and routes a number to it', async () => {
    const person = ada;
    const { page } = person;
    await openScreen(page, '/admin/ivr-menus');
    await page.getByRole('link', { name: 'New menu' }).click();
    await page.getByRole('button', { name: 'Create menu' }).click();
    // Name and greeting are required; the browser says so before asking the server.
    await page.getByRole('alert').filter({ hasText: 'Fill this in' }).first().waitFor();
    await page.getByLabel('Name', { exact: true }).fill('After hours');
    await page.getByLabel('Greeting').fill('We are closed. Press 1 to leave a message.');
    await page.getByRole('button', { name: 'Add option' }).click();
    await page.getByRole('button', { name: 'Create menu' }).click();
    await page.getByRole('heading', { name: 'After hours' }).waitFor();
    const { items } = await api('GET', '/ivr-menus');
    const created = items.find((menu: { name: string }) => menu.name === 'After hours');
    expect(created.options).toEqual({ '1': { kind: 'voicemail' } });

    await openScreen(page, '/admin/numbers/n_main');
    await page.getByLabel('Send calls to').selectOption('ivr');
    await page.getByLabel('IVR menu', { exact: true }).selectOption({ label: 'After hours' });
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
    expect((await api('GET', '/numbers/n_main/settings')).route).toEqual({ kind: 'ivr', menuId: created.id });

    // A menu a number still uses is not deleted; the dialog says why.
    person.expectRefusal('DELETE', `/v1/workspaces/acme/ivr-menus/${created.id}`, 409);
    await openScreen(page, `/admin/ivr-menus/${created.id}`);
    await page.getByRole('button', { name: 'Delete menu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete menu' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'is used by number' }).waitFor();
    expect((await api('GET', '/ivr-menus')).items).toHaveLength(2);
    person.expectClean();
  });
});
