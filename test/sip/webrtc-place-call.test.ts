import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DeviceRegistry } from '../../src/telephony/devices.ts';
import { synthesize } from '../../src/telephony/media/tone.ts';
import { encodeWav } from '../../src/telephony/media/wav.ts';
import { describeInBrowser, launchBrowser, newPerson, signIn } from '../support/browser.ts';
import {
  endsWith,
  type Heard,
  heardBlocks,
  inboundEnergy,
  runs,
  watchPeerConnections,
} from './support/browser-audio.ts';
import { carrierForOneCall, freePort, sipPeers, startBaresip, until } from './support/peers.ts';
import { heardOnCall, untilHeard } from './support/recordings.ts';
import { type SipTestServer, startSipServer } from './support/server.ts';

/**
 * Issue 15: an agent with no desk phone calls out from the console's dial pad. The console is
 * their phone: its audio opens at once with ringback, the customer is dialled through the
 * trunk from the workspace number (V17), and the two talk once the customer answers.
 */
const peers = sipPeers();
const ours = '+34910000007';
const customer = '+34699000111';
const browserToneHz = 600;
/** The customer's carrier: answers, then waits for the agent's BYE. */
const scenario = fileURLToPath(new URL('./scenarios/carrier-answers.xml', import.meta.url));

let sip: SipTestServer;
let browser: Browser;
let origin: string;
let registry: DeviceRegistry;
let page: Page;
let problems: unknown[];
let closePerson: () => Promise<void>;

