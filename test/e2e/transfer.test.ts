import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { VoiceDriver } from '../support/voice.ts';

// One server for the file, a fresh workspace per test.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

let v: VoiceDriver;
beforeEach(async () => {
  v = await VoiceDriver.start(server);
  await v.ok('POST', '/billing/top-ups', { amountCents: 1000 }, 200);
  await v.configure({ strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } });
  await v.online('u_agent', 'u_sup');
});
afterEach(async () => v.close());

/** A call answered by Alex (the agent), ready to be held and transferred. */
async function answeredByAlex(): Promise<string> {
  await v.ok('PUT', '/users/u_sup/presence', { presence: 'pause' });
  const callId = await v.place();
  await v.answer('u_agent', v.ws.tokens.agent);
  await v.ok('PUT', '/users/u_sup/presence', { presence: 'online' });
  return callId;
}

const types = (history: Array<{ type: string }>) => history.map((event) => event.type);

describe('live call transfer, end to end (seed 000)', () => {
  it('T1/T3/T4: a held call goes to a member found by name, with a note in their incoming call; Alex is free at once', async () => {
    const callId = await answeredByAlex();
    const found = await v.ok('GET', '/users?search=sam', undefined, 200, v.ws.tokens.agent);
    expect(found.items).toMatchObject([{ id: 'u_sup', presence: 'online' }]);
    await v.ok('POST', `/calls/${callId}/hold`, {}, 204, v.ws.tokens.agent);
    await v.ok(
      'POST',
      `/calls/${callId}/transfer`,
      { target: { kind: 'user', userId: 'u_sup' }, note: 'Sarah from Acme: billing question' },
      201,
      v.ws.tokens.agent,
    );
    expect((await v.ok('GET', '/users/u_agent/phone')).lines).toEqual([]);
    const ring = (await v.history(callId)).find(
      (e) => e.type === 'call.leg_ringing' && e.data.userId === 'u_sup',
    );
    expect(ring?.data.transfer).toMatchObject({
      fromUserId: 'u_agent',
      note: 'Sarah from Acme: billing question',
    });
    const incoming = (await v.ok('GET', '/users/u_sup/phone', undefined, 200, v.ws.tokens.supervisor))
      .lines[0];
    expect(incoming.transfer).toEqual({ fromUserId: 'u_agent', note: 'Sarah from Acme: billing question' });
    await v.answer('u_sup', v.ws.tokens.supervisor);
    await v.hangUp(callId);
    const history = await v.history(callId);
    expect(types(history)).toContain('call.transfer_completed');
    expect((await v.call(callId)).outcome).toBe('answered');
  });

  it('T4: to a telephony group: the group’s strategy picks the agent', async () => {
    await v.ok('POST', '/groups', { id: 'g_billing', name: 'Billing', memberIds: ['u_sup'] }, 201);
    const callId = await answeredByAlex();
    await v.ok('POST', `/calls/${callId}/hold`, {}, 204, v.ws.tokens.agent);
    await v.ok(
      'POST',
      `/calls/${callId}/transfer`,
      { target: { kind: 'group', groupId: 'g_billing' } },
      201,
      v.ws.tokens.agent,
    );
    expect(await v.ringing('u_sup')).toHaveLength(1);
  });

  it('T1: the target does not answer: the call comes back to Alex', async () => {
    const callId = await answeredByAlex();
    await v.ok('POST', `/calls/${callId}/hold`, {}, 204, v.ws.tokens.agent);
    await v.ok(
      'POST',
      `/calls/${callId}/transfer`,
      { target: { kind: 'user', userId: 'u_sup' } },
      201,
      v.ws.tokens.agent,
    );
    await v.advance(30_000);
    expect(await v.ringing('u_agent')).toHaveLength(1);
    const failed = (await v.history(callId)).find((e) => e.type === 'call.transfer_failed');
    expect(failed?.data).toMatchObject({ reason: 'no_answer', returnTo: 'initiator' });
  });

  it('T4: to an external number (no note allowed), charged like a forward', async () => {
    const callId = await answeredByAlex();
    await v.ok('POST', `/calls/${callId}/hold`, {}, 204, v.ws.tokens.agent);
    const noted = await v.server.request('POST', `${v.base}/calls/${callId}/transfer`, {
      token: v.ws.tokens.agent,
      body: { target: { kind: 'external', number: '+34699000111' }, note: 'hi' },
    });
    expect(noted.status).toBe(400);
    expect(noted.body.error.field).toBe('note');
    await v.ok(
      'POST',
      `/calls/${callId}/transfer`,
      { target: { kind: 'external', number: '+34 699 000 111' } },
      201,
      v.ws.tokens.agent,
    );
    expect(
      (await v.call(callId)).live.legs.some(
        (leg: { number?: string; status: string }) =>
          leg.number === '+34699000111' && leg.status === 'ringing',
      ),
    ).toBe(true);
  });

  it('W3: a starter workspace gets a clear error, and the call stays on hold with Alex', async () => {
    await v.server.request('PATCH', `${v.base}`, { token: v.server.adminToken, body: { plan: 'starter' } });
    const callId = await answeredByAlex();
    await v.ok('POST', `/calls/${callId}/hold`, {}, 204, v.ws.tokens.agent);
    const refused = await v.server.request('POST', `${v.base}/calls/${callId}/transfer`, {
      token: v.ws.tokens.agent,
      body: { target: { kind: 'user', userId: 'u_sup' } },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'plan_required', field: 'plan' });
    expect((await v.call(callId)).live.phase).toBe('connected');
  });

  it('transfer to an offline member is refused with the reason; an agent cannot transfer someone else’s call', async () => {
    const callId = await answeredByAlex();
    await v.ok('POST', `/calls/${callId}/hold`, {}, 204, v.ws.tokens.agent);
    const offline = await v.server.request('POST', `${v.base}/calls/${callId}/transfer`, {
      token: v.ws.tokens.agent,
      body: { target: { kind: 'user', userId: 'u_admin' } },
    });
    expect(offline.status).toBe(409);
    expect(offline.body.error.message).toContain('presence is offline');
    const notMine = await v.server.request('POST', `${v.base}/calls/${callId}/transfer`, {
      token: v.ws.tokens.supervisor,
      body: { target: { kind: 'user', userId: 'u_admin' } },
    });
    expect(notMine.status).toBe(403);
  });
});

