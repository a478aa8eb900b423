import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatedAudio } from '../../src/telephony/media/audio-writer.ts';
import { type Baresip, runSipp, sipPeers, until } from './support/peers.ts';
import { annWithDeskPhone, type SipTestServer, startSipServer } from './support/server.ts';

const peers = sipPeers();
const scenario = fileURLToPath(new URL('./scenarios/caller-audio.xml', import.meta.url));
const number = '+34910000001';

/** Root mean square of a 16-bit mono WAV's samples (after its 44-byte header). */
function rms(path: string): number {
  const bytes = readFileSync(path);
  const samples = new Int16Array(bytes.buffer, bytes.byteOffset + 44, Math.floor((bytes.length - 44) / 2));
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return samples.length === 0 ? 0 : Math.sqrt(sum / samples.length);
}

describe.skipIf(!peers.available)('SIP media through the anchored RTP plane (S3)', () => {
  let sip: SipTestServer;
  let agent: Baresip;

  beforeAll(async () => {
    sip = await startSipServer();
    await sip.api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' });
    agent = await annWithDeskPhone(sip);
  }, 30_000);

  afterAll(async () => {
    await agent?.stop();
    await sip?.close();
  });

  it("the agent's phone hears the caller's audio relayed through Switchboard (A-law caller, µ-law or A-law phone)", async () => {
    // 1.5 s of the caller's speech: what the phone heard is measured over all of it.
    const run = await runSipp([
      '-sf',
      scenario,
      '-s',
      number,
      `127.0.0.1:${sip.sipPort}`,
      '-m',
      '1',
      '-d',
      '1500',
    ]);
    expect(run.code, run.output).toBe(0);
    const recordings = join(agent.dir, 'recordings');
    const heard = await until('the phone to write what it heard', () =>
      readdirSync(recordings).find((name) => name.endsWith('-dec.wav')),
    );
    await until('the call to end', async () =>
      (await sip.api('GET', '/calls')).body.items.find((call: { endedAt?: string }) => call.endedAt),
    );
    // Silence is 0; the pcap's speech is in the thousands. A relay that drops or garbles it stays near 0.
    expect(rms(join(recordings, heard))).toBeGreaterThan(300);
  }, 40_000);

  it('V10: a caller at an IVR presses 1 by RFC 4733; the menu sends the call to the agent, whose phone answers', async () => {
    const menu = {
      id: 'm_main',
      name: 'Main',
      prompt: 'Press 1 for Ann',
      options: { '1': { kind: 'extension', userId: 'u_ann' } },
    };
    expect((await sip.api('POST', '/ivr-menus', menu)).status).toBe(201);
    expect(
      (await sip.api('POST', '/numbers', { e164: '+34910000003', kind: 'sip', id: 'n_ivr' })).status,
    ).toBe(201);
    expect(
      (await sip.api('PATCH', '/numbers/n_ivr/settings', { route: { kind: 'ivr', menuId: 'm_main' } }))
        .status,
    ).toBe(200);
    const ivrCaller = fileURLToPath(new URL('./scenarios/caller-presses-1.xml', import.meta.url));
    const run = await runSipp([
      '-sf',
      ivrCaller,
      '-s',
      '+34910000003',
      `127.0.0.1:${sip.sipPort}`,
      '-m',
      '1',
      // The key at 1.5 s, then 2 s for the menu to ring Ann and her phone to answer.
      '-d',
      '2000',
    ]);
    expect(run.code, run.output).toBe(0);
    const call = await until('the IVR call to end', async () =>
      (await sip.api('GET', '/calls')).body.items.find(
        (item: { to: string; endedAt?: string }) => item.to === '+34910000003' && item.endedAt,
      ),
    );
    const history = (await sip.api('GET', `/calls/${call.id}`)).body.history as Array<{
      type: string;
      data: Record<string, unknown>;
    }>;
    const types = history.map((entry) => entry.type);
    const order = [
      'call.received',
      'call.menu_entered',
      'call.dtmf_received',
      'call.menu_choice',
      'call.leg_ringing',
      'call.leg_answered',
      'call.ended',
    ];
    expect(
      types.filter((type) => order.includes(type)).filter((type, i, all) => all.indexOf(type) === i),
    ).toEqual(order);
    expect(history.find((entry) => entry.type === 'call.dtmf_received')?.data.digits).toBe('1');
  }, 40_000);

  it("V8, S3: with nobody online the caller leaves a voicemail, recorded from the caller's own RTP and playable", async () => {
    expect((await sip.api('PUT', '/users/u_ann/presence', { presence: 'offline' })).status).toBe(200);
    try {
      const run = await runSipp([
        '-sf',
        scenario,
        '-s',
        number,
        `127.0.0.1:${sip.sipPort}`,
        '-m',
        '1',
        // The greeting and its tone take about 4 s: 1.5 s of the caller's speech (then the end of
        // the recording it plays) are recorded.
        '-d',
        '6000',
      ]);
      expect(run.code, run.output).toBe(0);
      const voicemail = await until(
        'the voicemail',
        async () => (await sip.api('GET', '/voicemails')).body.items?.[0],
      );
      const audio = await until('its audio', async () => {
        const response = await sip.server.app.inject({
          method: 'GET',
          url: `/v1/workspaces/acme/voicemails/${voicemail.id}/audio`,
          headers: { authorization: `Bearer ${sip.server.adminToken}` },
        });
        return response.statusCode === 200 ? response.rawPayload : undefined;
      });
      const path = join(agent.dir, 'voicemail.wav');
      writeFileSync(path, audio);
      // The caller's speech: not silence, and not the simulated network's synthetic tones.
      expect(rms(path)).toBeGreaterThan(300);
      const synthetic = simulatedAudio('voicemail', 2000);
      expect(Buffer.from(audio).subarray(44, 4044).equals(synthetic.subarray(44, 4044))).toBe(false);
    } finally {
      await sip.api('PUT', '/users/u_ann/presence', { presence: 'online' });
    }
  }, 40_000);
});
