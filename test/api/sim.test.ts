import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openSwitchboard } from '../../src/server/switchboard.ts';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;

const business = '+34911234567';
const customer = '+34600111222';

// One server for the file, a fresh workspace per test (workspaces share nothing).
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  ws = await seedWorkspace(server, freshWorkspaceId());
  const number = await server.request('POST', `${base()}/numbers`, {
    token: ws.tokens.admin,
    body: { id: 'n_main', e164: business, kind: 'rented' },
  });
  expect(number.status).toBe(201);
  // Nobody answering ends the call as missed, rather than the default voicemail.
  await server.runtime.execute(ws.workspaceId, {
    type: 'number.configure',
    numberId: 'n_main',
    settings: { noAnswerAction: { kind: 'hang_up' } },
  });
  const online = await server.request('PUT', `${base()}/users/u_agent/presence`, {
    token: ws.tokens.agent,
    body: { presence: 'online' },
  });
  expect(online.status).toBe(200);
});
afterAll(async () => server.close());

const base = () => `/v1/workspaces/${ws.workspaceId}`;
const sim = () => `${base()}/sim`;

async function placeCall(from = customer, to = business): Promise<string> {
  const placed = await server.request('POST', `${sim()}/calls`, {
    token: ws.tokens.agent,
    body: { from, to },
  });
  expect(placed.status, JSON.stringify(placed.body)).toBe(201);
  return placed.body.callId;
}

async function phoneOf(userId: string, token = ws.tokens.supervisor) {
  const phone = await server.request('GET', `${base()}/users/${userId}/phone`, { token });
  expect(phone.status).toBe(200);
  return phone.body.lines as Array<{
    callId: string;
    legId: string;
    state: string;
    from: string;
    to: string;
  }>;
}