describe('assisted transfer, end to end (T2)', () => {
  async function consulting(): Promise<string> {
    const callId = await answeredByAlex();
    await v.ok('POST', `/calls/${callId}/hold`, {}, 204, v.ws.tokens.agent);
    await v.ok(
      'POST',
      `/calls/${callId}/transfer`,
      { target: { kind: 'user', userId: 'u_sup' }, method: 'assisted' },
      201,
      v.ws.tokens.agent,
    );
    await v.answer('u_sup', v.ws.tokens.supervisor);
    return callId;
  }

  it('completed: Alex consults Sam, brings all three together, then leaves; the caller is Sam’s', async () => {
    const callId = await consulting();
    await v.ok('POST', `/calls/${callId}/transfer/conference`, {}, 204, v.ws.tokens.agent);
    await v.ok('POST', `/calls/${callId}/transfer/complete`, {}, 204, v.ws.tokens.agent);
    const call = await v.call(callId);
    expect(call.live.phase).toBe('connected');
    expect((await v.ok('GET', '/users/u_agent/phone')).lines).toEqual([]);
    expect(types(call.history)).toEqual(
      expect.arrayContaining([
        'call.transfer_consulting',
        'call.transfer_conference_started',
        'call.transfer_completed',
      ]),
    );
  });

  it('cancelled: Alex goes back to the held caller and Sam’s consult leg ends', async () => {
    const callId = await consulting();
    await v.ok('POST', `/calls/${callId}/transfer/cancel`, {}, 204, v.ws.tokens.agent);
    expect((await v.ok('GET', '/users/u_sup/phone')).lines).toEqual([]);
    expect((await v.ok('GET', '/users/u_agent/phone')).lines).toHaveLength(1);
    await v.ok('POST', `/calls/${callId}/resume`, {}, 204, v.ws.tokens.agent);
  });
});

