import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, newPerson, signIn } from '../support/browser.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

describeInBrowser('web console: log-in, language and workspace switcher (issue 7)', () => {
  let server: TestServer;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    server = await startTestServer();
    await seedWorkspace(server, 'acme');
    // Ada also belongs to a second workspace, with the same email and password.
    await seedWorkspace(server, 'globex');
    await server.request('POST', '/v1/workspaces/globex/users', {
      token: server.adminToken,
      body: { name: 'Ada in Globex', email: 'ada@acme.test', role: 'agent', password: 'correct horse' },
    });
    origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.app.close();
  });

  it('a wrong password shows an error and no console; the right one opens the desktop', async () => {
    const person = await newPerson(browser, origin);
    const { page } = person;
    person.expectRefusal('POST', '/v1/sessions', 401);
    await page.goto('/');
    await page.getByLabel('Email').fill('alex@acme.test');
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Email or password is wrong');
    // The person types the right password into the same form (no page load in between).
    await page.getByLabel('Password').fill('correct horse');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await expect.poll(() => page.url()).toMatch(/\/desktop$/);
    // Issue 14: who is signed in, the language and signing out sit in the account menu.
    await page.getByRole('button', { name: 'Account: Alex Agent' }).click();
    expect(await page.getByText('Signed in as Alex Agent').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBe(1);
    // An agent sees no settings.
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    // A reload keeps the session; signing out ends it on the server too.
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('button', { name: 'Account: Alex Agent' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    person.expectClean();
  });

  it('the language follows the browser, and a person’s choice sticks to them', async () => {
    const person = await newPerson(browser, origin, 'es-ES');
    const { page } = person;
    await page.goto('/');
    await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
    await page.getByLabel('Idioma').selectOption('en');
    await signIn(page, 'sam@acme.test');
    await page.getByRole('button', { name: 'Account: Sam Supervisor' }).click();
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('link', { name: 'Escritorio' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Historial' }).waitFor();
    person.expectClean();
  });

  it('a person in two workspaces switches between them without signing in again', async () => {
    const person = await newPerson(browser, origin);
    const { page } = person;
    await signIn(page, 'ada@acme.test');
    await page.getByRole('button', { name: 'Account: Ada Admin' }).click();
    const switcher = page.getByLabel('Workspace');
    expect(await switcher.inputValue()).toBe('acme');
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(1);
    await switcher.selectOption('globex');
    await page.getByRole('button', { name: 'Account: Ada in Globex' }).click();
    await page.getByText('Signed in as Ada in Globex').waitFor();
    // In Globex she is an agent: no settings there.
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
    await switcher.selectOption('acme');
    await page.getByRole('button', { name: 'Account: Ada Admin' }).click();
    await page.getByText('Signed in as Ada Admin').waitFor();
    person.expectClean();
  });

  it('a session ended on the server (signed out elsewhere) takes the console back to the log-in page', async () => {
    const person = await newPerson(browser, origin);
    const { page } = person;
    await signIn(page, 'alex@acme.test');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Live' }).count()).toBe(1);
    // Signed out once the desktop has loaded: a read still on its way when the session ends is
    // refused (401), as it should be, and that is not what this test is about.
    await person.settled();
    const token = (await page.evaluate(
      "JSON.parse(localStorage.getItem('switchboard.session')).token",
    )) as string;
    const out = await server.request('DELETE', '/v1/sessions/current', { token });
    expect(out.status).toBe(204);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    person.expectClean();
  });

  it('a demo server lists its people on the log-in page; choosing one fills the form', async () => {
    server.announceDemo({
      workspaceId: 'acme',
      workspaceName: 'Acme',
      people: [
        { email: 'sam@acme.test', password: 'correct horse', name: 'Sam Supervisor', role: 'supervisor' },
      ],
    });
    const person = await newPerson(browser, origin);
    const { page } = person;
    await page.goto('/');
    const demo = page.getByRole('region', { name: 'Try the demo: Acme' });
    await demo.getByRole('button', { name: 'Sam Supervisor' }).click();
    expect(await page.getByLabel('Email').inputValue()).toBe('sam@acme.test');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Account: Sam Supervisor' }).waitFor();
    person.expectClean();
  });

  it('issue 14: beside the English demo a Spanish one; a Spanish browser is offered its people and signs in to it', async () => {
    // As `serve --demo` does: the same person in an English and a Spanish demo workspace.
    server.announceDemo({
      workspaceId: 'globex',
      workspaceName: 'Globex S.L.',
      language: 'es',
      people: [{ email: 'ada@acme.test', password: 'correct horse', name: 'Ada in Globex', role: 'agent' }],
    });
    const spanish = await newPerson(browser, origin, 'es-ES');
    await spanish.page.goto('/');
    const demo = spanish.page.getByRole('region', { name: 'Prueba la demo: Globex S.L.' });
    await demo.getByRole('button', { name: 'Ada in Globex' }).click();
    await spanish.page.getByRole('button', { name: 'Iniciar sesión' }).click();
    // Ada's first workspace is Acme: she lands in the Spanish demo because she chose it.
    await spanish.page.getByRole('button', { name: 'Cuenta: Ada in Globex' }).waitFor();
    // An English browser is still offered the English demo (the first announced).
    const english = await newPerson(browser, origin);
    await english.page.goto('/');
    await english.page.getByRole('region', { name: 'Try the demo: Acme' }).waitFor();
  });
});
