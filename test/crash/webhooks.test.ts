import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { verifySignature } from '../../src/integrations/webhooks/signature.ts';
import { machineBound } from '../support/cluster.ts';
import { WebhookReceiver } from '../support/webhook-receiver.ts';
import { type Child, running, startChild } from './child-process.ts';
import { seeded } from './seeded.ts';

const receiver = new WebhookReceiver();
// Two server processes start: a minute is ample on a quiet machine, not on a loaded one.
vi.setConfig({ testTimeout: machineBound(60_000) });

async function api(
  child: Child,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: response bodies of every shape.
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${child.base}/v1/workspaces/${seeded.workspaceId}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await receiver.stop();
});

describe('webhook deliveries survive a kill -9 (I1)', () => {
  it('I1: what was committed but not delivered before the kill is delivered after the restart, in order', async () => {
    const url = await receiver.start();
    const db = join(mkdtempSync(join(tmpdir(), 'sb-webhook-crash-')), 'switchboard.db');
    const first = await startChild(db, ['--seed', '--allow-private-webhooks']);
    const token = first.adminToken!;
    const created = await api(first, token, 'POST', '/webhooks', { url, events: ['presence.changed'] });
    expect(created.status).toBe(201);
    const { secret } = created.body;
    // The receiver is down (500) while the first server runs: nothing is delivered before the kill.
    receiver.respond = () => 500;
    const userId = seeded.togglers[0]!;
    const sequence = ['online', 'offline', 'online', 'pause', 'offline'];
    for (const presence of sequence)
      expect((await api(first, token, 'PUT', `/users/${userId}/presence`, { presence })).status).toBe(200);
    await receiver.until((received) => received.length >= 1);
    first.process.kill('SIGKILL');
    await first.exited;

    receiver.respond = () => 200;
    const second = await startChild(db, ['--allow-private-webhooks']);
    await receiver.until(
      (received) =>
        new Set(received.filter((r) => r.json.data.userId === userId).map((r) => r.json.id)).size >= 5,
    );
    const delivered = receiver.received.filter((r) => r.json.data.userId === userId);
    // The first message was tried (and refused) before the kill, again after; each arrived in the order it happened.
    const ids = delivered.map((r) => r.json.id).filter((id, i, all) => all.indexOf(id) === i);
    expect(ids).toHaveLength(5);
    expect(ids.map((id) => delivered.find((r) => r.json.id === id)!.json.data.to)).toEqual(sequence);
    expect(delivered.filter((r) => r.json.id === ids[0]).length).toBeGreaterThanOrEqual(2);
    for (const request of delivered)
      expect(
        verifySignature(secret, request.body, request.headers['switchboard-signature'] as string, Date.now()),
      ).toBe(true);
    second.process.kill('SIGKILL');
    await second.exited;
  });
});
