import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, newPerson } from '../support/browser.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

interface Site {
  origin: string;
  server: Server;
}

/** A customer's site on its own origin (another loopback port) whose page frames the widget. */
async function embeddingSite(widget: string): Promise<Site> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><title>Shop</title><iframe title="chat" src="${widget}"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * Issue 12 item 11 in a real browser: the console and /docs work under their
 * Content-Security-Policy (any violation is a console error, which fails the test), and the
 * web-chat widget can be framed by the sites its workspace lists and by no other.
 */
describeInBrowser('security headers in the browser (issue 12 item 11)', () => {
  let server: TestServer;
  let browser: Browser;
  let origin: string;

  let shop: Site;
  let elsewhere: Site;

  beforeAll(async () => {
    server = await startTestServer();
    const ws = await seedWorkspace(server);
    await server.request('POST', '/v1/workspaces/acme/departments', {
      token: ws.tokens.admin,
      body: { id: 'sales', name: 'Sales', memberIds: ['u_agent'] },
    });
    origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
    shop = await embeddingSite(`${origin}/webchat/acme`);
    elsewhere = await embeddingSite(`${origin}/webchat/acme`);
    await server.request('PATCH', '/v1/workspaces/acme', {
      token: ws.tokens.admin,
      body: { webchatOrigins: [shop.origin] },
    });
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    shop?.server.close();
    elsewhere?.server.close();
  });

  it('the console’s log-in page and /docs load with no CSP violation', async () => {
    const person = await newPerson(browser, origin);
    await person.page.goto('/');
    await person.page.getByLabel('Email').waitFor();
    await person.page.goto('/docs');
    await person.page.getByRole('heading', { name: /Switchboard API/ }).waitFor();
    await person.page.getByText('/v1/sessions').first().waitFor();
    person.expectClean();
    await person.context.close();
  });

  it('a listed site embeds the widget, which connects; another site’s frame is refused by frame-ancestors', async () => {
    const person = await newPerson(browser, origin);
    await person.page.goto(shop.origin);
    const widget = person.page.frameLocator('iframe[title="chat"]');
    await widget.getByRole('heading', { name: 'Chat with Acme' }).waitFor();
    // The visitor says who they are before the widget opens its session (issue 14).
    await widget.getByLabel('Your name').fill('Nora Díaz');
    await widget.getByRole('button', { name: 'Start chatting' }).click();
    await expect.poll(() => widget.getByRole('status').textContent()).toContain('Connected');
    person.expectClean();

    await person.page.goto(elsewhere.origin);
    await expect.poll(() => person.problems.join('\n')).toMatch(/frame-ancestors/);
    expect(await widget.getByRole('heading', { name: 'Chat with Acme' }).count()).toBe(0);
    // Exactly the refusal this test provokes: the widget's document blocked, and the browser saying why.
    const problems = person.takeProblems();
    expect(problems).toHaveLength(2);
    expect(problems.find((problem) => problem.startsWith('failed:'))).toMatch(
      /^failed: GET http:\/\/127\.0\.0\.1:\d+\/webchat\/acme net::ERR_BLOCKED_BY_RESPONSE/,
    );
    expect(problems.find((problem) => problem.startsWith('console:'))).toMatch(/frame-ancestors/);
    await person.context.close();
  });
});
