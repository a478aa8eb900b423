import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/browser.ts';
import { consoleTestbed } from '../support/console.ts';

describeInBrowser('web console: Settings → Webhooks (I1)', () => {
  const acme = consoleTestbed();

  it('I1: an admin subscribes a URL, sees the secret, is refused a loopback URL by the field, and sees what was sent', async () => {
    const { page, expectRefusal } = await acme.signedIn('ada@acme.test');
    await page.goto('/');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();

    // The server runs without --allow-private-webhooks: a loopback URL is refused under the field.
    expectRefusal('POST', '/v1/workspaces/acme/webhooks', 400);
    await page.getByLabel('URL').fill('http://127.0.0.1:9/hook');
    await page.getByRole('button', { name: 'Create webhook' }).click();
    await page.getByText(/loopback, private or link-local/).waitFor();
    expect((await acme.api('GET', '/webhooks')).items).toEqual([]);

    await page.getByLabel('URL').fill('https://93.184.216.34/hook');
    await page.getByLabel('presence.changed').check();
    await page.getByRole('button', { name: 'Create webhook' }).click();
    const shown = page
      .getByRole('status')
      .filter({ hasText: 'Signing secret of https://93.184.216.34/hook' });
    await shown.waitFor();
    const [webhook] = (await acme.api('GET', '/webhooks')).items;
    const { secret } = await acme.api('GET', `/webhooks/${webhook.id}/secret`);
    expect(await shown.textContent()).toContain(secret);
    expect(webhook.events).toEqual(['call.received', 'call.ended', 'presence.changed']);

    await acme.api('PUT', '/users/u_agent/presence', { presence: 'online' });
    const row = page.getByRole('row', { name: /93\.184\.216\.34/ });
    await row.getByRole('button', { name: 'Deliveries' }).click();
    await page.getByRole('heading', { name: 'Deliveries to https://93.184.216.34/hook' }).waitFor();
    await expect
      .poll(async () => {
        await row.getByRole('button', { name: 'Deliveries' }).click();
        return page
          .getByRole('table', { name: /Deliveries to/ })
          .getByRole('row', { name: /presence\.changed/ })
          .count();
      })
      .toBe(1);

    await row.getByRole('button', { name: 'Disable' }).click();
    await row.getByRole('button', { name: 'Enable' }).waitFor();
    expect((await acme.api('GET', `/webhooks/${webhook.id}`)).enabled).toBe(false);
  });
});
