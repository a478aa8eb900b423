import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DeviceRegistry } from '../../src/telephony/devices.ts';
import { synthesize } from '../../src/telephony/media/tone.ts';
import { encodeWav } from '../../src/telephony/media/wav.ts';
import { PlaneFixture, tone } from '../../src/telephony/rtp/test-support/fixture.ts';
import { powerShare } from '../../src/telephony/rtp/test-support/goertzel.ts';
import { until } from '../../src/telephony/rtp/test-support/peer.ts';
import { describeInBrowser, launchBrowser, signedInPerson } from '../support/browser.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

/** The agent's microphone: a 600 Hz tone Chromium loops as its fake capture device. */
const browserToneHz = 600;
const callerToneHz = 1000;

let server: TestServer;
let fixture: PlaneFixture;
let browser: Browser;
let origin: string;
const registry = new DeviceRegistry();

beforeAll(async () => {
  const wav = join(tmpdir(), `switchboard-agent-tone-${process.pid}.wav`);
  writeFileSync(wav, encodeWav(synthesize({ frequencies: [browserToneHz], stepMs: 5000 }, 5000), 8000));
  fixture = new PlaneFixture();
  server = await startTestServer(undefined, {
    webrtc: { registry, plane: fixture.plane, address: '127.0.0.1', disconnectedGraceMs: 2000 },
  });
  await seedWorkspace(server);
  origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}`,
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixture?.close();
});

/** The page's inbound audio energy, summed over its peer connections (getStats, issue 15 item 4). */
const inboundEnergy = `(async () => {
  let energy = 0;
  for (const pc of window.__peerConnections ?? [])
    (await pc.getStats()).forEach((stat) => {
      if (stat.type === 'inbound-rtp' && stat.kind === 'audio') energy += stat.totalAudioEnergy ?? 0;
    });
  return energy;
})()`;

describeInBrowser('the browser as a phone over WebRTC, bridged to RTP (issue 15 items 3–4, S6)', () => {
  it('asks for the microphone once with an explanation, carries audio both ways, and ends the leg when the tab closes', async () => {
    const person = await signedInPerson(browser, origin, 'alex@acme.test');
    const { page } = person;
    // Watches the page's own peer connections, to read their stats; the page is not changed.
    await page.addInitScript(`{
      const Original = window.RTCPeerConnection;
      window.__peerConnections = [];
      window.RTCPeerConnection = function (...args) {
        const pc = new Original(...args);
        window.__peerConnections.push(pc);
        return pc;
      };
      window.RTCPeerConnection.prototype = Original.prototype;
    }`);
    await page.goto('/');
    // Alex is offline, so the softphone sits folded to a bar until he opens it (issue 14).
    await page.getByRole('button', { name: 'Open the phone' }).click();

    const panel = page.getByRole('region', { name: 'This browser as your phone' });
    await expect.poll(() => panel.textContent()).toContain('Switchboard needs your microphone');
    await panel.getByRole('button', { name: 'Allow microphone' }).click();
    const meter = panel.getByRole('meter', { name: 'Microphone level' });
    await expect
      .poll(async () => Number(await meter.getAttribute('value')), { timeout: 5000 })
      .toBeGreaterThan(0.05);
    await panel.getByRole('combobox', { name: 'Microphone', exact: true }).waitFor();
    await until(() => registry.browsersOf('acme', 'u_agent').length === 1, 5000);

    // What the SIP driver does when the agent answers: the browser's leg, bridged to the caller's RTP leg.
    const [phone] = registry.browsersOf('acme', 'u_agent');
    const browserLeg = await phone!.openLeg('call_1.agent');
    const { leg: caller, peer } = await fixture.call('PCMU');
    fixture.plane.bridge(browserLeg.leg, caller);
    await until(() => browserLeg.state === 'connected', 5000);
    expect(await page.evaluate(inboundEnergy)).toBeLessThan(0.001);

    await peer.say(tone(callerToneHz, 2000), 'PCMU', caller.local);
    const heard = peer.heard();
    expect(heard.length).toBeGreaterThan(8000);
    expect(powerShare(heard.subarray(heard.length - 8000), browserToneHz)).toBeGreaterThan(0.5);
    await expect.poll(() => page.evaluate(inboundEnergy), { timeout: 3000 }).toBeGreaterThan(0.01);
    expect(person.problems).toEqual([]);

    const ends: string[] = [];
    browserLeg.onEnded((reason) => ends.push(reason));
    const closedAt = performance.now();
    await page.close();
    await until(() => ends.length > 0, 6000);
    expect(ends).toHaveLength(1);
    expect(performance.now() - closedAt).toBeLessThan(5000);
    await until(() => registry.devicesOf('acme', 'u_agent').length === 0, 3000);
    expect(registry.devicesOf('acme', 'u_agent')).toEqual([]);
  }, 60_000);
});
