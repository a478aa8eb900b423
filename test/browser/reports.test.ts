import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openScreen, type WatchedPage } from '../support/browser.ts';
import { consoleTestbed } from '../support/console.ts';

describeInBrowser('web console: History → Download CSV and the Reports page (I3)', () => {
  const acme = consoleTestbed(async ({ api, server }) => {
    await api('POST', '/numbers', { id: 'n_main', e164: '+34911234567', kind: 'rented' });
    await api('PUT', '/users/u_agent/presence', { presence: 'online' });
    const placed = await api('POST', '/sim/calls', { from: '+34600111222', to: '+34911234567' });
    await server.request('POST', '/v1/clock/advance', { token: server.adminToken, body: { ms: 4000 } });
    const phone = await api('GET', '/users/u_agent/phone');
    const [line] = phone.lines;
    await api('POST', `/sim/legs/${line.callId}/${line.legId}/answer`);
    await server.request('POST', '/v1/clock/advance', { token: server.adminToken, body: { ms: 120_000 } });
    await api('POST', `/sim/calls/${placed.callId}/hangup`);
  });

  /** Sam, the supervisor, signed in once for the file's tests: each starts at a screen's address. */
  let sam: WatchedPage;
  beforeAll(async () => {
    sam = await acme.signedIn('sam@acme.test');
  });

  it('I3: a supervisor downloads the calls as CSV from History; the file has the calls the history lists', async () => {
    const { page } = sam;
    await openScreen(page, '/history/calls');
    const waiting = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const download = await waiting;
    expect(download.suggestedFilename()).toBe('acme-calls.csv');
    const rows: Record<string, string>[] = parse(await readFile((await download.path())!, 'utf8'), {
      columns: true,
    });
    const listed = (await acme.api('GET', '/calls')).items as Array<{ id: string; from: string }>;
    expect(rows.map((row) => row.callId)).toEqual(listed.map((call) => call.id));
    expect(rows[0]).toMatchObject({
      from: '+34600111222',
      answeredBy: 'u_agent',
      waitSeconds: '4',
      talkSeconds: '120',
    });
  });

  it('I3: the Reports page charts the calls per day and service level, and lists each agent', async () => {
    const { page } = sam;
    await openScreen(page, '/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports' }).waitFor();
    const date = new Date(acme.server.clock.now()).toISOString().slice(0, 10);
    const period = page.getByRole('form', { name: 'Period' });
    await period.getByLabel('From').fill(date);
    await period.getByLabel('To', { exact: true }).fill(date);
    await period.getByRole('button', { name: 'Show' }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: `${date}: 1 (1 answered)` })
      .waitFor({ state: 'attached' });
    await page
      .getByRole('listitem')
      .filter({ hasText: /: 100% \(1\/1\)/ })
      .waitFor({ state: 'attached' });
    const agent = page.getByRole('row', { name: /u_agent/ });
    await agent.waitFor();
    expect((await agent.getByRole('cell').allTextContents()).slice(0, 4)).toEqual(['1', '1', '0', '2']);
  });
});