beforeAll(async () => {
  if (!peers.available) return;
  const wav = join(tmpdir(), `switchboard-outbound-tone-${process.pid}.wav`);
  writeFileSync(wav, encodeWav(synthesize({ frequencies: [browserToneHz], stepMs: 5000 }, 5000), 8000));
  sip = await startSipServer();
  registry = sip.server.webrtc!.registry;
  const ann = { id: 'u_ann', name: 'Ann Agent', email: 'ann@acme.test', role: 'agent' };
  expect((await sip.api('POST', '/users', { ...ann, password: 'correct horse' })).status).toBe(201);
  expect((await sip.api('PATCH', '/billing', { balanceCents: 10_000 })).status).toBe(200);
  expect((await sip.api('POST', '/numbers', { e164: ours, kind: 'rented', id: 'n_out' })).status).toBe(201);
  expect((await sip.api('PUT', '/numbers/n_out/assigned-users', { userIds: ['u_ann'] })).status).toBe(200);
  await sip.api('PUT', '/users/u_ann/presence', { presence: 'online' });
  origin = await sip.server.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}`,
  ]);
  // Ann has no desk phone: her console, signed in with the microphone allowed, is her only phone.
  const person = await newPerson(browser, origin);
  ({ page, problems } = person);
  closePerson = () => person.context.close();
  await watchPeerConnections(page);
  await signIn(page, 'ann@acme.test');
  await page
    .getByRole('region', { name: 'This browser as your phone' })
    .getByRole('button', { name: 'Allow microphone' })
    .click();
  await until('the console to be a phone', () => registry.browsersOf('acme', 'u_ann').length === 1);
}, 60_000);

afterAll(async () => {
  await closePerson?.();
  await browser?.close();
  await sip?.close();
});

/** Ann dials `to` on her console's dial pad; the call she placed. */
async function dialFromConsole(to: string): Promise<string> {
  const before = new Set(
    ((await sip.api('GET', '/calls')).body.items as Array<{ id: string }>).map((c) => c.id),
  );
  const dialer = page.getByRole('form', { name: 'Make a call' });
  await dialer.getByLabel('Number to call').fill(to);
  await dialer.getByRole('button', { name: 'Call', exact: true }).click();
  const call = await until('the call to be placed', async () =>
    ((await sip.api('GET', '/calls')).body.items as Array<{ id: string }>).find((c) => !before.has(c.id)),
  );
  return call.id;
}

const historyOf = async (callId: string) =>
  (await sip.api('GET', `/calls/${callId}`)).body.history as Array<{
    type: string;
    data: Record<string, unknown>;
  }>;

describeInBrowser(
  'issue 15: an agent calls out from the console’s browser phone through the trunk (W8, V17)',
  () => {
    it.skipIf(!peers.available)(
      'the carrier gets the INVITE from the workspace number and answers; the agent hangs up in the page; placed → answered → ended',
      async () => {
        const carrierPort = await freePort();
        await sip.api('PUT', '/sip/trunk', {
          allowedSources: ['127.0.0.1'],
          outbound: { host: '127.0.0.1', port: carrierPort, transport: 'udp' },
        });
        const dir = mkdtempSync(join(tmpdir(), 'sb-browser-out-'));
        const carrier = await carrierForOneCall(scenario, join(dir, 'carrier.log'), carrierPort, dir);
        const callId = await dialFromConsole(customer);
        await until('the customer to answer', async () =>
          (await historyOf(callId)).some((entry) => entry.type === 'call.leg_answered') ? true : undefined,
        );
        // No ringing on the agent's side: the console that dialled is on the call at once.
        expect(registry.browsersOf('acme', 'u_ann')[0]?.isOpen).toBe(true);
        await page.locator('.call-active').getByRole('button', { name: 'Hang up' }).click();
        expect((await carrier.exited).code).toBe(0);
        const call = await until('the call to end', async () => {
          const found = (await sip.api('GET', `/calls/${callId}`)).body;
          return found.endedAt ? found : undefined;
        });
        expect(call.outcome).toBe('answered');
        const types = (call.history as Array<{ type: string }>).map((entry) => entry.type);
        expect(types.indexOf('call.placed')).toBeGreaterThanOrEqual(0);
        expect(types.indexOf('call.placed')).toBeLessThan(types.indexOf('call.leg_answered'));
        expect(types.indexOf('call.leg_answered')).toBeLessThan(types.indexOf('call.ended'));
        const log = readFileSync(join(dir, 'carrier.log'), 'utf8');
        expect(log).toMatch(/INVITE sip:\+34699000111@127\.0\.0\.1/);
        expect(log).toMatch(/From: "\+34910000007" <sip:\+34910000007@/);
        expect(log).toMatch(/P-Asserted-Identity: <sip:\+34910000007@/);
        expect(log).toMatch(/BYE sip:/);
        expect(problems).toEqual([]);
      },
      60_000,
    );

    it.skipIf(!peers.available)(
      'ringback in the page until the customer answers; the customer hears the browser’s tone, hold music on hold, the tone again; the customer hangs up',
      async () => {
        // The carrier is now the customer's phone (baresip), answered by hand to hear the ringback.
        const phone = await startBaresip({
          username: customer,
          password: 'unused',
          registrar: sip.sipPort,
          register: false,
          answer: 'manual',
          toneHz: 1700,
        });
        try {
          await sip.api('PUT', '/sip/trunk', {
            allowedSources: ['127.0.0.1'],
            outbound: { host: '127.0.0.1', port: phone.port, transport: 'udp' },
          });
          const since = Date.now();
          const callId = await dialFromConsole(customer);
          await until('the customer’s phone to ring', () => /incoming call/i.test(phone.output()));
          expect(phone.output()).toContain(ours);
          await expect
            .poll(() => page.evaluate(inboundEnergy), { timeout: 8000, interval: 250 })
            .toBeGreaterThan(0.001);
          await phone.command('accept');
          await until('the customer to answer', async () =>
            (await historyOf(callId)).some((entry) => entry.type === 'call.leg_answered') ? true : undefined,
          );
          const active = page.locator('.call-active');
          /** Until the customer has heard `kind` for half a second in a row: what is checked below. */
          const customerHears = (kind: Heard) =>
            untilHeard(phone, since, `the customer to hear ${kind}`, (heard) =>
              endsWith(heardBlocks(heard, browserToneHz), kind, 5),
            );
          await customerHears('agent');
          await active.getByRole('button', { name: 'Hold' }).click();
          await until('the hold', async () =>
            (await sip.api('GET', `/calls/${callId}`)).body.live?.held ? true : undefined,
          );
          await customerHears('music');
          await active.getByRole('button', { name: 'Resume' }).click();
          await customerHears('agent');
          await phone.command('hangup');
          const ended = await until('the call to end', async () => {
            const found = (await sip.api('GET', `/calls/${callId}`)).body;
            return found.endedAt ? found : undefined;
          });
          expect(
            ended.history.find((entry: { type: string }) => entry.type === 'call.ended').data,
          ).toMatchObject({
            endedBy: 'customer',
          });
          await until('the console to drop the call', async () =>
            (await active.count()) === 0 ? true : undefined,
          );
          const blocks = heardBlocks(await heardOnCall(phone, since), browserToneHz);
          expect(runs(blocks), blocks.join(' ')).toEqual(['agent', 'music', 'agent']);
          expect(problems).toEqual([]);
        } finally {
          await phone.stop();
        }
      },
      60_000,
    );
  },
);
