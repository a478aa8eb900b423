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
    expect([...state.calls.keys()]).toEqual([]);
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

  it('replays the keys recorded callers pressed in an IVR, and generated callers press the traffic’s keys (issue 19)', async () => {
    const run = (command: Record<string, unknown>) => server.runtime.execute('acme', command as never);
    await run({ type: 'group.create', groupId: 'g_ivr', name: 'IVR sales', memberIds: ['u_agent'] });
    await run({
      type: 'ivr_menu.create',
      menuId: 'm_ivr',
      name: 'IVR',
      prompt: 'For sales press 1.',
      options: { 1: { kind: 'group', groupId: 'g_ivr' } },
      timeoutSec: 5,
      noInput: { kind: 'hang_up' },
    });
    await run({
      type: 'number.add',
      numberId: 'n_ivr',
      e164: '+34911234599',
      kind: 'rented',
      settings: { route: { kind: 'ivr', menuId: 'm_ivr' } },
    });
    // Calls recorded from here on; the earlier test's call is before it.
    const from = server.runtime.clock.now();
    // i1 presses 1 and is answered; i2 says nothing and the menu hangs up.
    for (const callId of ['i1', 'i2'])
      await run({ type: 'call.inbound', callId, from: '+34600111333', to: '+34911234599' });
    await server.runtime.advance(4_000);
    await run({ type: 'call.dtmf', callId: 'i1', digits: '1' });
    await server.runtime.advance(2_000);
    await run({ type: 'call.answer_leg', callId: 'i1', legId: 'i1.1' });
    await server.runtime.advance(10_000);
    await run({ type: 'call.hangup_leg', callId: 'i1', legId: 'i1.0' });
    await server.runtime.flush();
    expect(server.runtime.state('acme')!.calls.get('i2')).toBeUndefined();

    const replay = await simulate({ replay: { from: new Date(from).toISOString(), hours: 1 } });
    expect(replay.status, JSON.stringify(replay.body)).toBe(200);
    expect(replay.body.actual).toMatchObject({ offered: 2, answered: 1 });
    expect(replay.body.configured.overall).toMatchObject({ offered: 2, answered: 1, other: 1 });

    const pressing = await simulate({
      traffic: {
        start: new Date(from).toISOString(),
        hours: 1,
        handleTime: { distribution: 'exponential', meanSec: 30 },
        streams: [{ number: '+34911234599', callsPerHour: [30], keys: { 1: 1 } }],
      },
    });
    expect(pressing.status, JSON.stringify(pressing.body)).toBe(200);
    const overall = pressing.body.configured.overall;
    expect(overall.offered).toBeGreaterThan(10);
    expect(overall.answered).toBe(overall.offered);
    const refused = await simulate({
      traffic: { ...traffic, streams: [{ number: '+34911234599', callsPerHour: [30], keys: { x: 1 } }] },
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/keys/);
  });

  it('runs as a job off the event loop (issue 19): POST answers 202 at once, GET shows progress, then the result', async () => {
    const busy = {
      ...traffic,
      hours: 4,
      streams: [{ number: '+34911234567', callsPerHour: [1_500] }],
      patience: { distribution: 'none' },
    };
    const started = await server.request('POST', '/v1/workspaces/acme/simulation-jobs', {
      token: ws.tokens.admin,
      body: { traffic: busy, changes: { agents: 60 }, seed: 5 },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    expect(started.body).toMatchObject({ status: expect.stringMatching(/^(queued|running)$/), progress: 0 });
    const location = started.headers.location as string;
    expect(location).toBe(`/v1/workspaces/acme/simulation-jobs/${started.body.id}`);
    // 2 × 6,000 calls take the worker a while; meanwhile the server answers other requests.
    const other = await server.request('GET', '/v1/workspaces/acme/numbers', { token: ws.tokens.admin });
    expect(other.status).toBe(200);
    const seen: number[] = [];
    let job = started.body;
    while (job.status === 'queued' || job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await server.request('GET', location, { token: ws.tokens.admin })).body;
      seen.push(job.progress);
    }
    expect(job.status, JSON.stringify(job.error)).toBe('done');
    expect(job.progress).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(job.result.configured.agents).toBe(3);
    expect(job.result.changed.agents).toBe(60);
    expect(job.result.changed.overall.offered).toBeGreaterThan(5_500);
    expect(job.result.changed.overall.serviceLevel).toBeGreaterThan(
      job.result.configured.overall.serviceLevel,
    );
    // Only admins read jobs, and an unknown id is not found.
    expect((await server.request('GET', location, { token: ws.tokens.supervisor })).status).toBe(403);
    const unknown = await server.request('GET', '/v1/workspaces/acme/simulation-jobs/sim_nope', {
      token: ws.tokens.admin,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe('jobId');
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
