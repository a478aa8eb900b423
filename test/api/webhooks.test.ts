import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/integrations/webhooks/signature.ts';
import { openSwitchboard, type Switchboard } from '../../src/server/switchboard.ts';
import { testPasswordCost } from '../support/server.ts';
import { type Received, WebhookReceiver } from '../support/webhook-receiver.ts';

let server: Switchboard;
let admin: string;
const receiver = new WebhookReceiver();
let hookUrl: string;

async function call(
  method: string,
  url: string,
  body?: unknown,
  token = admin,
  // biome-ignore lint/suspicious/noExplicitAny: response bodies of every shape.
): Promise<{ status: number; body: any }> {
  const response = await server.app.inject({
    method: method as 'GET',
    url: `/v1/workspaces/acme${url}`,
    headers: { authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
}

/** The delivery log once every delivery in it is settled (the receiver answers before the outcome is recorded). */
async function settledLog(webhookId: string, limit = 50) {
  // Returns as soon as they are; the deadline only ends a wait for what will not come.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const log = await call('GET', `/webhooks/${webhookId}/deliveries?limit=${limit}`);
    if (log.body.items.every((d: { status: string }) => d.status !== 'pending') || Date.now() > deadline)
      return log;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const presence = (userId: string, value: string) =>
  call('PUT', `/users/${userId}/presence`, { presence: value });
const presencesOf = (received: Received[], userId: string) =>
  received.filter((r) => r.json.type === 'presence.changed' && r.json.data.userId === userId);

beforeAll(async () => {
  hookUrl = await receiver.start();
  server = await openSwitchboard({
    dbPath: join(mkdtempSync(join(tmpdir(), 'sb-webhooks-')), 'switchboard.db'),
    clock: 'virtual',
    logger: false,
    webhooks: { allowPrivate: true, retry: { baseMs: 100, maxMs: 200 }, pollMs: 50 },
    passwordCost: testPasswordCost,
  });
  admin = server.adminToken!;
  await server.app.inject({
    method: 'POST',
    url: '/v1/workspaces',
    headers: { authorization: `Bearer ${admin}` },
    payload: { id: 'acme', name: 'Acme', plan: 'business' },
  });
  for (const id of ['u_a', 'u_b'])
    await call('POST', '/users', { id, name: id, email: `${id}@acme.test`, role: 'agent' });
  // Before any webhook exists: never delivered.
  await presence('u_b', 'pause');
});

afterAll(async () => {
  await server.close();
  await receiver.stop();
});

describe('webhooks API (I1)', () => {
  let webhookId: string;
  let secret: string;

  it('I1: an admin subscribes a URL; the answer shows the secret once, GET …/secret reveals it to admins only', async () => {
    const created = await call('POST', '/webhooks', {
      url: hookUrl,
      events: ['presence.changed', 'call.received'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      url: hookUrl,
      events: ['presence.changed', 'call.received'],
      enabled: true,
    });
    expect(created.body.secret).toMatch(/^whsec_/);
    webhookId = created.body.id;
    secret = created.body.secret;
    const listed = await call('GET', '/webhooks');
    expect(listed.body.items).toEqual([
      { id: webhookId, url: hookUrl, events: created.body.events, enabled: true },
    ]);
    expect((await call('GET', `/webhooks/${webhookId}/secret`)).body).toEqual({ secret });
    const history = await call('GET', `/history/webhook/${webhookId}`);
    expect(history.status).toBe(200);
    expect(JSON.stringify(history.body)).toContain('webhook.created');
    expect(JSON.stringify(history.body)).not.toContain(secret);
  });

  it('I1: refuses event types that are not public messages, and a URL that is not http(s), naming the field', async () => {
    const internal = await call('POST', '/webhooks', { url: hookUrl, events: ['call.leg_ringing'] });
    expect(internal.status).toBe(400);
    expect(JSON.stringify(internal.body)).toContain('events');
    const ftp = await call('POST', '/webhooks', { url: 'ftp://example.com/x', events: ['call.ended'] });
    expect(ftp.status).toBe(400);
    expect(ftp.body.error.field).toBe('url');
    expect((await call('GET', '/webhooks')).body.items).toHaveLength(1);
  });

  it('I1: signed deliveries, a retry after a 500, and the order kept per user', async () => {
    let failedOnce = false;
    receiver.respond = (request) => {
      if (!failedOnce && request.json.type === 'presence.changed' && request.json.data.to === 'online') {
        failedOnce = true;
        return 500;
      }
      return 200;
    };
    for (const value of ['online', 'pause', 'online', 'offline'])
      expect((await presence('u_a', value)).status).toBe(200);
    await presence('u_b', 'online');
    await receiver.until(
      (received) => presencesOf(received, 'u_a').length >= 5 && presencesOf(received, 'u_b').length >= 1,
    );
    const forA = presencesOf(receiver.received, 'u_a');
    // The first was refused and sent again; the rest waited for it, in the order they happened.
    expect(forA.map((r) => r.json.data.to)).toEqual(['online', 'online', 'pause', 'online', 'offline']);
    expect(forA[0]!.json.id).toBe(forA[1]!.json.id);
    // A subscription starts with what happens after it is made.
    expect(presencesOf(receiver.received, 'u_b').map((r) => r.json.data)).toEqual([
      { userId: 'u_b', from: 'pause', to: 'online', reason: 'requested' },
    ]);
    for (const request of receiver.received) {
      const header = request.headers['switchboard-signature'] as string;
      expect(verifySignature(secret, request.body, header, Date.now())).toBe(true);
      const [t, v1] = header.split(',').map((part) => part.split('=')[1]);
      expect(createHmac('sha256', secret).update(`${t}.${request.body}`).digest('hex')).toBe(v1);
      expect(request.headers['switchboard-event']).toBe(request.json.type);
      expect(verifySignature('whsec_wrong', request.body, header, Date.now())).toBe(false);
    }
    const log = await settledLog(webhookId);
    expect(log.status).toBe(200);
    const first = log.body.items.find(
      (d: { id: string }) => d.id === forA[0]!.headers['switchboard-delivery'],
    );
    expect(first).toMatchObject({
      status: 'delivered',
      attempts: 2,
      responseStatus: 200,
      type: 'presence.changed',
    });
    expect(log.body.items.every((d: { status: string }) => d.status === 'delivered')).toBe(true);
  });

  it('I1: a delivery replayed by an admin is sent again, with the same message id', async () => {
    const log = await call('GET', `/webhooks/${webhookId}/deliveries?limit=1`);
    const [latest] = log.body.items;
    const before = receiver.received.length;
    const replay = await call('POST', `/webhooks/${webhookId}/deliveries/${latest.id}/replay`);
    expect(replay.status).toBe(202);
    await receiver.until((received) => received.length > before);
    expect(receiver.received.at(-1)!.json.id).toBe(latest.payload.id);
    const again = await settledLog(webhookId, 1);
    expect(again.body.items[0]).toMatchObject({
      id: latest.id,
      status: 'delivered',
      attempts: latest.attempts + 1,
    });
  });

  it('I1: a disabled subscription is not sent what happens meanwhile; only admins manage webhooks', async () => {
    expect((await call('PATCH', `/webhooks/${webhookId}`, { enabled: false })).body.enabled).toBe(false);
    const before = receiver.received.length;
    await presence('u_b', 'pause');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received.length).toBe(before);
    const session = await call('POST', '/users', {
      id: 'u_c',
      name: 'c',
      email: 'c@acme.test',
      role: 'agent',
      password: 'correct horse',
    });
    expect(session.status).toBe(201);
    const signIn = await server.app.inject({
      method: 'POST',
      url: '/v1/sessions',
      payload: { email: 'c@acme.test', password: 'correct horse', workspaceId: 'acme' },
    });
    const agent = JSON.parse(signIn.body).token as string;
    expect((await call('GET', '/webhooks', undefined, agent)).status).toBe(403);
    expect((await call('GET', `/webhooks/${webhookId}/secret`, undefined, agent)).status).toBe(403);
  });

  it('I1: removing a webhook removes its log', async () => {
    expect((await call('DELETE', `/webhooks/${webhookId}`)).status).toBe(204);
    expect((await call('GET', `/webhooks/${webhookId}/deliveries`)).status).toBe(404);
    expect((await call('GET', '/webhooks')).body.items).toEqual([]);
  });
});