describe('transfer edge cases, end to end', () => {
  async function heldByAlex(): Promise<string> {
    const callId = await answeredByAlex();
    await v.ok('POST', `/calls/${callId}/hold`, {}, 204, v.ws.tokens.agent);
    return callId;
  }

  it('T1: the target declines: the call comes back to Alex', async () => {
    const callId = await heldByAlex();
    await v.ok(
      'POST',
      `/calls/${callId}/transfer`,
      { target: { kind: 'user', userId: 'u_sup' } },
      201,
      v.ws.tokens.agent,
    );
    const [line] = await v.ringing('u_sup');
    await v.ok('POST', `/sim/legs/${callId}/${line!.legId}/reject`, undefined, 204, v.ws.tokens.supervisor);
    expect(await v.ringing('u_agent')).toHaveLength(1);
    expect((await v.history(callId)).find((e) => e.type === 'call.transfer_failed')?.data).toMatchObject({
      reason: 'declined',
    });
  });

  it('T2: Alex hangs up while the target still rings: it goes on as a direct transfer', async () => {
    const callId = await heldByAlex();
    await v.ok(
      'POST',
      `/calls/${callId}/transfer`,
      { target: { kind: 'user', userId: 'u_sup' }, method: 'assisted' },
      201,
      v.ws.tokens.agent,
    );
    const [own] = (await v.ok('GET', '/users/u_agent/phone')).lines;
    await v.ok('POST', `/sim/legs/${callId}/${own.legId}/hangup`, undefined, 204, v.ws.tokens.agent);
    expect(types(await v.history(callId))).toContain('call.transfer_became_direct');
    await v.answer('u_sup', v.ws.tokens.supervisor);
    expect((await v.call(callId)).live.phase).toBe('connected');
  });

  it('T2: the caller hangs up during the consult: the transfer is cancelled and Sam’s consult leg ends', async () => {
    const callId = await heldByAlex();
    await v.ok(
      'POST',
      `/calls/${callId}/transfer`,
      { target: { kind: 'user', userId: 'u_sup' }, method: 'assisted' },
      201,
      v.ws.tokens.agent,
    );
    await v.answer('u_sup', v.ws.tokens.supervisor);
    await v.hangUp(callId);
    const history = await v.history(callId);
    expect(history.find((e) => e.type === 'call.transfer_cancelled')?.data).toMatchObject({
      reason: 'customer_hung_up',
    });
    expect((await v.ok('GET', '/users/u_sup/phone')).lines).toEqual([]);
    expect((await v.call(callId)).outcome).toBe('answered');
  });

  it('T4: a busy member is refused with the reason; without balance an external transfer is refused too', async () => {
    const callId = await heldByAlex();
    const other = await v.place();
    await v.answer('u_sup', v.ws.tokens.supervisor);
    expect(other).toBeTruthy();
    const busy = await v.server.request('POST', `${v.base}/calls/${callId}/transfer`, {
      token: v.ws.tokens.agent,
      body: { target: { kind: 'user', userId: 'u_sup' } },
    });
    expect(busy.status).toBe(409);
    expect(busy.body.error.message).toContain('voice capacity');
    await v.ok('PATCH', '/billing', { balanceCents: 0 });
    const broke = await v.server.request('POST', `${v.base}/calls/${callId}/transfer`, {
      token: v.ws.tokens.agent,
      body: { target: { kind: 'external', number: '+34699000111' } },
    });
    expect(broke.status).toBe(402);
    expect(broke.body.error).toMatchObject({ code: 'insufficient_balance', field: 'target.number' });
  });
});
