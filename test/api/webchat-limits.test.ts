import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let admin: string;

const base = '/v1/webchat/acme';
const version = () => server.runtime.state('acme')!.version;

beforeAll(async () => {
  server = await startTestServer(undefined, {
    limits: {
      webchatSessionsPerAddress: { limit: 3, windowMs: 60_000 },
      webchatMessagesPerVisitor: { limit: 4, windowMs: 60_000 },
      webchatCharactersPerVisitor: { limit: 3_000, windowMs: 60_000 },
    },
  });
  admin = (await seedWorkspace(server)).tokens.admin;
  await server.request('POST', '/v1/workspaces/acme/departments', {
    token: admin,
    body: { id: 'sales', name: 'Sales', memberIds: ['u_agent'] },
  });
});
afterAll(async () => server.close());

const startSession = (address: string, headers: Record<string, string> = {}) =>
  server.request('POST', `${base}/sessions`, { body: {}, address, headers });

const write = (token: string, text: string, id: string, headers: Record<string, string> = {}) =>
  server.request('POST', `${base}/messages`, { token, body: { text, clientMessageId: id }, headers });

describe('web-chat floods (issue 12 item 9)', () => {
  it('one address starts a few visitor sessions, then gets 429 with Retry-After; another address still starts one', async () => {
    for (let i = 0; i < 3; i++) expect((await startSession('198.51.100.1')).status).toBe(201);
    const refused = await startSession('198.51.100.1');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await startSession('198.51.100.2')).status).toBe(201);
  });

  it('a visitor writing too fast gets 429, and the refused message is not stored', async () => {
    const { visitorToken } = (await startSession('198.51.100.3')).body;
    for (let i = 0; i < 4; i++) expect((await write(visitorToken, `hello ${i}`, `m${i}`)).status).toBe(200);
    const before = version();
    const refused = await write(visitorToken, 'one more', 'm4');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(version()).toBe(before);
    const seen = await server.request('GET', `${base}/messages`, { token: visitorToken });
    expect(seen.body.items.map((message: { text: string }) => message.text)).not.toContain('one more');
  });

  it('a visitor’s long messages count by characters: the one that would go past the budget is refused', async () => {
    const { visitorToken } = (await startSession('198.51.100.4')).body;
    const long = 'x'.repeat(1_400);
    expect((await write(visitorToken, long, 'l1')).status).toBe(200);
    expect((await write(visitorToken, long, 'l2')).status).toBe(200);
    expect((await write(visitorToken, long, 'l3')).status).toBe(429);
    // A short one still fits.
    expect((await write(visitorToken, 'ok?', 'l4')).status).toBe(200);
  });

  it('a message over 2,000 characters is refused, naming text', async () => {
    const { visitorToken } = (await startSession('198.51.100.5')).body;
    const refused = await write(visitorToken, 'y'.repeat(2_001), 'big');
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('text');
  });
});

describe('sites allowed to embed the widget (issue 12 item 9)', () => {
  it('an admin lists origins through the API; a bad one is refused naming it and changes nothing', async () => {
    const before = version();
    const bad = await server.request('PATCH', '/v1/workspaces/acme', {
      token: admin,
      body: { webchatOrigins: ['https://shop.example.com', 'shop.example.com/chat'] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('webchatOrigins[1]');
    expect(version()).toBe(before);
    const set = await server.request('PATCH', '/v1/workspaces/acme', {
      token: admin,
      body: { webchatOrigins: ['https://Shop.Example.com/'] },
    });
    expect(set.status).toBe(200);
    expect(set.body.webchatOrigins).toEqual(['https://shop.example.com']);
  });

  it('with a list, a browser on another site is refused (403 naming origin); listed sites, this server and non-browsers pass', async () => {
    const foreign = { origin: 'https://evil.example.net' };
    const refused = await startSession('198.51.100.6', foreign);
    expect(refused.status).toBe(403);
    expect(refused.body.error.field).toBe('origin');
    const listed = await startSession('198.51.100.6', { origin: 'https://shop.example.com' });
    expect(listed.status).toBe(201);
    const token = listed.body.visitorToken;
    expect((await write(token, 'hi', 'o1', foreign)).status).toBe(403);
    expect(
      (
        await write(token, 'hi', 'o2', {
          origin: 'http://switchboard.test:3000',
          host: 'switchboard.test:3000',
        })
      ).status,
    ).toBe(200);
    expect((await write(token, 'hi again', 'o3')).status).toBe(200);
    const read = await server.request('GET', `${base}/messages`, { token, headers: foreign });
    expect(read.status).toBe(403);
    const socket = await server.app.injectWS(`${base}/stream?token=${token}`, { headers: foreign });
    const closed = await new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    expect(closed).toBe(4403);
  });

  it('an empty list lets any site embed it again', async () => {
    const cleared = await server.request('PATCH', '/v1/workspaces/acme', {
      token: admin,
      body: { webchatOrigins: [] },
    });
    expect(cleared.body.webchatOrigins).toEqual([]);
    expect((await startSession('198.51.100.7', { origin: 'https://anywhere.example.org' })).status).toBe(201);
  });
});
