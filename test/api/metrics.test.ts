import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import parsePrometheusTextFormat, { type PrometheusFamily } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSwitchboard, type Switchboard } from '../../src/server/switchboard.ts';

let server: Switchboard;
let base: string;
const metricsToken = 'metrics-secret-token';

/**
 * The scrape, read by parse-prometheus-text-format (a port of the Python client's parser). It
 * merges the samples of a histogram with labels into one, so the histograms' samples are read
 * a second time as untyped lines, each `_count` and `_bucket` with its own labels (one family
 * per run of lines with the same name: runs of one name are put together).
 */
async function scrape(): Promise<Map<string, PrometheusFamily>> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  const text = await response.text();
  const families = new Map(parsePrometheusTextFormat(text).map((family) => [family.name, family]));
  const untyped = text.replace(/^# TYPE (\S+) histogram$/gm, '# TYPE $1 untyped');
  const samples = new Map<string, PrometheusFamily>();
  for (const family of parsePrometheusTextFormat(untyped)) {
    const seen = samples.get(family.name);
    if (seen) seen.metrics.push(...family.metrics);
    else samples.set(family.name, family);
  }
  for (const [name, family] of samples) if (!families.has(name)) families.set(name, family);
  return families;
}

const sample = (family: PrometheusFamily | undefined, labels: Record<string, string>) =>
  family?.metrics.find((m) => Object.entries(labels).every(([key, value]) => m.labels?.[key] === value));

beforeAll(async () => {
  server = await openSwitchboard({
    dbPath: join(mkdtempSync(join(tmpdir(), 'sb-metrics-')), 'switchboard.db'),
    clock: 'virtual',
    logger: false,
    metrics: { token: metricsToken },
  });
  base = await server.app.listen({ port: 0, host: '127.0.0.1' });
  const admin = { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' };
  await fetch(`${base}/v1/workspaces`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ id: 'acme', name: 'Acme', plan: 'business' }),
  });
  for (const id of ['u_a', 'u_b'])
    await fetch(`${base}/v1/workspaces/acme/users`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ id, name: id, email: `${id}@acme.test` }),
    });
  await fetch(`${base}/v1/workspaces/acme/users/u_a/presence`, {
    method: 'PUT',
    headers: admin,
    body: JSON.stringify({ presence: 'online' }),
  });
  await fetch(`${base}/v1/workspaces/acme/users/nobody/presence`, {
    method: 'PUT',
    headers: admin,
    body: JSON.stringify({ presence: 'online' }),
  });
});

afterAll(async () => server.close());

describe('GET /metrics (I2)', () => {
  it('I2: Prometheus text a real parser reads: HTTP by route template and status with latency, commands, commits', async () => {
    const families = await scrape();
    const requests = families.get('switchboard_http_requests_total');
    expect(requests?.type).toBe('COUNTER');
    const presence = { method: 'PUT', route: '/v1/workspaces/:workspaceId/users/:userId/presence' };
    expect(sample(requests, { ...presence, status: '200' })?.value).toBe('1');
    expect(sample(requests, { ...presence, status: '404' })?.value).toBe('1');
    // Route templates, never raw URLs: the label set stays bounded.
    expect(requests!.metrics.some((m) => m.labels?.route?.includes('u_a'))).toBe(false);
    const latency = families.get('switchboard_http_request_duration_seconds');
    expect(latency?.type).toBe('HISTOGRAM');
    const count = families.get('switchboard_http_request_duration_seconds_count');
    expect(sample(count, { ...presence, status: '200' })?.value).toBe('1');
    expect(
      Number(
        sample(families.get('switchboard_commands_total'), { type: 'presence.set', outcome: 'accepted' })
          ?.value,
      ),
    ).toBe(1);
    expect(
      Number(
        sample(families.get('switchboard_commands_total'), { type: 'presence.set', outcome: 'refused' })
          ?.value,
      ),
    ).toBe(1);
    expect(Number(families.get('switchboard_events_total')?.metrics[0]?.value)).toBeGreaterThan(3);
    expect(Number(families.get('switchboard_commit_batch_events')?.metrics[0]?.count)).toBeGreaterThan(3);
    expect(families.get('switchboard_commit_duration_seconds')?.type).toBe('HISTOGRAM');
  });

  it('I2: live figures: agents by presence, calls, conversations, queues, WebSocket clients, event-loop lag', async () => {
    const families = await scrape();
    expect(sample(families.get('switchboard_agents'), { presence: 'online' })?.value).toBe('1');
    expect(sample(families.get('switchboard_agents'), { presence: 'offline' })?.value).toBe('1');
    expect(families.get('switchboard_live_calls')?.metrics[0]?.value).toBe('0');
    expect(families.get('switchboard_live_conversations')?.metrics[0]?.value).toBe('0');
    expect(sample(families.get('switchboard_queue_length'), { channel: 'voice' })?.value).toBe('0');
    expect(sample(families.get('switchboard_queue_oldest_wait_seconds'), { channel: 'chat' })?.value).toBe(
      '0',
    );
    expect(families.get('switchboard_websocket_clients')?.metrics[0]?.value).toBe('0');
    expect(families.has('nodejs_eventloop_lag_seconds')).toBe(true);
    expect(families.get('switchboard_webhook_deliveries_total')?.type).toBe('COUNTER');
    // No workspace label unless the operator asks for it.
    expect(families.get('switchboard_agents')!.metrics.every((m) => m.labels?.workspace === undefined)).toBe(
      true,
    );
  });

  it('I2: off loopback, only with the metrics token', async () => {
    const from = (authorization?: string) =>
      server.app.inject({
        method: 'GET',
        url: '/metrics',
        remoteAddress: '10.1.2.3',
        headers: authorization ? { authorization } : {},
      });
    expect((await from()).statusCode).toBe(401);
    expect((await from('Bearer wrong')).statusCode).toBe(401);
    expect((await from(`Bearer ${server.adminToken}`)).statusCode).toBe(401);
    const allowed = await from(`Bearer ${metricsToken}`);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.body).toContain('switchboard_http_requests_total');
  });
});
