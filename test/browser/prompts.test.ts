import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { encodeWav } from '../../src/telephony/media/wav.ts';
import { describeInBrowser, openScreen, type WatchedPage } from '../support/browser.ts';
import { consoleTestbed } from '../support/console.ts';

describeInBrowser('web console: recorded prompts for numbers and IVR menus (S3)', () => {
  const acme = consoleTestbed(async ({ api }) => {
    await api('POST', '/numbers', { id: 'n_main', e164: '+34911234567', kind: 'sip', label: 'Madrid' });
    await api('POST', '/ivr-menus', { id: 'm_sales', name: 'Sales menu', prompt: 'New orders press 1.' });
  });
  const { api } = acme;
  const files = mkdtempSync(join(tmpdir(), 'sb-prompts-'));
  const wavFile = (name: string, samples: number) => {
    const path = join(files, name);
    writeFileSync(path, encodeWav(new Int16Array(samples).fill(900)));
    return path;
  };

  /** Ada, the admin, signed in once for the file's tests: each starts at a screen's address. */
  let ada: WatchedPage;
  beforeAll(async () => {
    ada = await acme.signedIn('ada@acme.test');
  });

  it('an admin uploads a welcome recording, plays it, is told why a bad file is refused, and goes back to the built-in prompt', async () => {
    const person = ada;
    const { page } = person;
    // A 16 kHz file: the server refuses it and names the format.
    person.expectRefusal('PUT', '/v1/workspaces/acme/numbers/n_main/prompts/welcome', 400);
    await openScreen(page, '/admin/numbers/n_main');
    await page.getByRole('heading', { name: /Madrid/ }).waitFor();
    await page.getByRole('button', { name: 'Show Recorded prompts' }).click();
    const section = page.getByRole('region', { name: 'Recorded prompts' });
    const welcome = section.getByRole('group', { name: 'Welcome' });
    await expect.poll(() => welcome.getByRole('status').textContent()).toBe('Built-in spoken prompt');

    await welcome.getByLabel('Upload a WAV: Welcome').setInputFiles(wavFile('welcome.wav', 12_000));
    await expect.poll(() => welcome.getByRole('status').first().textContent()).toBe('Recording, 1.5 s');
    await welcome.getByLabel('Welcome', { exact: true }).waitFor(); // the <audio> player
    expect((await api('GET', '/numbers/n_main/prompts')).items[0]).toMatchObject({
      prompt: 'welcome',
      source: 'uploaded',
      durationMs: 1500,
    });
    // The section's folded line says what is recorded.
    expect(await section.textContent()).toContain('Recorded: Welcome.');

    const wide = join(files, 'wide.wav');
    writeFileSync(wide, encodeWav(new Int16Array(16_000), 16_000));
    await welcome.getByLabel('Replace: Welcome').setInputFiles(wide);
    await welcome
      .getByRole('alert')
      .filter({ hasText: /8000 Hz/ })
      .waitFor();
    expect((await api('GET', '/numbers/n_main/prompts')).items[0].durationMs).toBe(1500);

    await welcome.getByRole('button', { name: 'Use the built-in prompt' }).click();
    await expect.poll(() => welcome.getByRole('status').first().textContent()).toBe('Built-in spoken prompt');
    expect((await api('GET', '/numbers/n_main/prompts')).items[0].source).toBe('default');
    person.expectClean();
  });

  it('an IVR menu has its own recording, shown on its page', async () => {
    const person = ada;
    const { page } = person;
    await openScreen(page, '/admin/ivr-menus/m_sales');
    const recording = page.getByRole('group', { name: 'Recorded prompt' });
    await expect.poll(() => recording.getByRole('status').textContent()).toBe('Built-in spoken prompt');
    await recording.getByLabel('Upload a WAV: Recorded prompt').setInputFiles(wavFile('menu.wav', 24_000));
    await expect.poll(() => recording.getByRole('status').first().textContent()).toBe('Recording, 3.0 s');
    expect(await api('GET', '/ivr-menus/m_sales/prompt')).toMatchObject({
      source: 'uploaded',
      durationMs: 3000,
    });
    await page.reload();
    await expect
      .poll(() =>
        page.getByRole('group', { name: 'Recorded prompt' }).getByRole('status').first().textContent(),
      )
      .toBe('Recording, 3.0 s');
    person.expectClean();
  });
});
