import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../../src/telephony/media/wav.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let tokens: Awaited<ReturnType<typeof seedWorkspace>>['tokens'];
const base = '/v1/workspaces/acme/ivr-menus';

const upload = (menuId: string, body: Buffer, token = tokens.admin) =>
  server.request('PUT', `${base}/${menuId}/prompt/audio`, {
    token,
    body,
    headers: { 'content-type': 'audio/wav' },
  });

beforeAll(async () => {
  server = await startTestServer();
  ({ tokens } = await seedWorkspace(server));
  for (const id of ['m_main', 'm_sales'])
    expect(
      (
        await server.request('POST', base, {
          token: tokens.admin,
          body: { id, name: id, prompt: 'Press 1.' },
        })
      ).status,
    ).toBe(201);
});
afterAll(async () => server.close());

describe('an IVR menu’s own recorded prompt (S3, V10)', () => {
  it('an admin uploads, a supervisor lists and downloads, an admin withdraws; the sub-menu keeps its own', async () => {
    expect(
      (await server.request('GET', `${base}/m_sales/prompt`, { token: tokens.supervisor })).body,
    ).toEqual({
      prompt: 'menu',
      source: 'default',
    });
    const wav = encodeWav(new Int16Array(12_000).fill(800));
    const stored = await upload('m_sales', wav);
    expect(stored).toMatchObject({
      status: 200,
      body: {
        prompt: 'menu',
        source: 'uploaded',
        durationMs: 1500,
        audioUrl: `${base}/m_sales/prompt/audio`,
      },
    });
    const audio = await server.app.inject({
      method: 'GET',
      url: stored.body.audioUrl,
      headers: { authorization: `Bearer ${tokens.supervisor}` },
    });
    expect(audio.headers['content-type']).toBe('audio/wav');
    expect(audio.rawPayload.equals(wav)).toBe(true);
    // The other menu is untouched.
    expect((await server.request('GET', `${base}/m_main/prompt`, { token: tokens.admin })).body.source).toBe(
      'default',
    );
    expect(
      (await server.request('DELETE', `${base}/m_sales/prompt/audio`, { token: tokens.admin })).status,
    ).toBe(204);
    expect((await server.request('GET', `${base}/m_sales/prompt`, { token: tokens.admin })).body.source).toBe(
      'default',
    );
    expect(
      (await server.request('GET', `${base}/m_sales/prompt/audio`, { token: tokens.admin })).status,
    ).toBe(404);
  });

  it('refuses a bad file naming audio, an agent, and a menu that does not exist (nothing is kept)', async () => {
    const refused = await upload('m_main', Buffer.from('not a wav'));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'validation', field: 'audio' });
    expect((await upload('m_main', encodeWav(new Int16Array(8000)), tokens.agent)).status).toBe(403);
    expect((await server.request('GET', `${base}/m_main/prompt`, { token: tokens.agent })).status).toBe(403);
    for (const id of ['m_nope', '__proto__', 'constructor']) {
      const missing = await upload(id, encodeWav(new Int16Array(8000)));
      expect(missing.status, id).toBe(404);
      expect(missing.body.error.field).toBe('menuId');
    }
    expect((await server.request('GET', `${base}/m_main/prompt`, { token: tokens.admin })).body.source).toBe(
      'default',
    );
  });

  it('removing a menu removes its recording: a menu made again under its id starts with the default', async () => {
    expect((await upload('m_main', encodeWav(new Int16Array(8000)))).status).toBe(200);
    expect((await server.request('DELETE', `${base}/m_main`, { token: tokens.admin })).status).toBe(204);
    await server.request('POST', base, {
      token: tokens.admin,
      body: { id: 'm_main', name: 'Again', prompt: 'Hi.' },
    });
    expect((await server.request('GET', `${base}/m_main/prompt`, { token: tokens.admin })).body.source).toBe(
      'default',
    );
  });
});
