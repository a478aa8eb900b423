import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSwitchboard, type Switchboard } from '../../src/server/switchboard.ts';
import type { DeviceRegistry } from '../../src/telephony/devices.ts';
import { synthesize } from '../../src/telephony/media/tone.ts';
import { encodeWav } from '../../src/telephony/media/wav.ts';
import { describeInBrowser, launchBrowser, newPerson, signIn } from '../support/browser.ts';
import { testPasswordCost } from '../support/server.ts';
import {
  endsWith,
  type Heard,
  heardBlocks,
  inboundEnergy,
  runs,
  watchPeerConnections,
} from './support/browser-audio.ts';
import { type Baresip, sipPeers, startBaresip, until } from './support/peers.ts';
import { testPlane } from './support/plane.ts';
import { heardOnCall, untilHeard } from './support/recordings.ts';

/**
 * Issue 15 end to end: a customer's real SIP phone (baresip) calls a number through the trunk;
 * the agent's desk phone (baresip) and their console (Chromium with a fake microphone) ring;
 * the agent answers in the page, talks, holds, presses a key and hangs up, all from the console.
 */
const peers = sipPeers();
const number = '+34910000001';
const browserToneHz = 600;
const callerToneHz = 440;

let server: Switchboard;
let browser: Browser;
let origin: string;
let sipPort: number;
let caller: Baresip;
let desk: Baresip;
let registry: DeviceRegistry;

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of every shape.
async function api(method: string, url: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await server.app.inject({
    method: method as 'GET',
    url: `/v1/workspaces/acme${url}`,
    headers: { authorization: `Bearer ${server.adminToken}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
}

/**
 * Waits until the caller has heard `kind` for half a second in a row since `since` (the time its
 * call was placed): what the checks below look for, rather than a fixed time per step.
 */
const callerHears = (kind: Heard, since: number) =>
  untilHeard(caller, since, `the caller to hear ${kind}`, (heard) =>
    endsWith(heardBlocks(heard, browserToneHz), kind, 5),
  );

beforeAll(async () => {
  if (!peers.available) return;
  const wav = join(tmpdir(), `switchboard-agent-tone-${process.pid}.wav`);
  writeFileSync(wav, encodeWav(synthesize({ frequencies: [browserToneHz], stepMs: 5000 }, 5000), 8000));
  const plane = await testPlane();
  server = await openSwitchboard({
    dbPath: join(mkdtempSync(join(tmpdir(), 'sb-webrtc-sip-')), 'switchboard.db'),
    clock: 'system',
    logger: false,
    sip: { listen: { host: '127.0.0.1', port: 0 }, plane, qualityEveryMs: 2000 },
    passwordCost: testPasswordCost,
  });
  sipPort = server.sip!.port;
  // The consoles' phones as `serve --telephony sip` makes them, on SIP's plane and address.
  registry = server.webrtc!.registry;
  await server.app.inject({
    method: 'POST',
    url: '/v1/workspaces',
    headers: { authorization: `Bearer ${server.adminToken}` },
    payload: { id: 'acme', name: 'Acme', plan: 'business' },
  });
  await api('PUT', '/sip/trunk', { allowedSources: ['127.0.0.1'] });
  const ann = { id: 'u_ann', name: 'Ann Agent', email: 'ann@acme.test', role: 'agent' };
  expect((await api('POST', '/users', { ...ann, password: 'correct horse' })).status).toBe(201);
  expect((await api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' })).status).toBe(201);
  await api('PUT', '/users/u_ann/sip', { username: 'ann', password: 'ann-secret-1' });
  await api('PUT', '/users/u_ann/presence', { presence: 'online' });
  [desk, caller] = await Promise.all([
    startBaresip({ username: 'ann', password: 'ann-secret-1', registrar: sipPort, answer: 'manual' }),
    startBaresip({
      username: '+34600111222',
      password: 'unused',
      registrar: sipPort,
      answer: 'manual',
      register: false,
      toneHz: callerToneHz,
    }),
  ]);
  await until('the desk phone to register', async () =>
    (await api('GET', '/users/u_ann/sip')).body.registered ? true : undefined,
  );
  origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}`,
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([caller?.stop(), desk?.stop()]);
  await server?.close();
});

describeInBrowser('issue 15: a SIP caller answered on the console’s browser phone (S2, S6)', () => {
  it.skipIf(!peers.available)(
    'forks to the desk phone and the console, the console answers; audio both ways, hold music on hold, silence on mute, the keypad’s RFC 4733 reaches the caller, quality on the call',
    async () => {
      const person = await newPerson(browser, origin);
      const { page } = person;
      await watchPeerConnections(page);
      await signIn(page, 'ann@acme.test');
      const panel = page.getByRole('region', { name: 'This browser as your phone' });
      await panel.getByRole('button', { name: 'Allow microphone' }).click();
      await until('the console to be a phone', () => registry.browsersOf('acme', 'u_ann').length === 1);

      const since = Date.now();
      await caller.command('dial', `sip:${number}@127.0.0.1:${sipPort}`);
      const incoming = page.locator('.call-incoming');
      await incoming.getByRole('button', { name: 'Answer' }).waitFor({ timeout: 10_000 });
      await until('the desk phone to ring too', () => /incoming call/i.test(desk.output()));
      await incoming.getByRole('button', { name: 'Answer' }).click();
      await until('the caller to be answered', () => /established|answered/i.test(caller.output()));
      // The first answer wins: the desk phone's INVITE is cancelled.
      await until('the desk phone to stop ringing', () => /session closed/.test(desk.output()));

      const call = await until('the call', async () => (await api('GET', '/calls')).body.items[0]);
      await expect
        .poll(() => page.evaluate(inboundEnergy), { timeout: 8000, interval: 250 })
        .toBeGreaterThan(0.01);

      const active = page.locator('.call-active');
      await callerHears('agent', since);
      await active.getByRole('button', { name: 'Hold' }).click();
      await until('the hold', async () =>
        (await api('GET', `/calls/${call.id}`)).body.live?.held ? true : undefined,
      );
      await callerHears('music', since);
      await active.getByRole('button', { name: 'Resume' }).click();
      await callerHears('agent', since);
      // Mute: the caller hears silence (not hold music) until the agent unmutes.
      await panel.getByRole('button', { name: 'Mute' }).click();
      await callerHears('quiet', since);
      await panel.getByRole('button', { name: 'Unmute' }).click();
      await callerHears('agent', since);

      await active.getByRole('button', { name: 'Keypad' }).click();
      await active
        .getByRole('group', { name: 'Keypad' })
        .getByRole('button', { name: '5', exact: true })
        .click();
      // baresip logs each RFC 4733 event it receives, and its end.
      await until('the caller to hear 5 by RFC 4733', () =>
        /received event: '5' \(end=1\)/.test(caller.output()),
      );

      const quality = await until('quality on the call', async () =>
        (
          (await api('GET', `/calls/${call.id}`)).body.history as Array<{
            type: string;
            data: Record<string, number>;
          }>
        ).find((entry) => entry.type === 'call.quality_recorded'),
      );
      expect(quality.data.mos).toBeGreaterThan(3.5);
      expect(quality.data.lossPercent).toBeLessThan(5);
      expect(quality.data.jitterMs).toBeGreaterThanOrEqual(0);

      await active.getByRole('button', { name: 'Hang up' }).click();
      await until('the call to end', async () =>
        (await api('GET', `/calls/${call.id}`)).body.endedAt ? true : undefined,
      );
      // Talk, hold (music), talk again: what the caller heard, in order.
      const blocks = heardBlocks(await heardOnCall(caller, since), browserToneHz);
      expect(runs(blocks), blocks.join(' ')).toEqual(['agent', 'music', 'agent', 'quiet', 'agent']);
      expect(person.problems).toEqual([]);
      await person.context.close();
      await until('the console to leave', () => registry.browsersOf('acme', 'u_ann').length === 0);
    },
    90_000,
  );

  it.skipIf(!peers.available)(
    'closing the agent’s tab mid-call ends their leg within seconds, and the caller is hung up, not left in silence',
    async () => {
      const person = await newPerson(browser, origin);
      const { page } = person;
      await signIn(page, 'ann@acme.test');
      await page
        .getByRole('region', { name: 'This browser as your phone' })
        .getByRole('button', { name: 'Allow microphone' })
        .click();
      await until('the console to be a phone', () => registry.browsersOf('acme', 'u_ann').length === 1);
      const before = caller.output().length;
      const calls = (await api('GET', '/calls')).body.items.length;
      await caller.command('dial', `sip:${number}@127.0.0.1:${sipPort}`);
      await page.locator('.call-incoming').getByRole('button', { name: 'Answer' }).click({ timeout: 10_000 });
      await until('the caller to be answered', () => /Call established/.test(caller.output().slice(before)));
      const call = await until('the call', async () => {
        const items = (await api('GET', '/calls')).body.items;
        return items.length > calls ? items[0] : undefined;
      });
      await until('the browser leg to carry audio', async () =>
        ((await api('GET', `/calls/${call.id}`)).body.history as Array<{ type: string }>).some(
          (entry) => entry.type === 'call.quality_recorded',
        ),
      );
      expect(person.problems).toEqual([]);
      const closedAt = Date.now();
      await person.context.close();
      await until(
        'the call to end',
        async () => ((await api('GET', `/calls/${call.id}`)).body.endedAt ? true : undefined),
        6000,
      );
      await until(
        'the caller to be hung up',
        () => /session closed/.test(caller.output().slice(before)),
        3000,
      );
      expect(Date.now() - closedAt).toBeLessThan(6000);
      const ended = (await api('GET', `/calls/${call.id}`)).body;
      expect(ended.history.find((entry: { type: string }) => entry.type === 'call.ended').data).toMatchObject(
        {
          endedBy: 'agent',
        },
      );
    },
    60_000,
  );

  it.skipIf(!peers.available)(
    'S2: with no desk phone registered, the open console keeps the agent reachable; the call rings there and is answered',
    async () => {
      await desk.stop();
      const registered = async () => (await api('GET', '/users/u_ann/sip')).body.registered as boolean;
      // What routing reads (S2): a SIP user with no device is skipped.
      const sipDevice = () => server.runtime.state('acme')?.users.u_ann?.sipDevice;
      await until(
        'the desk phone to unregister',
        async () => ((await registered()) ? undefined : true),
        8000,
      );
      const person = await newPerson(browser, origin);
      const { page } = person;
      await signIn(page, 'ann@acme.test');
      await page
        .getByRole('region', { name: 'This browser as your phone' })
        .getByRole('button', { name: 'Allow microphone' })
        .click();
      await until('the console to be a phone', () => registry.browsersOf('acme', 'u_ann').length === 1);
      await until('routing to count it as a device', () => sipDevice() === 'registered');
      const before = caller.output().length;
      await caller.command('dial', `sip:${number}@127.0.0.1:${sipPort}`);
      await page.locator('.call-incoming').getByRole('button', { name: 'Answer' }).click({ timeout: 10_000 });
      await until('the caller to be answered', () => /Call established/.test(caller.output().slice(before)));
      await page.locator('.call-active').getByRole('button', { name: 'Hang up' }).click();
      await until('the caller to be hung up', () => /session closed/.test(caller.output().slice(before)));
      expect(person.problems).toEqual([]);
      await person.context.close();
      await until('the agent to be unreachable again', () => sipDevice() === 'none');
    },
    60_000,
  );

  it.skipIf(!peers.available)(
    'T2, T3: an assisted transfer from the console to a second agent’s console, with a note; the caller hears hold music during the consult, then the second agent',
    async () => {
      const ann = await newPerson(browser, origin);
      await watchPeerConnections(ann.page);
      await signIn(ann.page, 'ann@acme.test');
      await allowMicrophone(ann.page);
      await until('Ann’s console to be a phone', () => registry.browsersOf('acme', 'u_ann').length === 1);
      const before = caller.output().length;
      const since = Date.now();
      await caller.command('dial', `sip:${number}@127.0.0.1:${sipPort}`);
      await ann.page
        .locator('.call-incoming')
        .getByRole('button', { name: 'Answer' })
        .click({ timeout: 10_000 });
      await until('the caller to be answered', () => /Call established/.test(caller.output().slice(before)));
      await callerHears('agent', since);

      // Bea comes online with her console open only now, so the call rang Ann alone.
      const beaUser = { id: 'u_bea', name: 'Bea Baker', email: 'bea@acme.test', role: 'agent' };
      expect((await api('POST', '/users', { ...beaUser, password: 'correct horse' })).status).toBe(201);
      await api('PUT', '/users/u_bea/presence', { presence: 'online' });
      const bea = await newPerson(browser, origin);
      await watchPeerConnections(bea.page);
      await signIn(bea.page, 'bea@acme.test');
      await allowMicrophone(bea.page);
      await until('Bea’s console to be a phone', () => registry.browsersOf('acme', 'u_bea').length === 1);

      await ann.page.locator('.call-active').getByRole('button', { name: 'Hold' }).click();
      const held = ann.page.getByRole('region', { name: 'On hold' });
      await held.getByRole('button', { name: 'More call actions' }).click();
      await held.getByRole('menuitem', { name: 'Transfer call' }).click();
      const dialog = ann.page.getByRole('dialog', { name: 'Transfer call' });
      await dialog.getByLabel('Search by name').fill('Bea');
      await dialog.getByRole('radio', { name: /Bea Baker/ }).check();
      await dialog.getByRole('radio', { name: /Assisted/ }).check();
      await dialog.getByLabel('Transfer note (optional)').fill('Wants the March invoice');
      await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();

      const incoming = bea.page.getByRole('region', { name: 'Transferred call' });
      await incoming.waitFor({ timeout: 10_000 });
      expect(await incoming.textContent()).toContain('Wants the March invoice');
      await incoming.getByRole('button', { name: 'Answer' }).click();
      const consult = ann.page.getByRole('region', { name: 'Assisted transfer' });
      await expect.poll(() => consult.textContent(), { timeout: 10_000 }).toContain('Talking to Bea Baker');
      // The consult: Bea hears Ann over her own peer connection, while the caller hears hold music.
      // (Ann's steady tone is quiet by then: Chromium's noise suppression takes it for noise.)
      await expect
        .poll(() => bea.page.evaluate(inboundEnergy), { timeout: 8000, interval: 250 })
        .toBeGreaterThan(0.001);
      await callerHears('music', since);
      await consult.getByRole('button', { name: 'Complete transfer' }).click();
      await until('Ann’s console to be free', () => registry.browsersOf('acme', 'u_ann')[0]?.isOpen);
      const call = (await api('GET', '/calls')).body.items[0];
      await expect.poll(async () => (await api('GET', `/calls/${call.id}`)).body.agentId).toBe('u_bea');
      await callerHears('agent', since);

      await bea.page.locator('.call-active').getByRole('button', { name: 'Hang up' }).click();
      await until('the caller to be hung up', () => /session closed/.test(caller.output().slice(before)));
      // Ann, hold music through the consult, then Bea (Ann's leg is gone: the tone is Bea's microphone).
      const blocks = heardBlocks(await heardOnCall(caller, since), browserToneHz);
      expect(runs(blocks), blocks.join(' ')).toEqual(['agent', 'music', 'agent']);
      expect(ann.problems).toEqual([]);
      expect(bea.problems).toEqual([]);
      await ann.context.close();
      await bea.context.close();
    },
    90_000,
  );
});

async function allowMicrophone(page: Page): Promise<void> {
  await page
    .getByRole('region', { name: 'This browser as your phone' })
    .getByRole('button', { name: 'Allow microphone' })
    .click();
}