async function historyTypes(callId: string): Promise<string[]> {
  const history = await server.store.history(ws.workspaceId, {
    entityType: 'call',
    entityId: callId,
    limit: 100,
  });
  const seqs = history.map((stored) => stored.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  return history.map((stored) => stored.event.type);
}

describe('simulated telephony over the API', () => {
  it('rings the online agent’s phone, who answers and hangs up; the call’s history is ordered (V18)', async () => {
    const callId = await placeCall();
    const ringing = await phoneOf('u_agent', ws.tokens.agent);
    expect(ringing).toMatchObject([{ callId, state: 'ringing', from: customer, to: business }]);
    expect(await phoneOf('u_sup')).toEqual([]);

    const legId = ringing[0]!.legId;
    const answered = await server.request('POST', `${sim()}/legs/${callId}/${legId}/answer`, {
      token: ws.tokens.agent,
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(204);
    expect(await phoneOf('u_agent')).toMatchObject([{ callId, legId, state: 'connected' }]);
    const talking = await server.request('GET', `${sim()}/calls/${callId}`, { token: ws.tokens.agent });
    expect(talking.body).toMatchObject({
      state: 'connected',
      connectedTo: ['u_agent'],
      from: customer,
      to: business,
    });

    const hungUp = await server.request('POST', `${sim()}/legs/${callId}/${legId}/hangup`, {
      token: ws.tokens.agent,
    });
    expect(hungUp.status).toBe(204);
    expect(await phoneOf('u_agent')).toEqual([]);
    const ended = await server.request('GET', `${sim()}/calls/${callId}`, { token: ws.tokens.agent });
    expect(ended.body).toMatchObject({ state: 'ended', outcome: 'answered', connectedTo: [] });

    const types = await historyTypes(callId);
    expect(types[0]).toBe('call.received');
    expect(types.indexOf('call.leg_ringing')).toBeLessThan(types.indexOf('call.leg_answered'));
    expect(types.indexOf('call.leg_answered')).toBeLessThan(types.indexOf('call.leg_ended'));
    expect(types.at(-1)).toBe('call.ended');
  });

  it('a simulated phone’s leg routes are the phone routes’ handler: same history, same refusals (issue 17 residue 2)', async () => {
    const answerBy = async (path: (callId: string, legId: string) => string) => {
      const callId = await placeCall();
      const [line] = await phoneOf('u_agent', ws.tokens.agent);
      const answered = await server.request('POST', path(callId, line!.legId), { token: ws.tokens.agent });
      expect(answered.status, JSON.stringify(answered.body)).toBe(204);
      const events = await server.store.history(ws.workspaceId, {
        entityType: 'call',
        entityId: callId,
        limit: 100,
      });
      const customerLeg = events.find((stored) => stored.event.type === 'call.received')!.event as {
        customerLegId: string;
      };
      const onCustomer = await server.request('POST', path(callId, customerLeg.customerLegId), {
        token: ws.tokens.supervisor,
      });
      expect(onCustomer.status, 'the customer’s leg is no phone’s').toBe(404);
      const hungUp = await server.request('POST', path(callId, line!.legId).replace(/answer$/, 'hangup'), {
        token: ws.tokens.agent,
      });
      expect(hungUp.status).toBe(204);
      const history = await server.store.history(ws.workspaceId, {
        entityType: 'call',
        entityId: callId,
        limit: 100,
      });
      return history.map(({ event }) => {
        const { type, ...data } = event as { type: string; userId?: string; reason?: string };
        return type === 'call.leg_answered' || type === 'call.leg_ended' || type === 'call.ended'
          ? { type, userId: data.userId, reason: data.reason }
          : { type };
      });
    };
    const bySim = await answerBy((callId, legId) => `${sim()}/legs/${callId}/${legId}/answer`);
    const byPhone = await answerBy((callId, legId) => `${base()}/calls/${callId}/legs/${legId}/answer`);
    expect(bySim).toEqual(byPhone);
    expect(bySim).toContainEqual({ type: 'call.leg_answered', userId: 'u_agent', reason: undefined });
  });

  it('ends an unanswered call as missed when the ring times out on the virtual clock', async () => {
    const callId = await placeCall();
    expect(await phoneOf('u_agent')).toHaveLength(1);
    const advanced = await server.request('POST', '/v1/clock/advance', {
      token: server.adminToken,
      body: { ms: 30_000 },
    });
    expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
    expect(advanced.body.kind).toBe('virtual');

    expect(await phoneOf('u_agent')).toEqual([]);
    const call = await server.request('GET', `${sim()}/calls/${callId}`, { token: ws.tokens.agent });
    expect(call.body).toMatchObject({ state: 'ended', outcome: 'missed' });
    const types = await historyTypes(callId);
    expect(types).toContain('call.leg_ended');
    expect(types.at(-1)).toBe('call.ended');
  });

  it('lets the caller press digits and hang up before anyone answers (abandoned)', async () => {
    const callId = await placeCall();
    const pressed = await server.request('POST', `${sim()}/calls/${callId}/digits`, {
      token: ws.tokens.agent,
      body: { digits: '12#' },
    });
    expect(pressed.status, JSON.stringify(pressed.body)).toBe(200);
    expect(pressed.body.digits).toBe('12#');
    const hungUp = await server.request('POST', `${sim()}/calls/${callId}/hangup`, {
      token: ws.tokens.agent,
    });
    expect(hungUp.status).toBe(200);
    expect(hungUp.body).toMatchObject({ state: 'ended', outcome: 'abandoned' });
    expect(await phoneOf('u_agent')).toEqual([]);
    expect(await historyTypes(callId)).toContain('call.dtmf_received');
    const again = await server.request('POST', `${sim()}/calls/${callId}/hangup`, { token: ws.tokens.agent });
    expect(again.status).toBe(409);
  });

  it('refuses an agent answering another agent’s leg (403), and changes nothing', async () => {
    await server.request('POST', `${base()}/users`, {
      token: ws.tokens.admin,
      body: {
        id: 'u_bea',
        name: 'Bea Agent',
        email: `bea@${ws.workspaceId}.test`,
        role: 'agent',
        password: 'correct horse',
      },
    });
    await server.runtime.execute(ws.workspaceId, {
      type: 'presence.set',
      userId: 'u_bea',
      presence: 'online',
    });
    const callId = await placeCall();
    const [beaLeg] = await phoneOf('u_bea');
    expect(beaLeg).toBeDefined();
    const before = server.runtime.state(ws.workspaceId)!.version;

    const refused = await server.request('POST', `${sim()}/legs/${callId}/${beaLeg!.legId}/answer`, {
      token: ws.tokens.agent,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect(server.runtime.state(ws.workspaceId)!.version).toBe(before);
    const peek = await server.request('GET', `${base()}/users/u_bea/phone`, { token: ws.tokens.agent });
    expect(peek.status).toBe(403);

    const bySupervisor = await server.request('POST', `${sim()}/legs/${callId}/${beaLeg!.legId}/answer`, {
      token: ws.tokens.supervisor,
    });
    expect(bySupervisor.status).toBe(204);
    expect(await phoneOf('u_bea')).toMatchObject([{ state: 'connected' }]);
    expect(await phoneOf('u_agent')).toEqual([]);
  });

  it('refuses bad numbers with 400 naming the field, and changes nothing (W6, X3)', async () => {
    const before = server.runtime.state(ws.workspaceId)!.version;
    const badFrom = await server.request('POST', `${sim()}/calls`, {
      token: ws.tokens.agent,
      body: { from: '600 11 12 22', to: business },
    });
    expect(badFrom.status).toBe(400);
    expect(badFrom.body.error.field).toBe('from');
    const notOurs = await server.request('POST', `${sim()}/calls`, {
      token: ws.tokens.agent,
      body: { from: customer, to: '+34911000000' },
    });
    expect(notOurs.status).toBe(400);
    expect(notOurs.body.error.field).toBe('to');
    const missing = await server.request('POST', `${sim()}/calls`, {
      token: ws.tokens.agent,
      body: { from: customer },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('to');
    expect(server.runtime.state(ws.workspaceId)!.version).toBe(before);
    expect(await phoneOf('u_agent')).toEqual([]);
  });

  it('refuses keys that are not 0-9, * or #, naming digits (400)', async () => {
    const callId = await placeCall();
    const before = server.runtime.state(ws.workspaceId)!.version;
    const bad = await server.request('POST', `${sim()}/calls/${callId}/digits`, {
      token: ws.tokens.agent,
      body: { digits: '1a' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('digits');
    expect(server.runtime.state(ws.workspaceId)!.version).toBe(before);
    const unknown = await server.request('POST', `${sim()}/calls/call_nope/digits`, {
      token: ws.tokens.agent,
      body: { digits: '1' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe('callId');
  });

  it('lets the customer pick up an agent’s outgoing call, which connects the agent’s line', async () => {
    await server.request('POST', `${base()}/billing/top-ups`, {
      token: ws.tokens.admin,
      body: { amountCents: 1000 },
    });
    const placed = await server.request('POST', `${base()}/calls`, {
      token: ws.tokens.agent,
      body: { numberId: 'n_main', to: '+34699000111' },
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const callId = placed.body.callId;
    expect(await phoneOf('u_agent')).toMatchObject([
      { callId, direction: 'outbound', state: 'dialing', to: '+34699000111' },
    ]);
    const ringing = await server.request('GET', `${sim()}/calls/${callId}`, { token: ws.tokens.agent });
    expect(ringing.body).toMatchObject({
      direction: 'outbound',
      state: 'ringing',
      from: business,
      to: '+34699000111',
    });

    const answered = await server.request('POST', `${sim()}/calls/${callId}/answer`, {
      token: ws.tokens.agent,
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body).toMatchObject({ state: 'connected', connectedTo: ['u_agent'] });
    expect(await phoneOf('u_agent')).toMatchObject([{ callId, state: 'connected' }]);
    const hungUp = await server.request('POST', `${sim()}/calls/${callId}/hangup`, {
      token: ws.tokens.agent,
    });
    expect(hungUp.body).toMatchObject({ state: 'ended', outcome: 'answered' });
  });

  it('needs a token, and keeps workspaces apart', async () => {
    const anonymous = await server.request('POST', `${sim()}/calls`, {
      body: { from: customer, to: business },
    });
    expect(anonymous.status).toBe(401);
    const other = (await seedWorkspace(server, freshWorkspaceId())).workspaceId;
    const foreign = await server.request('POST', `/v1/workspaces/${other}/sim/calls`, {
      token: ws.tokens.agent,
      body: { from: customer, to: business },
    });
    expect(foreign.status).toBe(404);
  });
});

describe('clock API', () => {
  it('shows the clock to any signed-in principal, and lets only admins move it', async () => {
    const clock = await server.request('GET', '/v1/clock', { token: ws.tokens.agent });
    expect(clock.status).toBe(200);
    expect(clock.body.kind).toBe('virtual');
    const before = Date.parse(clock.body.now);

    const refused = await server.request('POST', '/v1/clock/advance', {
      token: ws.tokens.supervisor,
      body: { ms: 1000 },
    });
    expect(refused.status).toBe(403);
    const tooFar = await server.request('POST', '/v1/clock/advance', {
      token: ws.tokens.admin,
      body: { ms: 8 * 24 * 3600_000 },
    });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.field).toBe('ms');

    const moved = await server.request('POST', '/v1/clock/advance', {
      token: server.adminToken,
      body: { ms: 60_000 },
    });
    expect(moved.status).toBe(200);
    expect(Date.parse(moved.body.now)).toBe(before + 60_000);
    expect((await server.request('GET', '/v1/clock')).status).toBe(401);
  });

  it('refuses to move the system clock (409), saying why', async () => {
    // A server of its own: the clock is chosen when a server opens, and the file's is virtual.
    const dir = mkdtempSync(join(tmpdir(), 'sb-clock-'));
    const system = await openSwitchboard({
      dbPath: join(dir, 'switchboard.db'),
      clock: 'system',
      logger: false,
    });
    try {
      const response = await system.app.inject({
        method: 'POST',
        url: '/v1/clock/advance',
        headers: { authorization: `Bearer ${system.adminToken}` },
        payload: { ms: 1000 },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.message).toContain('system clock');
    } finally {
      await system.close();
    }
  });
});
