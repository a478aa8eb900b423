import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSwitchboard, type Switchboard } from '../../src/server/switchboard.ts';
import { type Baresip, runSipp, sipPeers, startBaresip, until } from './support/peers.ts';
import { testPlane } from './support/plane.ts';

const peers = sipPeers();
const scenario = (name: string) => fileURLToPath(new URL(`./scenarios/${name}.xml`, import.meta.url));
const number = '+34910000001';

describe.skipIf(!peers.available)('SIP: real calls from a carrier to a registered phone (S1, S2, S5)', () => {
  let server: Switchboard;
  let agent: Baresip;
  let admin: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of every shape.
  const api = async (method: string, url: string, body?: unknown): Promise<{ status: number; body: any }> => {
    const response = await server.app.inject({
      method: method as 'GET',
      url: `/v1/workspaces/acme${url}`,
      headers: { authorization: `Bearer ${admin}` },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
  };

  beforeAll(async () => {
    const { plane } = await testPlane();
    server = await openSwitchboard({
      dbPath: join(mkdtempSync(join(tmpdir(), 'sb-sip-')), 'switchboard.db'),
      clock: 'system',
      logger: false,
      sip: { listen: { host: '127.0.0.1', port: 0 }, plane },
    });
    admin = server.adminToken!;
    await server.app.inject({
      method: 'POST',
      url: '/v1/workspaces',
      headers: { authorization: `Bearer ${admin}` },
      payload: { id: 'acme', name: 'Acme', plan: 'business' },
    });
    const ann = { id: 'u_ann', name: 'Ann Agent', email: 'ann@acme.test', role: 'agent' };
    expect((await api('POST', '/users', ann)).status).toBe(201);
    expect((await api('PUT', '/users/u_ann/presence', { presence: 'online' })).status).toBe(200);
    expect((await api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' })).status).toBe(201);
    expect((await api('PUT', '/sip/trunk', { allowedSources: ['127.0.0.1'] })).status).toBe(200);
    expect(
      (await api('PUT', '/users/u_ann/sip', { username: 'ann', password: 'ann-secret-1' })).body,
    ).toMatchObject({
      username: 'ann',
      registered: false,
    });
    agent = await startBaresip({ username: 'ann', password: 'ann-secret-1', registrar: server.sip!.port });
    await until('baresip to register', async () =>
      (await api('GET', '/users/u_ann/sip')).body.registered ? true : undefined,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${agent.output()}`);
    });
  }, 30_000);

  afterAll(async () => {
    await agent?.stop();
    await server?.close();
  });

  it('S1: SIPp calls the number, the registered phone rings and answers; history reads received → ringing → answered → ended', async () => {
    const run = await runSipp([
      '-sf',
      scenario('caller'),
      '-s',
      number,
      `127.0.0.1:${server.sip!.port}`,
      '-m',
      '1',
    ]);
    expect(run.code, run.output).toBe(0);
    const calls = await until('the call to end', async () => {
      const list = await api('GET', '/calls');
      return list.body.items?.find((call: { endedAt?: string }) => call.endedAt);
    });
    const detail = await api('GET', `/calls/${calls.id}`);
    const types = detail.body.history.map((entry: { type: string }) => entry.type);
    const order = ['call.received', 'call.leg_ringing', 'call.leg_answered', 'call.ended'];
    expect(
      order
        .map((type) => types.indexOf(type))
        .every((at, i, all) => at >= 0 && (i === 0 || at > all[i - 1]!)),
    ).toBe(true);
    expect(
      detail.body.history.find((entry: { type: string }) => entry.type === 'call.leg_answered').data.userId,
    ).toBe('u_ann');
    expect(agent.output()).toMatch(/answer|established/i);
  }, 40_000);
});
