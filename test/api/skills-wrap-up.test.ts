import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';
import { expectGuarded, expectInvalid, type Seeded } from './access.ts';

let server: TestServer;
let ws: Seeded;

/** One server for the file: a number n1 all three users answer, Alex online. */
beforeAll(async () => {
  server = await startTestServer();
  ws = await seedWorkspace(server);
  await server.runtime.execute('acme', {
    type: 'number.add',
    numberId: 'n1',
    e164: '+34911234567',
    kind: 'sip',
    settings: { strategy: 'sequential' },
  });
  await server.runtime.execute('acme', { type: 'presence.set', userId: 'u_agent', presence: 'online' });
});
afterAll(async () => server.close());

const rules = (path = '') => `/v1/workspaces/acme/routing-rules${path}`;

describe('R1/R2 API: skills, requirements and wrap-up', () => {
  it('R1: an admin sets an agent’s skills; they show on the user', async () => {
    const response = await server.request('PATCH', '/v1/workspaces/acme/users/u_agent', {
      token: ws.tokens.admin,
      body: { skills: [{ skill: 'Spanish', level: 4 }] },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.skills).toEqual([{ skill: 'spanish', level: 4 }]);
    await expectInvalid(
      server,
      ws,
      { method: 'PATCH', path: '/users/u_agent', body: { skills: [{ skill: 'spanish', level: 9 }] } },
      'skills[0].level',
    );
  });

  it('R1/R2: an admin sets a number’s requirements and wrap-up; everyone reads them', async () => {
    const body = {
      skills: [{ skill: 'spanish', minLevel: 3, relax: { afterSec: 60, minLevel: 1 } }],
      wrapUpSec: 30,
    };
    const put = await server.request('PUT', rules('/number/n1'), { token: ws.tokens.admin, body });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toEqual({ kind: 'number', id: 'n1', ...body });
    const list = await server.request('GET', rules(), { token: ws.tokens.agent });
    expect(list.body.items).toEqual([{ kind: 'number', id: 'n1', ...body }]);
    const one = await server.request('GET', rules('/number/n1'), { token: ws.tokens.agent });
    expect(one.body).toEqual(put.body);
  });

  it('R1/R2: routing rules keep the access rules, and bad input names the field and changes nothing', async () => {
    await expectGuarded(server, ws, {
      method: 'PUT',
      path: '/routing-rules/number/n1',
      body: {},
      role: 'admin',
    });
    await expectGuarded(server, ws, { method: 'GET', path: '/routing-rules', role: 'agent' });
    await expectInvalid(
      server,
      ws,
      { method: 'PUT', path: '/routing-rules/number/n1', body: { wrapUpSec: -1 } },
      'wrapUpSec',
    );
    await expectInvalid(
      server,
      ws,
      {
        method: 'PUT',
        path: '/routing-rules/number/n1',
        body: { skills: [{ skill: 'spanish', minLevel: 2, relax: { afterSec: 10, minLevel: 3 } }] },
      },
      'skills[0].relax.minLevel',
    );
    const missing = await server.request('PUT', rules('/group/nope'), { token: ws.tokens.admin, body: {} });
    expect(missing.status).toBe(404);
    expect(missing.body.error.field).toBe('target.id');
  });

  it('R2: after a call the agent is in wrap-up; they extend it once and end it early, only their own', async () => {
    await server.runtime.execute('acme', {
      type: 'call.inbound',
      callId: 'c1',
      from: '+34600999888',
      to: '+34911234567',
    });
    const ringing = () =>
      [...server.runtime.state('acme')!.calls.get('c1')!.legs.values()].find((leg) => leg.party === 'agent')!;
    expect(ringing().userId).toBe('u_agent');
    await server.runtime.execute('acme', { type: 'call.answer_leg', callId: 'c1', legId: ringing().id });
    await server.runtime.execute('acme', { type: 'call.hangup_leg', callId: 'c1', legId: ringing().id });
    const me = await server.request('GET', '/v1/workspaces/acme/users/u_agent', { token: ws.tokens.agent });
    expect(me.body.wrapUp.voice).toMatchObject({ seconds: 30, extended: false });
    const wrapUp = (action: string, token: string, userId = 'u_agent', channel = 'voice') =>
      server.request('POST', `/v1/workspaces/acme/users/${userId}/wrap-up/${action}`, {
        token,
        body: { channel },
      });
    const notMine = await wrapUp('end', ws.tokens.agent, 'u_sup');
    expect(notMine.status).toBe(403);
    const extended = await wrapUp('extend', ws.tokens.agent);
    expect(extended.status).toBe(200);
    expect(extended.body.wrapUp.voice).toMatchObject({ extended: true });
    expect(Date.parse(extended.body.wrapUp.voice.until) - Date.parse(me.body.wrapUp.voice.until)).toBe(
      30_000,
    );
    const again = await wrapUp('extend', ws.tokens.agent);
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('channel');
    await expectInvalid(
      server,
      ws,
      { method: 'POST', path: '/users/u_agent/wrap-up/end', body: { channel: 'fax' } },
      'channel',
    );
    const ended = await wrapUp('end', ws.tokens.agent);
    expect(ended.status).toBe(200);
    expect(ended.body.wrapUp).toBeUndefined();
  });
});
