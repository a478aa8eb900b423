import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Presence } from '../../src/domain/presence.ts';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';
import { expectGuarded, expectInvalid, type Seeded } from './access.ts';

let server: TestServer;
let ws: Seeded;

const second = 1_000;
const hour = 3_600_000;
const day = 24 * hour;
/**
 * 08:00 UTC of the day a test runs on: the file's tests share one server and its virtual clock,
 * so each test starts on a day of its own, at 08:00 (the first on 5 January); the workspace's
 * time zone decides when today began.
 */
let t0 = 0;
const at = (ms: number) => new Date(t0 + ms).toISOString();

const execute = (command: Parameters<TestServer['runtime']['execute']>[1]) =>
  server.runtime.execute(ws.workspaceId, command);
const setPresence = (userId: string, presence: Presence) =>
  execute({ type: 'presence.set', userId, presence });

const board = async (query = '', token = ws.tokens.supervisor) => {
  const response = await server.request('GET', `/v1/workspaces/${ws.workspaceId}/wallboard${query}`, {
    token,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
};

// One server for the file, a fresh workspace per test (workspaces share nothing).
beforeAll(async () => {
  server = await startTestServer();
});
beforeEach(async () => {
  const now = server.clock.now();
  const morning = Math.floor(now / day) * day + 8 * hour;
  await server.runtime.advance((morning >= now ? morning : morning + day) - now);
  t0 = server.clock.now();
  ws = await seedWorkspace(server, freshWorkspaceId());
  await execute({ type: 'number.add', numberId: 'n_main', e164: '+34911234567', kind: 'rented' });
});
afterAll(async () => server.close());

describe('wallboard API', () => {
  it('an empty day: nobody waiting, everyone offline, no service level yet', async () => {
    const body = await board();
    expect(body).toMatchObject({
      now: at(0),
      serviceLevelSec: 20,
      calls: { waiting: [], connected: 0 },
      chats: { waiting: [], open: 0 },
      today: { offered: 0, answered: 0, missed: 0, serviceLevel: null, averageAnswerSec: null },
    });
    expect(body.agents.map((agent: { name: string }) => agent.name)).toEqual([
      'Ada Admin',
      'Alex Agent',
      'Sam Supervisor',
    ]);
    expect(body.agents.every((agent: { presence: string }) => agent.presence === 'offline')).toBe(true);
  });

  it('shows a caller waiting, then counts today’s calls against the service-level threshold', async () => {
    await setPresence('u_agent', 'online');
    await execute({ type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' });
    await server.runtime.advance(5 * second);

    const ringing = await board();
    expect(ringing.calls.waiting).toEqual([
      { callId: 'c1', numberId: 'n_main', from: '+34600111222', phase: 'ringing', since: at(0) },
    ]);
    expect(ringing.agents.find((agent: { userId: string }) => agent.userId === 'u_agent')).toMatchObject({
      presence: 'online',
      onCall: false,
    });

    // Answered within 20 s: on time.
    await execute({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' });
    const talking = await board();
    expect(talking.calls).toEqual({ waiting: [], connected: 1 });
    expect(talking.agents.find((agent: { userId: string }) => agent.userId === 'u_agent').onCall).toBe(true);
    await execute({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.0' });

    // Answered after 25 s: late.
    await server.runtime.advance(hour);
    await execute({ type: 'call.inbound', callId: 'c2', from: '+34600111333', to: '+34911234567' });
    await server.runtime.advance(25 * second);
    await execute({ type: 'call.answer_leg', callId: 'c2', legId: 'c2.1' });
    await execute({ type: 'call.hangup_leg', callId: 'c2', legId: 'c2.0' });

    // The caller gives up while ringing: missed.
    await execute({ type: 'call.inbound', callId: 'c3', from: '+34600111444', to: '+34911234567' });
    await server.runtime.advance(3 * second);
    await execute({ type: 'call.hangup_leg', callId: 'c3', legId: 'c3.0' });

    const { today } = await board();
    expect(today).toMatchObject({
      offered: 3,
      answered: 2,
      answeredWithinThreshold: 1,
      missed: 1,
      forwarded: 0,
      serviceLevel: 1 / 3,
      averageAnswerSec: 15,
    });
    // The workspace is on UTC: today began at midnight, 08:00 and 09:00 had calls.
    expect(today.since).toBe(at(-8 * hour));
    expect(today.byHour).toHaveLength(10);
    expect(today.byHour[8]).toEqual({ hour: 8, answered: 1, missed: 0 });
    expect(today.byHour[9]).toEqual({ hour: 9, answered: 1, missed: 1 });

    // A longer threshold puts the 25-second answer on time.
    expect((await board('?serviceLevelSec=30')).today.serviceLevel).toBe(2 / 3);
  });

  it('shows chats waiting in a department queue, and open ones by agent', async () => {
    const admin = (method: string, path: string, body: unknown, token = ws.tokens.admin) =>
      server.request(method, `/v1/workspaces/${ws.workspaceId}${path}`, { token, body });
    await admin('POST', '/departments', { id: 'support', name: 'Support', memberIds: ['u_agent'] });
    const key = (await admin('POST', '/api-keys', { name: 'web chat', role: 'agent' })).body.token;
    const write = (address: string) =>
      admin(
        'POST',
        '/channels/webchat/messages',
        { contact: { address }, channelMessageId: address, text: 'Hello', departmentId: 'support' },
        key,
      );
    await write('visitor-1');
    await server.runtime.advance(30 * second);
    await write('visitor-2');
    const queued = await board();
    expect(queued.chats.waiting).toMatchObject([
      { channel: 'webchat', departmentId: 'support', status: 'queued', since: at(0) },
      { channel: 'webchat', departmentId: 'support', status: 'queued', since: at(30 * second) },
    ]);
    expect(queued.chats.open).toBe(0);

    // Alex comes online and the queue drains to them.
    await setPresence('u_agent', 'online');
    const taken = await board();
    expect(taken.chats.waiting).toEqual([]);
    expect(taken.chats.open).toBe(2);
    expect(taken.agents.find((agent: { userId: string }) => agent.userId === 'u_agent').openChats).toBe(2);
  });

  it('agents may read it, without the callers’ numbers', async () => {
    await setPresence('u_sup', 'online');
    await execute({ type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' });
    const body = await board('', ws.tokens.agent);
    expect(body.calls.waiting).toEqual([
      { callId: 'c1', numberId: 'n_main', phase: 'ringing', since: at(0) },
    ]);
  });

  it('keeps the access rules and refuses a bad threshold', async () => {
    await expectGuarded(server, ws, { method: 'GET', path: '/wallboard', role: 'agent' });
    await expectInvalid(
      server,
      ws,
      { method: 'GET', path: '/wallboard?serviceLevelSec=0' },
      'serviceLevelSec',
    );
    await expectInvalid(server, ws, { method: 'GET', path: '/wallboard?window=day' }, 'window');
  });
});
