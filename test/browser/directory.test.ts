import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openScreen, openWithin, type WatchedPage } from '../support/browser.ts';
import { consoleTestbed } from '../support/console.ts';

describeInBrowser('web console: settings for users, departments, contacts and balance (issue 7)', () => {
  const acme = consoleTestbed(async ({ api }) => {
    await api('POST', '/users', {
      id: 'u_dani',
      name: 'Dani Díaz',
      email: 'dani@acme.test',
      role: 'agent',
      extension: '301',
    });
    await api('POST', '/users', {
      id: 'u_leaver',
      name: 'Lee Leaver',
      email: 'lee@acme.test',
      role: 'agent',
    });
    await api('POST', '/departments', { id: 'dep_support', name: 'Support', memberIds: ['u_agent'] });
    await api('PATCH', '/billing', { balanceCents: 1234, currency: 'EUR' });
  });
  const { api } = acme;
  /** Ada, the admin, signed in once for the file's English tests: each starts at a screen's address. */
  let ada: WatchedPage;
  beforeAll(async () => {
    ada = await acme.signedIn('ada@acme.test');
  });

  /** The text of the message a field's aria-describedby points at: what a screen reader reads with it. */
  const descriptionOf = async (page: Page, label: string) => {
    const id = await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby');
    return id ? page.locator(`[id="${id}"]`).textContent() : '';
  };

  it('creating a user: a bad email is refused next to the field and creates nothing; a good one is listed', async () => {
    const person = ada;
    person.expectRefusal('POST', '/v1/workspaces/acme/users', 400); // bea@nowhere, judged by the server
    const { page } = person;
    await openScreen(page, '/');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Users' })
      .click();
    await page.getByRole('row', { name: /Dani Díaz/ }).waitFor();
    await page.getByLabel('Show users of').selectOption({ label: 'Support' });
    await expect.poll(() => page.getByRole('row', { name: /Dani Díaz/ }).count()).toBe(0);
    expect(await page.getByRole('row', { name: /Alex Agent/ }).count()).toBe(1);
    await page.getByLabel('Show users of').selectOption('');
    await page.getByRole('link', { name: 'Add user' }).click();

    await page.getByLabel('Full name').fill('Bea Bilingual');
    // Cheap checks happen in the form: no @ at all is caught before asking the server.
    await page.getByLabel('Email', { exact: true }).fill('bea');
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect.poll(() => descriptionOf(page, 'Email')).toContain('Enter an email address');
    expect(await page.getByLabel('Email', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    // The server judges the rest and names the field; its message goes under that field.
    await page.getByLabel('Email', { exact: true }).fill('bea@nowhere');
    await page.getByLabel('Extension').fill('205');
    await page.getByLabel('Chat capacity').fill('8');
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect.poll(() => descriptionOf(page, 'Email')).toContain('is not an email address');
    const users = async () =>
      ((await api('GET', '/users')).items as { name: string }[]).map((user) => user.name);
    expect(await users()).not.toContain('Bea Bilingual');

    await page.getByLabel('Email', { exact: true }).fill('bea@acme.test');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('status').filter({ hasText: 'Bea Bilingual was added.' }).waitFor();
    const row = page.getByRole('row', { name: /Bea Bilingual/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('205');
    expect(await row.textContent()).toContain('Chat 8');
    expect(await users()).toContain('Bea Bilingual');
    person.expectClean();
  });

  it('editing a user: a taken extension is refused next to the field; a change saves; removing asks first', async () => {
    const person = ada;
    person.expectRefusal('PATCH', '/v1/workspaces/acme/users/u_agent', 409); // extension 301 is taken
    const { page } = person;
    await openScreen(page, '/admin/users');
    await page.getByRole('link', { name: 'Alex Agent' }).click();
    await page.getByRole('heading', { name: 'Alex Agent', level: 1 }).waitFor();
    await page.getByLabel('Extension').fill('301');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => descriptionOf(page, 'Extension')).toContain('already belongs to Dani Díaz');
    // Focus goes to what needs fixing.
    const focused = (element: { ownerDocument: { activeElement: unknown } }) =>
      element === element.ownerDocument.activeElement;
    await expect.poll(() => page.getByLabel('Extension').evaluate(focused)).toBe(true);
    expect((await api('GET', '/users/u_agent')).extension).toBeUndefined();

    await page.getByLabel('Extension').fill('302');
    await page.getByLabel('Role').selectOption('supervisor');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await api('GET', '/users/u_agent')).toMatchObject({ extension: '302', role: 'supervisor' });
    await api('PATCH', '/users/u_agent', { role: 'agent' });

    await openScreen(page, '/admin/users/u_leaver');
    await page.getByRole('button', { name: 'Remove user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Lee Leaver?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await api('GET', '/users')).items.map((user: { id: string }) => user.id)).toContain('u_leaver');
    await page.getByRole('button', { name: 'Remove user' }).click();
    await dialog.getByRole('button', { name: 'Remove user' }).click();
    await page.getByRole('status').filter({ hasText: 'Lee Leaver was removed.' }).waitFor();
    expect(await page.getByRole('row', { name: /Lee Leaver/ }).count()).toBe(0);
    expect((await api('GET', '/users')).items.map((user: { id: string }) => user.id)).not.toContain(
      'u_leaver',
    );
    person.expectClean();
  });

  it('creating a department and adding members updates its member count; a presence change its online count, without reading the lists again', async () => {
    const person = ada;
    const { page } = person;
    await openScreen(page, '/admin/departments');
    await page.getByLabel('Department name').fill('Billing');
    await page.getByRole('button', { name: 'Create department' }).click();
    await page.getByRole('heading', { name: 'Billing', level: 1 }).waitFor();

    await page.getByRole('checkbox', { name: /Dani Díaz/ }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.getByRole('link', { name: 'All departments' }).click();
    const row = page.getByRole('row', { name: /^Billing/ });
    await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe('1');

    await row.getByRole('link', { name: 'Billing' }).click();
    await page.getByRole('checkbox', { name: /Alex Agent/ }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.getByRole('link', { name: 'All departments' }).click();
    await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe('2');
    expect(await row.textContent()).toContain('Alex Agent, Dani Díaz');
    // Presence changes arrive over the stream: the online count follows without a reload,
    // and without reading the users or the departments again.
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('0');
    const reads: string[] = [];
    const noteRead = (request: { method(): string; url(): string }) => {
      const { pathname } = new URL(request.url());
      if (request.method() === 'GET' && /\/(users|departments)$/.test(pathname)) reads.push(pathname);
    };
    page.on('request', noteRead);
    await api('PUT', '/users/u_dani/presence', { presence: 'online' });
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toBe('1');
    await api('PUT', '/users/u_dani/presence', { presence: 'offline' });
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toBe('0');
    page.off('request', noteRead);
    expect(reads).toEqual([]);

    const departments = (await api('GET', '/departments')).items as { name: string; memberIds: string[] }[];
    expect(departments.find((department) => department.name === 'Billing')?.memberIds.sort()).toEqual([
      'u_agent',
      'u_dani',
    ]);
    person.expectClean();
  });

  it('C2: a department’s chat strategy and offline rule are chosen on its page and survive a reload', async () => {
    await api('POST', '/departments', { id: 'd_chat', name: 'Chat team' });
    const person = ada;
    const { page } = person;
    await openScreen(page, '/admin/departments/d_chat');
    const chat = page.getByRole('region', { name: 'Chat', exact: true });
    const strategy = chat.getByLabel('Who gets new conversations');
    await expect.poll(() => strategy.inputValue()).toBe('least_busy');
    await strategy.selectOption('manual');
    expect(await chat.textContent()).toContain(
      'Agents take conversations from the department queue themselves.',
    );
    await chat.getByLabel('When a member goes offline').selectOption('reassign');
    await chat.getByRole('button', { name: 'Save chat settings' }).click();
    await chat.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await api('GET', '/departments/d_chat/chat-settings')).toMatchObject({
      strategy: 'manual',
      onAgentOffline: 'reassign',
    });
    await page.reload();
    await expect.poll(() => page.getByLabel('Who gets new conversations').inputValue()).toBe('manual');
    expect(await page.getByLabel('When a member goes offline').inputValue()).toBe('reassign');
    person.expectClean();
  });

  it('a contact with a responsible user: a bad phone is refused by its field; the saved owner survives a reload', async () => {
    const person = ada;
    person.expectRefusal('POST', '/v1/workspaces/acme/contacts', 400); // +34 12 is no phone number
    const { page } = person;
    await openScreen(page, '/admin/contacts');
    await page.getByRole('link', { name: 'Add contact' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Carmen Cliente');
    await page.getByLabel('Company').fill('Cliente SA');
    await page.getByLabel('Phone 1', { exact: true }).fill('+34 12');
    await page.getByLabel('Responsible user').selectOption('u_agent');
    await page.getByRole('button', { name: 'Create contact' }).click();
    await expect.poll(() => descriptionOf(page, 'Phone 1')).toContain('phones[0]');
    expect((await api('GET', '/contacts')).items).toEqual([]);

    await page.getByLabel('Phone 1', { exact: true }).fill('+34 600 111 333');
    await page.getByRole('button', { name: 'Create contact' }).click();
    await page.getByRole('status').filter({ hasText: 'Carmen Cliente was added.' }).waitFor();

    await page.reload();
    const row = page.getByRole('row', { name: /Carmen Cliente/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('+34 600 11 13 33');
    expect(await row.textContent()).toContain('Alex Agent');
    await page.getByLabel('Search by name, company or phone').fill('111333');
    await row.waitFor();
    await row.getByRole('link', { name: 'Carmen Cliente' }).click();
    await page.reload();
    await expect.poll(() => page.getByLabel('Responsible user').inputValue()).toBe('u_agent');
    const [contact] = (await api('GET', '/contacts')).items;
    expect(contact).toMatchObject({
      name: 'Carmen Cliente',
      responsibleUserId: 'u_agent',
      phones: ['+34600111333'],
    });
    person.expectClean();
  });

  it('the balance page shows the balance, and a top-up changes it and is listed', async () => {
    const person = ada;
    const { page } = person;
    await openScreen(page, '/admin/billing');
    const balance = page.getByRole('status', { name: 'Telephony balance' });
    await expect.poll(() => balance.textContent()).toBe('€12.34');
    expect(await page.getByText('No credit has been added yet.').isVisible()).toBe(true);

    await page.getByLabel('Amount (EUR)').fill('0');
    await page.getByRole('button', { name: 'Add credit' }).click();
    await expect.poll(() => descriptionOf(page, 'Amount (EUR)')).toContain('greater than 0');

    await page.getByLabel('Amount (EUR)').fill('20.50');
    await page.getByRole('button', { name: 'Add credit' }).click();
    await page.getByRole('status').filter({ hasText: 'Added €20.50. The balance is now €32.84.' }).waitFor();
    await expect.poll(() => balance.textContent()).toBe('€32.84');
    const topUps = page.getByRole('table', { name: 'Top-ups' });
    await expect.poll(() => topUps.getByRole('row').nth(1).textContent()).toContain('€20.50€32.84');
    expect((await api('GET', '/billing')).balanceCents).toBe(3284);
    person.expectClean();
  });

  it('the settings speak Spanish to a Spanish browser, money included', async () => {
    const person = await acme.signedIn('ada@acme.test', 'es-ES');
    const { page } = person;
    await page.goto('/admin/billing');
    const balance = page.getByRole('status', { name: 'Saldo de telefonía' });
    await expect.poll(() => balance.textContent()).toMatch(/^\d+,\d{2}\s€$/);
    // Users, as the settings' link leads there (the console is not loaded again).
    await openWithin(page, '/admin/users');
    await page.getByRole('heading', { name: 'Usuarios', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Añadir usuario' }).waitFor();
    person.expectClean();
  });
});
