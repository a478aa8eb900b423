import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Presence } from '../../src/domain/presence.ts';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';
import { expectGuarded, expectInvalid, type Seeded } from './access.ts';

let server: TestServer;
let ws: Seeded;

const minute = 60_000;
const hour = 60 * minute;
/** The virtual clock's time when this test's calls start (the file's tests share the clock). */
let t0 = 0;
const at = (ms: number) => new Date(t0 + ms).toISOString();

const execute = (command: Parameters<TestServer['runtime']['execute']>[1]) =>
  server.runtime.execute(ws.workspaceId, command);
const setPresence = (userId: string, presence: Presence) =>
  execute({ type: 'presence.set', userId, presence });

/**
 * Three calls, one hour apart, with one agent online at a time so the ringing order is fixed:
 * c1 on the main line answered by the agent, c2 on the sales line abandoned while ringing,
 * c3 on the main line answered by the supervisor and still connected.
 */
async function placeCalls() {
  await setPresence('u_agent', 'online');
  await execute({ type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' });
  await server.runtime.advance(5_000);
  await execute({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' });
  await server.runtime.advance(minute);
  await execute({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });

  await server.runtime.advance(hour - minute - 5_000);
  await execute({ type: 'call.inbound', callId: 'c2', from: '+34600111333', to: '+34933456789' });
  await server.runtime.advance(10_000);
  await execute({ type: 'call.hangup_leg', callId: 'c2', legId: 'c2.0' });

  await setPresence('u_agent', 'pause');
  await setPresence('u_sup', 'online');
  await server.runtime.advance(hour - 10_000);
  await execute({ type: 'call.inbound', callId: 'c3', from: '+34600111222', to: '+34911234567' });
  await server.runtime.advance(3_000);
  await execute({ type: 'call.answer_leg', callId: 'c3', legId: 'c3.1' });
}

// One server for the file, a fresh workspace per test (workspaces share nothing).
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  ws = await seedWorkspace(server, freshWorkspaceId());
  t0 = server.clock.now();
  await execute({ type: 'number.add', numberId: 'n_main', e164: '+34911234567', kind: 'rented' });
  await execute({ type: 'number.add', numberId: 'n_sales', e164: '+34933456789', kind: 'rented' });
  await placeCalls();
});
afterAll(async () => server.close());

const url = (path = '') => `/v1/workspaces/${ws.workspaceId}/calls${path}`;
const list = async (query = '', token = ws.tokens.supervisor) => {
  const response = await server.request('GET', url(query), { token });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body as { items: Array<{ id: string }>; nextCursor?: string };
};
const ids = (page: { items: Array<{ id: string }> }) => page.items.map((call) => call.id);

describe('calls API', () => {
  describe('GET /calls', () => {
    it('lists calls newest first, with times as ISO strings', async () => {
      const page = await list();
      expect(ids(page)).toEqual(['c3', 'c2', 'c1']);
      expect(page.nextCursor).toBeUndefined();
      expect(page.items[2]).toEqual({
        id: 'c1',
        direction: 'inbound',
        numberId: 'n_main',
        from: '+34600111222',
        to: '+34911234567',
        agentId: 'u_agent',
        status: 'ended',
        outcome: 'answered',
        startedAt: at(0),
        answeredAt: at(5_000),
        endedAt: at(5_000 + minute),
      });
      expect(page.items[1]).toMatchObject({
        id: 'c2',
        status: 'ended',
        outcome: 'abandoned',
        endedAt: at(hour + 10_000),
      });
      expect(page.items[1]).not.toHaveProperty('agentId');
      expect(page.items[0]).toMatchObject({
        id: 'c3',
        status: 'connected',
        agentId: 'u_sup',
        startedAt: at(2 * hour),
      });
      expect(page.items[0]).not.toHaveProperty('endedAt');
    });

    it('filters by number, agent, outcome and start time', async () => {
      expect(ids(await list('?numberId=n_main'))).toEqual(['c3', 'c1']);
      expect(ids(await list('?agentId=u_agent'))).toEqual(['c1']);
      expect(ids(await list('?outcome=abandoned'))).toEqual(['c2']);
      expect(ids(await list(`?from=${at(hour)}`))).toEqual(['c3', 'c2']);
      expect(ids(await list(`?from=${at(hour)}&to=${at(2 * hour)}`))).toEqual(['c2']);
      expect(ids(await list(`?to=${encodeURIComponent('2026-01-05T09:00:00+01:00')}`))).toEqual([]);
      expect(ids(await list('?numberId=n_main&outcome=answered'))).toEqual(['c1']);
    });

    it('filters by direction, status and a phone number on either end, as typed', async () => {
      expect(ids(await list('?direction=inbound'))).toEqual(['c3', 'c2', 'c1']);
      expect(ids(await list('?direction=outbound'))).toEqual([]);
      expect(ids(await list('?status=connected'))).toEqual(['c3']);
      expect(ids(await list('?status=ended'))).toEqual(['c2', 'c1']);
      expect(ids(await list(`?phone=${encodeURIComponent('+34 600 111 333')}`))).toEqual(['c2']);
      expect(ids(await list(`?phone=${encodeURIComponent('+34911234567')}`))).toEqual(['c3', 'c1']);
      expect(ids(await list(`?phone=${encodeURIComponent('+34600111222')}&status=ended`))).toEqual(['c1']);
    });

    it('pages with limit and cursor, without gaps or repeats', async () => {
      const first = await list('?limit=2');
      expect(ids(first)).toEqual(['c3', 'c2']);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await list(`?limit=2&cursor=${first.nextCursor}`);
      expect(ids(second)).toEqual(['c1']);
      expect(second.nextCursor).toBeUndefined();
    });

    it('shows an agent only the calls they answered, whatever agentId they ask for', async () => {
      expect(ids(await list('', ws.tokens.agent))).toEqual(['c1']);
      expect(ids(await list('?agentId=u_sup', ws.tokens.agent))).toEqual(['c1']);
      expect(ids(await list('?agentId=u_sup', ws.tokens.admin))).toEqual(['c3']);
    });

    describe('participant', () => {
      /** c4: the supervisor answers, then transfers it directly to the agent, who answers. */
      async function transferToAgent() {
        await execute({ type: 'call.hangup_leg', callId: 'c3', legId: 'c3.0' });
        await server.runtime.advance(minute);
        await execute({ type: 'call.inbound', callId: 'c4', from: '+34600111444', to: '+34911234567' });
        await execute({ type: 'call.answer_leg', callId: 'c4', legId: 'c4.1' });
        await setPresence('u_agent', 'online');
        await execute({ type: 'call.hold', callId: 'c4', userId: 'u_sup' });
        await execute({
          type: 'call.transfer',
          callId: 'c4',
          transferId: 't1',
          userId: 'u_sup',
          target: { kind: 'user', userId: 'u_agent' },
          method: 'direct',
        });
        const target = server.runtime.state(ws.workspaceId)!.calls.get('c4')!.transfer!.targetLegId;
        await execute({ type: 'call.answer_leg', callId: 'c4', legId: target });
      }

      type Participated = { id: string; agentId?: string; participation?: Record<string, string> };
      const participated = async (query: string, token = ws.tokens.supervisor) =>
        (await list(query, token)).items as Participated[];

      it('lists the calls a user took part in: answered, missed while ringing them, transferred away', async () => {
        await transferToAgent();
        const sup = await participated('?participant=u_sup');
        expect(sup.map((call) => call.id)).toEqual(['c4', 'c3']);
        // c4's record now names the agent who took the transfer; the supervisor passed it on.
        expect(sup[0]).toMatchObject({
          agentId: 'u_agent',
          participation: {
            userId: 'u_sup',
            answeredAt: expect.any(String),
            transferredAt: expect.any(String),
          },
        });
        expect(sup[1]!.participation).toMatchObject({ answeredAt: at(2 * hour + 3_000) });
        expect(sup[1]!.participation).not.toHaveProperty('transferredAt');

        const agent = await participated('?participant=u_agent');
        expect(agent.map((call) => call.id)).toEqual(['c4', 'c2', 'c1']);
        expect(agent[0]!.participation).toMatchObject({
          offeredAt: expect.any(String),
          answeredAt: expect.any(String),
        });
        expect(agent[0]!.participation).not.toHaveProperty('transferredAt');
        // c2 rang the agent and was abandoned: offered, never answered by them.
        expect(agent[1]!.participation).toEqual({ userId: 'u_agent', offeredAt: at(hour) });
        expect(agent[2]!.participation).toEqual({
          userId: 'u_agent',
          offeredAt: at(0),
          answeredAt: at(5_000),
        });
      });

      it('combines with the other filters and pages', async () => {
        await transferToAgent();
        expect(ids(await list('?participant=u_agent&numberId=n_sales'))).toEqual(['c2']);
        expect(ids(await list('?participant=u_agent&outcome=answered'))).toEqual(['c1']);
        expect(ids(await list('?participant=u_agent&status=connected'))).toEqual(['c4']);
        expect(ids(await list('?participant=u_sup&agentId=u_agent'))).toEqual(['c4']);
        expect(ids(await list(`?participant=u_agent&from=${at(hour)}`))).toEqual(['c4', 'c2']);
        const first = await list('?participant=u_agent&limit=2');
        expect(ids(first)).toEqual(['c4', 'c2']);
        expect(ids(await list(`?participant=u_agent&limit=2&cursor=${first.nextCursor}`))).toEqual(['c1']);
        expect(ids(await list('?participant=u_admin'))).toEqual([]);
        // Without participant, nobody gets participation details.
        expect((await list()).items[0]).not.toHaveProperty('participation');
      });

      it('lets an agent ask for themself only, and then read the calls they missed or passed on', async () => {
        await transferToAgent();
        expect(ids(await list('?participant=u_agent', ws.tokens.agent))).toEqual(['c4', 'c2', 'c1']);
        const other = await server.request('GET', url('?participant=u_sup'), { token: ws.tokens.agent });
        expect(other.status).toBe(403);
        expect(other.body.error).toMatchObject({ code: 'forbidden', field: 'participant' });
        expect((await server.request('GET', url('/c2'), { token: ws.tokens.agent })).status).toBe(200);
        // The supervisor sees everything anyway; an agent never rung on c3 still may not read it.
        expect((await server.request('GET', url('/c3'), { token: ws.tokens.agent })).status).toBe(403);
      });
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'GET', path: '/calls', role: 'agent' });
    });

    it('refuses bad filters, naming the field', async () => {
      const bad = (query: string, field: string) =>
        expectInvalid(server, ws, { method: 'GET', path: `/calls${query}` }, field);
      await bad('?from=yesterday', 'from');
      await bad('?to=2026-01-05', 'to');
      await bad(`?from=${at(hour)}&to=${at(0)}`, 'to');
      await bad('?limit=0', 'limit');
      await bad('?limit=201', 'limit');
      await bad('?limit=ten', 'limit');
      await bad('?outcome=lost', 'outcome');
      await bad('?cursor=not-a-cursor', 'cursor');
      await bad('?numberId=n%20main', 'numberId');
      await bad('?status=lost', 'status');
      await bad('?direction=sideways', 'direction');
      await bad('?phone=12', 'phone');
      await bad('?participant=u%20x', 'participant');
    });
  });

  describe('GET /calls/:id', () => {
    it('V18: returns an ended call with its complete, ordered history', async () => {
      const response = await server.request('GET', url('/c1'), { token: ws.tokens.supervisor });
      expect(response.status).toBe(200);
      const call = response.body;
      expect(call).toMatchObject({ id: 'c1', status: 'ended', outcome: 'answered', agentId: 'u_agent' });
      expect(call).not.toHaveProperty('live');
      const seqs = call.history.map((event: { seq: number }) => event.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(call.history.map((event: { type: string }) => event.type)).toEqual([
        'call.received',
        'call.routed',
        'call.leg_ringing',
        'call.leg_answered',
        'call.leg_ended',
        'call.leg_ended',
        'call.ended',
      ]);
      expect(call.history[0]).toMatchObject({
        at: at(0),
        data: { callId: 'c1', numberId: 'n_main', from: '+34600111222', customerLegId: 'c1.0' },
      });
      expect(call.history[2].data).toMatchObject({ legId: 'c1.1', userId: 'u_agent' });
      expect(call.history[3]).toMatchObject({ at: at(5_000), data: { legId: 'c1.1', userId: 'u_agent' } });
      expect(call.history.at(-1)).toMatchObject({
        at: at(5_000 + minute),
        data: { outcome: 'answered', endedBy: 'customer' },
      });
    });

    it('returns a live call with its legs in ringing order', async () => {
      const response = await server.request('GET', url('/c3'), { token: ws.tokens.admin });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: 'c3', status: 'connected', agentId: 'u_sup' });
      expect(response.body.live).toEqual({
        phase: 'connected',
        startedAt: at(2 * hour),
        answeredAt: at(2 * hour + 3_000),
        agentId: 'u_sup',
        legs: [
          {
            id: 'c3.0',
            party: 'customer',
            number: '+34600111222',
            status: 'connected',
            startedAt: at(2 * hour),
          },
          { id: 'c3.1', party: 'agent', userId: 'u_sup', status: 'connected', startedAt: at(2 * hour) },
        ],
      });
      expect(response.body.history.at(-1)).toMatchObject({
        type: 'call.leg_answered',
        data: { legId: 'c3.1' },
      });
    });

    it('lets an agent read a call they answered, not one they did not', async () => {
      expect((await server.request('GET', url('/c1'), { token: ws.tokens.agent })).status).toBe(200);
      const other = await server.request('GET', url('/c3'), { token: ws.tokens.agent });
      expect(other.status).toBe(403);
    });

    it('answers 404 for a call that does not exist', async () => {
      const response = await server.request('GET', url('/c9'), { token: ws.tokens.admin });
      expect(response.status).toBe(404);
      expect(response.body.error.field).toBe('callId');
    });

    it('keeps the access rules', async () => {
      await expectGuarded(server, ws, { method: 'GET', path: '/calls/c1', role: 'agent' });
    });

    it('refuses a malformed id or an unknown query field (400)', async () => {
      await expectInvalid(server, ws, { method: 'GET', path: '/calls/c%201' }, 'callId');
      await expectInvalid(server, ws, { method: 'GET', path: '/calls/c1?history=false' }, 'history');
    });
  });
});
