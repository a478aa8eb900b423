import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

/**
 * The agent's own phone over the real API (S6, issue 15): what the console's softphone uses on
 * SIP and on the simulated network alike. The simulated network stands in for the caller here.
 */
let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
const business = '+34911234567';
const base = () => `/v1/workspaces/${ws.workspaceId}`;

beforeAll(async () => {
  server = await startTestServer();
  ws = await seedWorkspace(server);
  await server.request('POST', `${base()}/numbers`, {
    token: ws.tokens.admin,
    body: { id: 'n_main', e164: business, kind: 'rented' },
  });
  await server.request('PUT', `${base()}/users/u_agent/presence`, {
    token: ws.tokens.agent,
    body: { presence: 'online' },
  });
});
afterAll(async () => server?.close());

async function ringingCall(): Promise<{ callId: string; legId: string }> {
  const placed = await server.request('POST', `${base()}/sim/calls`, {
    token: ws.tokens.agent,
    body: { from: '+34600111222', to: business },
  });
  expect(placed.status).toBe(201);
  const phone = await server.request('GET', `${base()}/users/u_agent/phone`, { token: ws.tokens.agent });
  expect(phone.status).toBe(200);
  const line = phone.body.lines.find((item: { callId: string }) => item.callId === placed.body.callId);
  expect(line).toMatchObject({ state: 'ringing', from: '+34600111222', to: business });
  return { callId: line.callId, legId: line.legId };
}

const act = (callId: string, legId: string, action: string, token: string, body?: unknown) =>
  server.request('POST', `${base()}/calls/${callId}/legs/${legId}/${action}`, {
    token,
    ...(body ? { body } : {}),
  });

describe('the agent’s phone over the real API (issue 15)', () => {
  it('answers, sends keypad tones to the caller and hangs up, with the same commands a desk phone submits', async () => {
    const { callId, legId } = await ringingCall();
    expect((await act(callId, legId, 'digits', ws.tokens.agent, { digits: '1' })).status).toBe(409);
    expect((await act(callId, legId, 'answer', ws.tokens.agent)).status).toBe(204);
    expect((await act(callId, legId, 'digits', ws.tokens.agent, { digits: '12#' })).status).toBe(204);
    const handset = await server.request('GET', `${base()}/sim/calls/${callId}`, { token: ws.tokens.agent });
    expect(handset.body.heardDigits).toBe('12#');
    expect((await act(callId, legId, 'hangup', ws.tokens.agent)).status).toBe(204);
    const call = await server.request('GET', `${base()}/calls/${callId}`, { token: ws.tokens.admin });
    const types = call.body.history.map((entry: { type: string }) => entry.type);
    expect(types).toEqual(expect.arrayContaining(['call.leg_answered', 'call.ended']));
    expect(call.body.endedAt).toEqual(expect.any(String));
  });

  it('declines a ringing leg', async () => {
    const { callId, legId } = await ringingCall();
    expect((await act(callId, legId, 'reject', ws.tokens.agent)).status).toBe(204);
    const phone = await server.request('GET', `${base()}/users/u_agent/phone`, { token: ws.tokens.agent });
    expect(phone.body.lines.some((line: { callId: string }) => line.callId === callId)).toBe(false);
  });

  it('refuses another agent’s phone and legs (403), the caller’s leg (404) and bad keys (400), changing nothing', async () => {
    const { callId, legId } = await ringingCall();
    const admin = ws.tokens.admin;
    await server.request('POST', `${base()}/users`, {
      token: admin,
      body: { id: 'u_bea', name: 'Bea', email: 'bea@acme.test', role: 'agent', password: 'correct horse' },
    });
    const bea = (
      await server.request('POST', '/v1/sessions', {
        body: { email: 'bea@acme.test', password: 'correct horse', workspaceId: ws.workspaceId },
      })
    ).body.token;
    expect((await server.request('GET', `${base()}/users/u_agent/phone`, { token: bea })).status).toBe(403);
    expect((await act(callId, legId, 'answer', bea)).status).toBe(403);
    expect((await act(callId, `${callId}.0`, 'hangup', ws.tokens.agent)).status).toBe(404);
    expect((await act(callId, legId, 'answer', ws.tokens.agent)).status).toBe(204);
    const bad = await act(callId, legId, 'digits', ws.tokens.agent, { digits: '1x' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('digits');
    const handset = await server.request('GET', `${base()}/sim/calls/${callId}`, { token: admin });
    expect(handset.body.heardDigits).toBe('');
    expect(handset.body.state).toBe('connected');
    expect((await act(callId, legId, 'hangup', ws.tokens.agent)).status).toBe(204);
  });
});
