import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readWavInfo } from '../../src/telephony/media/wav.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { business, customer, second, VoiceDriver } from '../support/voice.ts';
import { expectGuarded, expectInvalid } from './access.ts';

// One server for the file, a fresh workspace per test (workspaces share nothing).
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());
let v: VoiceDriver;
beforeEach(async () => {
  v = await VoiceDriver.start(server);
});
afterEach(async () => v.close());

const greeting = 'Leave a message'; // spoken in 2 s

async function takeVoicemails(...numberIds: string[]) {
  for (const numberId of numberIds)
    await v.configure({ offlineAction: { kind: 'voicemail', greeting } }, numberId);
}

/** A caller reaches voicemail (nobody is online), speaks `ms`, and hangs up; the audio is then written. */
async function leaveVoicemail(ms: number, to = business): Promise<string> {
  const callId = await v.place(customer, to);
  await v.advance(2_000);
  await v.advance(ms);
  await v.hangUp(callId);
  await v.server.sim.audioWritten();
  return callId;
}

async function voicemails(token: string, query = '') {
  return v.ok('GET', `/voicemails${query}`, undefined, 200, token);
}

/** GETs audio as a browser does: raw bytes and headers. */
async function fetchAudio(url: string, token?: string) {
  const response = await v.server.app.inject({
    method: 'GET',
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

const error = (response: { bytes: Buffer }) => JSON.parse(response.bytes.toString()).error;

describe('voicemails (V8)', () => {
  it('W8: a voicemail is listed for the agents assigned to its number, and not for the others', async () => {
    await v.ok('PUT', '/numbers/n_second/assigned-users', { userIds: ['u_sup'] });
    await takeVoicemails('n_main', 'n_second');
    const mine = await leaveVoicemail(15_000, business);
    const theirs = await leaveVoicemail(5_000, second);
    const { agent, supervisor } = v.ws.tokens;

    const listed = await voicemails(agent);
    expect(listed.items).toEqual([
      {
        id: `vm_${mine}`,
        callId: mine,
        numberId: 'n_main',
        from: customer,
        durationMs: 15_000,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        heard: false,
        audioUrl: `/v1/workspaces/${v.ws.workspaceId}/voicemails/vm_${mine}/audio`,
      },
    ]);
    expect(listed.nextCursor).toBeUndefined();
    expect((await voicemails(supervisor)).items.map((item: { callId: string }) => item.callId)).toEqual([
      theirs,
      mine,
    ]);
    expect((await voicemails(supervisor, '?numberId=n_second')).items).toHaveLength(1);

    const outside = await v.server.request('GET', `${v.base}/voicemails?numberId=n_second`, { token: agent });
    expect(outside.status).toBe(403);
    expect(outside.body.error.field).toBe('numberId');
    expect((await fetchAudio(`${v.base}/voicemails/vm_${theirs}/audio`, agent)).status).toBe(403);
    await v.ok('POST', `/voicemails/vm_${theirs}/heard`, undefined, 403, agent);
    expect((await voicemails(supervisor, '?heard=false')).items).toHaveLength(2);
  });

  it('V8: its audio is a WAV (16-bit mono 8 kHz) as long as the voicemail, capped at 30 s', async () => {
    await takeVoicemails('n_main');
    const short = await leaveVoicemail(15_000);
    const long = await leaveVoicemail(45_000);
    const { agent } = v.ws.tokens;

    const audio = await fetchAudio(`${v.base}/voicemails/vm_${short}/audio`, agent);
    expect(audio.status).toBe(200);
    expect(audio.headers['content-type']).toBe('audio/wav');
    expect(audio.headers['content-disposition']).toBe(`inline; filename="vm_${short}.wav"`);
    expect(readWavInfo(audio.bytes)).toMatchObject({
      sampleRate: 8000,
      channels: 1,
      bitsPerSample: 16,
      durationMs: 15_000,
    });

    const [listedLong] = (await voicemails(agent)).items;
    expect(listedLong).toMatchObject({ callId: long, durationMs: 45_000 });
    // The token rides in the header, never the URL (issue 12 item 10).
    const capped = await fetchAudio(`${listedLong.audioUrl}?download=true`, agent);
    expect(capped.status).toBe(200);
    expect(capped.headers['content-disposition']).toBe(`attachment; filename="vm_${long}.wav"`);
    expect(readWavInfo(capped.bytes)?.durationMs).toBe(30_000);
  });

  it('V8: the audio is a file beside the database; until it is there the API says it is not ready', async () => {
    await takeVoicemails('n_main');
    const callId = await leaveVoicemail(3_000);
    const file = join(v.server.dir, 'media', v.ws.workspaceId, `vm_${callId}.wav`);
    expect(existsSync(file)).toBe(true);
    rmSync(file);
    const missing = await fetchAudio(`${v.base}/voicemails/vm_${callId}/audio`, v.ws.tokens.agent);
    expect(missing.status).toBe(404);
    expect(missing.headers['retry-after']).toBe('1');
    expect(error(missing)).toMatchObject({
      code: 'audio_not_ready',
      message: expect.stringContaining('not ready'),
    });
  });

  it('V8: marking a voicemail heard shows who and when; heard=false leaves it out; marking again changes nothing', async () => {
    await takeVoicemails('n_main');
    const heard = await leaveVoicemail(4_000);
    const unheard = await leaveVoicemail(6_000);
    const { agent, supervisor } = v.ws.tokens;

    await v.ok('POST', `/voicemails/vm_${heard}/heard`, undefined, 204, agent);
    const [, first] = (await voicemails(agent)).items;
    expect(first).toMatchObject({ callId: heard, heard: true, heardBy: 'u_agent' });
    expect(first.heardAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    expect((await voicemails(agent, '?heard=false')).items.map((i: { callId: string }) => i.callId)).toEqual([
      unheard,
    ]);
    expect((await voicemails(agent, '?heard=true')).items.map((i: { callId: string }) => i.callId)).toEqual([
      heard,
    ]);

    const version = v.server.runtime.state(v.ws.workspaceId)!.version;
    await v.ok('POST', `/voicemails/vm_${heard}/heard`, undefined, 204, supervisor);
    expect(v.server.runtime.state(v.ws.workspaceId)!.version).toBe(version);
    expect((await voicemails(agent, '?heard=true')).items[0]).toMatchObject({ heardBy: 'u_agent' });
  });

  it('pages with limit and cursor; a cursor the API did not give is refused naming cursor', async () => {
    await takeVoicemails('n_main');
    const older = await leaveVoicemail(1_000);
    const newer = await leaveVoicemail(1_000);
    const { agent } = v.ws.tokens;
    const page = await voicemails(agent, '?limit=1');
    expect(page.items.map((i: { callId: string }) => i.callId)).toEqual([newer]);
    const next = await voicemails(agent, `?limit=1&cursor=${page.nextCursor}`);
    expect(next.items.map((i: { callId: string }) => i.callId)).toEqual([older]);
    expect(next.nextCursor).toBeUndefined();

    await expectInvalid(v.server, v.ws, { method: 'GET', path: '/voicemails?cursor=not-a-cursor' }, 'cursor');
    await expectInvalid(v.server, v.ws, { method: 'GET', path: '/voicemails?heard=maybe' }, 'heard');
    await expectInvalid(v.server, v.ws, { method: 'GET', path: '/voicemails?limit=0' }, 'limit');
  });
});

describe('call recordings (V2)', () => {
  async function answeredCall(userId: string, talkMs: number): Promise<string> {
    await v.online(userId);
    const callId = await v.place();
    await v.answer(userId);
    await v.advance(talkMs);
    await v.hangUp(callId);
    await v.server.sim.audioWritten();
    return callId;
  }

  it('V2: an answered call on a recorded number has one recording with a downloadable WAV', async () => {
    await v.configure({ record: true, noAnswerAction: { kind: 'hang_up' } });
    const callId = await answeredCall('u_agent', 20_000);
    const { items } = await v.ok('GET', `/calls/${callId}/recordings`, undefined, 200, v.ws.tokens.agent);
    expect(items).toEqual([
      {
        id: `rec_${callId}`,
        callId,
        numberId: 'n_main',
        from: customer,
        durationMs: 20_000,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        audioUrl: `/v1/workspaces/${v.ws.workspaceId}/recordings/rec_${callId}/audio`,
      },
    ]);
    const audio = await fetchAudio(items[0].audioUrl, v.ws.tokens.agent);
    expect(audio.status).toBe(200);
    expect(audio.headers['content-type']).toBe('audio/wav');
    expect(readWavInfo(audio.bytes)).toMatchObject({ sampleRate: 8000, channels: 1, durationMs: 20_000 });
  });

  it('V2: a call whose caller hung up before anyone answered has no recording', async () => {
    await v.configure({ record: true, noAnswerAction: { kind: 'hang_up' } });
    await v.online('u_agent');
    const callId = await v.place();
    await v.hangUp(callId);
    await v.server.sim.audioWritten();
    expect(await v.ok('GET', `/calls/${callId}/recordings`)).toEqual({ items: [] });
    expect(existsSync(join(v.server.dir, 'media', v.ws.workspaceId, `rec_${callId}.wav`))).toBe(false);
  });

  it('an agent hears only the recordings of calls they answered; supervisors hear all', async () => {
    await v.configure({ record: true });
    const callId = await answeredCall('u_sup', 5_000);
    const { agent, supervisor } = v.ws.tokens;
    await v.ok('GET', `/calls/${callId}/recordings`, undefined, 403, agent);
    expect((await fetchAudio(`${v.base}/recordings/rec_${callId}/audio`, agent)).status).toBe(403);
    expect((await fetchAudio(`${v.base}/recordings/rec_${callId}/audio`, supervisor)).status).toBe(200);
  });
});

describe('access and not found', () => {
  it('every media route needs a token and stays in its workspace', async () => {
    for (const path of [
      '/voicemails',
      '/voicemails/vm_x/audio',
      '/calls/call_x/recordings',
      '/recordings/rec_x/audio',
    ])
      await expectGuarded(v.server, v.ws, { method: 'GET', path, role: 'agent' });
    await expectGuarded(v.server, v.ws, { method: 'POST', path: '/voicemails/vm_x/heard', role: 'agent' });
  });

  it('unknown voicemails, calls and recordings are 404 naming the id; a recording is not a voicemail', async () => {
    await v.configure({ record: true });
    await v.online('u_agent');
    const callId = await v.place();
    await v.answer('u_agent');
    await v.hangUp(callId);
    const notFound = async (method: string, path: string, field: string) => {
      const response = await v.server.request(method, `${v.base}${path}`, { token: v.ws.tokens.admin });
      expect(response.status, path).toBe(404);
      expect(response.body.error.field, path).toBe(field);
    };
    await notFound('GET', '/voicemails/vm_nope/audio', 'voicemailId');
    await notFound('POST', '/voicemails/vm_nope/heard', 'voicemailId');
    await notFound('GET', `/voicemails/rec_${callId}/audio`, 'voicemailId');
    await notFound('GET', '/calls/call_nope/recordings', 'callId');
    await notFound('GET', '/recordings/rec_nope/audio', 'recordingId');
  });
});
