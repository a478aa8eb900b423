import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../src/telephony/media/tone.ts';
import { encodeWav } from '../../src/telephony/media/wav.ts';
import { linearToUlaw } from '../../src/telephony/rtp/g711.ts';
import { powerShare, rms } from '../../src/telephony/rtp/test-support/goertzel.ts';
import { type Baresip, sipPeers, startBaresip, until } from './support/peers.ts';
import { heardOnCall } from './support/recordings.ts';
import { type SipTestServer, startSipServer } from './support/server.ts';

const peers = sipPeers();
const closedNumber = '+34910000005';
const defaultNumber = '+34910000006';
/** The uploaded prompt's signature: a tone no default prompt, beep or ringback holds. */
const signatureHz = 1800;
/** 5 words: the engine estimates its playback at 2 s (its shortest), whatever audio plays it. */
const closedText = 'We are closed now, goodbye';

/** A µ-law WAV (format 7), as `sox -e u-law` writes one. */
function ulawWav(samples: Int16Array, rate = 8000, channels = 1): Buffer {
  const data = Buffer.from(Array.from(samples, (sample) => linearToUlaw(sample)));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(7, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * channels, 28);
  header.writeUInt16LE(channels, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

const signature = (ms: number) => synthesize({ frequencies: [signatureHz], stepMs: ms }, ms);

describe('S3: prompts as audio, per number, uploaded through the API', () => {
  let sip: SipTestServer;
  /** A caller's phone (baresip) that dials in and records what it hears. */
  let caller: Baresip;
  const upload = async (
    numberId: string,
    prompt: string,
    body: Buffer,
    type = 'audio/wav',
    token?: string,
  ) => {
    const response = await sip.server.app.inject({
      method: 'PUT',
      url: `/v1/workspaces/acme/numbers/${numberId}/prompts/${prompt}`,
      headers: { authorization: `Bearer ${token ?? sip.server.adminToken}`, 'content-type': type },
      payload: body,
    });
    return { status: response.statusCode, body: JSON.parse(response.body) };
  };

  beforeAll(async () => {
    sip = await startSipServer();
    for (const [id, e164] of [
      ['n_closed', closedNumber],
      ['n_default', defaultNumber],
    ] as const) {
      expect((await sip.api('POST', '/numbers', { e164, kind: 'sip', id })).status).toBe(201);
      const offlineAction = { kind: 'message', message: closedText };
      expect((await sip.api('PATCH', `/numbers/${id}/settings`, { offlineAction })).status).toBe(200);
    }
    if (peers.available)
      caller = await startBaresip({
        username: '34600111222',
        password: 'unused-password',
        registrar: sip.sipPort,
        register: false,
      });
  }, 30_000);

  afterAll(async () => {
    await caller?.stop();
    await sip?.close();
  });

  it('an upload is validated (format, rate, channels, length, size) and refused with the field named; nothing is kept', async () => {
    const cases: Array<[Buffer, RegExp]> = [
      [Buffer.from('not a wav at all'), /WAV file/],
      [encodeWav(signature(1000), 16_000), /8000 Hz/],
      [ulawWav(signature(1000), 8000, 2), /mono/],
      [ulawWav(new Int16Array(61 * 8000)), /at most 60 s/],
      [ulawWav(signature(50)), /at least 100 ms/],
      [encodeWav(new Int16Array(600_000)), /at most 1048576 bytes/],
    ];
    for (const [body, message] of cases) {
      const refused = await upload('n_closed', 'closed', body);
      expect(refused.status, message.source).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'validation', field: 'audio' });
      expect(refused.body.error.message).toMatch(message);
    }
    const listed = await sip.api('GET', '/numbers/n_closed/prompts');
    expect(listed.body.items.map((item: { source: string }) => item.source)).toEqual([
      'default',
      'default',
      'default',
      'default',
    ]);
    expect((await upload('n_nope', 'closed', ulawWav(signature(1000)))).status).toBe(404);
  });

  it('an agent may not upload; an admin uploads, lists, downloads and withdraws a prompt', async () => {
    const amy = {
      id: 'u_amy',
      name: 'Amy',
      email: 'amy@acme.test',
      role: 'agent',
      password: 'amy-password-1',
    };
    expect((await sip.api('POST', '/users', amy)).status).toBe(201);
    const session = await sip.server.app.inject({
      method: 'POST',
      url: '/v1/sessions',
      payload: { email: amy.email, password: amy.password, workspaceId: 'acme' },
    });
    const agentToken = JSON.parse(session.body).token;
    expect((await upload('n_default', 'menu', ulawWav(signature(500)), 'audio/wav', agentToken)).status).toBe(
      403,
    );
    const wav = ulawWav(signature(2000));
    const stored = await upload('n_default', 'menu', wav);
    expect(stored).toMatchObject({
      status: 200,
      body: { prompt: 'menu', source: 'uploaded', durationMs: 2000 },
    });
    const audio = await sip.server.app.inject({
      method: 'GET',
      url: stored.body.audioUrl,
      headers: { authorization: `Bearer ${sip.server.adminToken}` },
    });
    expect(audio.headers['content-type']).toBe('audio/wav');
    expect(audio.rawPayload.equals(wav)).toBe(true);
    expect((await sip.api('DELETE', '/numbers/n_default/prompts/menu')).status).toBe(204);
    expect((await sip.api('GET', '/numbers/n_default/prompts')).body.items[1]).toEqual({
      prompt: 'menu',
      source: 'default',
    });
    expect((await sip.api('GET', '/numbers/n_default/prompts/menu')).status).toBe(404);
  });

  describe.skipIf(!peers.available)('what a real caller hears (baresip dials in)', () => {
    /** Dials `e164`, waits for Switchboard to end the call, returns what the caller's phone heard. */
    const heardOn = async (e164: string): Promise<Int16Array> => {
      const since = Date.now();
      const callsBefore = (await sip.api('GET', '/calls')).body.items.length;
      await caller.command('dial', `sip:${e164}@127.0.0.1:${sip.sipPort}`);
      await until(
        'Switchboard to end the call',
        async () => {
          const items = (await sip.api('GET', '/calls')).body.items;
          return items.length > callsBefore && items.every((call: { endedAt?: string }) => call.endedAt);
        },
        20_000,
      ).catch((error: Error) => {
        throw new Error(`${error.message}\n${caller.output()}`);
      });
      return heardOnCall(caller, since);
    };

    it("the caller hears the number's uploaded closed message (its 1.8 kHz signature), not a beep, to its end though it outlasts its text", async () => {
      // 4 s of audio for a text the engine would estimate at 2 s: the caller hears all of it.
      expect((await upload('n_closed', 'closed', ulawWav(signature(4000)))).status).toBe(200);
      const heard = await heardOn(closedNumber);
      // 0.5 s windows: the signature dominates the prompt's stretch of the call.
      const windows = Array.from({ length: Math.floor(heard.length / 4000) }, (_, i) =>
        heard.subarray(i * 4000, (i + 1) * 4000),
      );
      const signed = windows.filter((window) => rms(window) > 300 && powerShare(window, signatureHz) > 0.8);
      expect(signed.length).toBeGreaterThanOrEqual(7); // at least 3.5 of its 4 seconds
      expect(windows.some((window) => rms(window) > 300 && powerShare(window, 1000) > 0.5)).toBe(false);
    }, 40_000);

    it('a number without an upload plays the default spoken prompt (Spanish for +34): speech, not a tone', async () => {
      const heard = await heardOn(defaultNumber);
      const windows = Array.from({ length: Math.floor(heard.length / 4000) }, (_, i) =>
        heard.subarray(i * 4000, (i + 1) * 4000),
      );
      const spoken = windows.filter((window) => rms(window) > 300);
      expect(spoken.length).toBeGreaterThanOrEqual(4);
      // Speech spreads its power; a beep or the signature would put most of it on one frequency.
      for (const window of spoken)
        for (const hz of [signatureHz, 1000, 425]) expect(powerShare(window, hz)).toBeLessThan(0.5);
    }, 40_000);
  });
});
