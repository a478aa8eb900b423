import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';
import type { Seeded } from './access.ts';

let server: TestServer;
let ws: Seeded;
const hour = 3_600_000;
const t0 = Date.UTC(2026, 0, 5, 8, 0, 0);

const traffic = {
  start: new Date(t0).toISOString(),
  hours: 2,
  thresholdSec: 20,
  handleTime: { distribution: 'exponential', meanSec: 180 },
  patience: { distribution: 'exponential', meanSec: 60 },
  streams: [{ number: '+34911234567', callsPerHour: [40, 60, 60, 40] }],
};

const simulate = (body: unknown, token = ws.tokens.admin) =>
  server.request('POST', '/v1/workspaces/acme/simulations', { token, body });

beforeAll(async () => {
  server = await startTestServer();
  ws = await seedWorkspace(server);
  await server.runtime.execute('acme', {
    type: 'number.add',
    numberId: 'n_main',
    e164: '+34911234567',
    kind: 'rented',
    settings: { strategy: 'round_robin' },
  });
});
afterAll(async () => server.close());

describe('what if (M4): POST /simulations', () => {
  it('runs the workspace as configured and as changed on the same callers, per interval', async () => {
    const response = await simulate({ traffic, changes: { agents: 6, strategy: 'longest_idle' }, seed: 3 });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const { configured, changed } = response.body;
    expect(response.body.startAt).toBe(new Date(t0).toISOString());
    // The three seeded users (everyone is assigned to the number) against six.
    expect(configured.agents).toBe(3);
    expect(changed.agents).toBe(6);
    expect(configured.overall.offered).toBe(changed.overall.offered);
    expect(configured.overall.offered).toBeGreaterThan(50);
    expect(changed.overall.serviceLevel).toBeGreaterThan(configured.overall.serviceLevel);
    expect(configured.intervals.map((interval: { start: string }) => interval.start)).toEqual([
      new Date(t0).toISOString(),
      new Date(t0 + hour / 2).toISOString(),
      new Date(t0 + hour).toISOString(),
      new Date(t0 + 1.5 * hour).toISOString(),
    ]);
    // Nothing of the live workspace changed: no calls, users or presence.
    const state = server.runtime.state('acme')!;
    expect(Object.keys(state.calls)).toEqual([]);
    expect(Object.keys(state.users).sort()).toEqual(['u_admin', 'u_agent', 'u_sup']);
    expect(state.users.u_agent!.presence).toBe('offline');
  });

  it('replays a recorded period: what happened beside what the configuration would do', async () => {
    await server.runtime.execute('acme', { type: 'presence.set', userId: 'u_agent', presence: 'online' });
    await server.runtime.execute('acme', {
      type: 'call.inbound',
      callId: 'r1',
      from: '+34600111222',
      to: '+34911234567',
    });
    await server.runtime.advance(4_000);
    await server.runtime.execute('acme', { type: 'call.answer_leg', callId: 'r1', legId: 'r1.1' });
    await server.runtime.advance(120_000);
    await server.runtime.execute('acme', { type: 'call.hangup_leg', callId: 'r1', legId: 'r1.0' });
    await server.runtime.flush();
    const response = await simulate({ replay: { from: new Date(t0).toISOString(), hours: 1 } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.actual).toMatchObject({
      offered: 1,
      answered: 1,
      serviceLevel: 1,
      asa: 4,
      waitProbability: null,
    });
    expect(response.body.configured.overall).toMatchObject({ offered: 1, answered: 1, asa: 0 });
  });

  it('is for admins, and refuses traffic beyond its cap or to a number the workspace lacks, naming the field', async () => {
    expect((await simulate({ traffic }, ws.tokens.supervisor)).status).toBe(403);
    expect((await simulate({ traffic }, ws.tokens.agent)).status).toBe(403);
    const big = await simulate({
      traffic: { ...traffic, streams: [{ number: '+34911234567', callsPerHour: [50_000] }] },
    });
    expect(big.status).toBe(400);
    expect(big.body.error.field).toBe('traffic.streams');
    const elsewhere = await simulate({
      traffic: { ...traffic, streams: [{ number: '+34911000999', callsPerHour: [5] }] },
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.field).toBe('streams[0].number');
    const nothing = await simulate({ changes: { agents: 2 } });
    expect(nothing.status).toBe(400);
    expect(nothing.body.error.field).toBe('traffic');
  });
});
