import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VirtualClock } from '../../src/runtime/clock.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';
import { VoiceDriver } from '../support/voice.ts';

/** Regression tests for issue 12 items 1–5, 12 and 16, through the HTTP API. */

const prototypeNames = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

let v: VoiceDriver;
let server: TestServer;
let admin: string;
const base = '/v1/workspaces/acme';

beforeAll(async () => {
  v = await VoiceDriver.start();
  server = v.server;
  admin = v.ws.tokens.admin;
});
afterAll(() => v.close());

/** `token` null: anonymous. */
const send = (method: string, url: string, payload?: string, token: string | null = admin) =>
  server.app
    .inject({
      method: method as 'GET',
      url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(payload === undefined ? {} : { payload }),
    })
    .then((response) => ({
      status: response.statusCode,
      body: response.body ? JSON.parse(response.body) : undefined,
    }));

const version = () => server.runtime.state('acme')!.version;

describe('item 2: ids that are Object.prototype property names', () => {
  it('GET, PATCH and actions on such ids answer 404 naming the field, never 500', async () => {
    for (const url of [
      `${base}/users/constructor`,
      `${base}/departments/__proto__`,
      `${base}/numbers/toString`,
      `${base}/groups/hasOwnProperty`,
      `${base}/contacts/valueOf`,
    ]) {
      const response = await send('GET', url);
      expect(response.status, url).toBe(404);
      expect(response.body.error.field).toBeDefined();
    }
    const before = version();
    for (const [method, url, body] of [
      ['POST', `${base}/sim/calls/constructor/answer`, undefined],
      ['POST', `${base}/workflows/constructor/publish`, undefined],
      ['PATCH', `${base}/groups/__proto__`, '{"name":"x"}'],
      ['PATCH', `${base}/contacts/__proto__`, '{"name":"x"}'],
    ] as const) {
      const response = await send(method, url, body);
      expect(response.status, `${method} ${url}: ${JSON.stringify(response.body)}`).toBe(404);
    }
    expect(version()).toBe(before);
  });

  it('a user, a contact and a department may be called constructor or __proto__', async () => {
    for (const id of ['constructor', '__proto__']) {
      const user = await v.ok(
        'POST',
        '/users',
        {
          id,
          name: `User ${id}`,
          email: `${id.replaceAll('_', '')}@acme.test`,
          role: 'agent',
        },
        201,
      );
      expect(user.id).toBe(id);
      expect((await v.ok('GET', `/users/${id}`)).name).toBe(`User ${id}`);
      await v.ok('POST', '/contacts', { id, name: 'Kim', company: '__proto__' }, 201);
      await v.ok('POST', '/departments', { id, name: `Dept ${id}`, memberIds: [id] }, 201);
      expect((await v.ok('GET', `/departments/${id}`)).memberIds).toEqual([id]);
    }
  });

  it('property: every id-taking route given a prototype name answers 404 or a valid answer, never 5xx', async () => {
    const spec = (await send('GET', '/openapi.json')).body;
    const routes: Array<{ method: string; path: string; params: string[] }> = [];
    for (const [path, methods] of Object.entries<
      Record<string, { parameters?: Array<{ in: string; name: string }> }>
    >(spec.paths))
      for (const [method, operation] of Object.entries(methods)) {
        const params = (operation.parameters ?? []).filter(
          (p) => p.in === 'path' && p.name !== 'workspaceId',
        );
        if (params.length > 0 && !path.endsWith('/stream'))
          routes.push({ method: method.toUpperCase(), path, params: params.map((p) => p.name) });
      }
    expect(routes.length).toBeGreaterThan(40);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.constantFrom(...prototypeNames),
        fc.constantFrom('constructor', '__proto__', 'toString', 'nope'),
        async (route, name, other) => {
          let url = route.path.replace('{workspaceId}', 'acme');
          route.params.forEach((param, i) => {
            url = url.replace(`{${param}}`, encodeURIComponent(i === 0 ? name : other));
          });
          const response = await send(
            route.method,
            url,
            route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
          );
          expect(response.status, `${route.method} ${url}: ${JSON.stringify(response.body)}`).toBeLessThan(
            500,
          );
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });
});

describe('item 3: numbers that are not finite, and no array-to-scalar coercion', () => {
  it('refuses Infinity and 1e999 in bodies and querystrings, naming the field; the clock does not move', async () => {
    const clock = server.clock.now();
    for (const payload of ['{"ms":"Infinity"}', '{"ms":"1e999"}', '{"ms":1e999}']) {
      const response = await send('POST', '/v1/clock/advance', payload, server.adminToken);
      expect(response.status, payload).toBe(400);
      expect(response.body.error.field).toBe('ms');
    }
    expect(server.clock.now()).toBe(clock);
    for (const url of [
      `${base}/calls?limit=1e999`,
      `${base}/conversations?limit=Infinity`,
      `${base}/voicemails?limit=1e999`,
      `${base}/history/user/u_agent?limit=1e999`,
      `${base}/wallboard?serviceLevelSec=1e999`,
    ]) {
      const response = await send('GET', url);
      expect(response.status, `${url}: ${JSON.stringify(response.body)}`).toBe(400);
      expect(response.body.error.field, url).toBeDefined();
    }
  });

  it('a one-item array is not a string', async () => {
    const before = version();
    for (const payload of [
      '{"id":"k_arr","name":["x"]}',
      '{"id":"k_arr","name":"Kim","company":["__proto__"]}',
    ]) {
      const response = await send('POST', `${base}/contacts`, payload);
      expect(response.status, payload).toBe(400);
      expect(response.body.error.field).toMatch(/^(name|company)$/);
    }
    expect(version()).toBe(before);
  });
});

describe('item 4: deep JSON', () => {
  it('a body nested 100,000 deep gets 400, on PUT /config and on any route', async () => {
    const deep = `{"workspace":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    for (const [method, url] of [
      ['PUT', `${base}/config`],
      ['POST', `${base}/contacts`],
      ['POST', '/v1/sessions'],
    ] as const) {
      const response = await send(method, url, deep);
      expect(response.status, url).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'validation', field: 'body' });
    }
  });
});

describe('item 5: an unexpected error', () => {
  it('answers 500 with a request id and never the exception text', async () => {
    const store = server.store as unknown as { listCalls: (...args: unknown[]) => unknown };
    const listCalls = store.listCalls;
    store.listCalls = () => {
      throw new Error('SQLITE_CORRUPT: secret table layout');
    };
    try {
      const response = await send('GET', `${base}/calls`);
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        error: { code: 'internal', message: 'internal error', requestId: expect.any(String) },
      });
    } finally {
      store.listCalls = listCalls;
    }
  });
});

describe('item 12: an anonymous request learns nothing of the schema', () => {
  it('anonymous and malformed: 401 with no field; signed in and malformed: 400 naming the field', async () => {
    const malformed = '{"id":"u_x","name":42,"email":"x","role":"wizard","zzz":1}';
    const anonymous = await send('POST', `${base}/users`, malformed, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthorized');
    expect(anonymous.body.error.field).toBeUndefined();
    expect(JSON.stringify(anonymous.body)).not.toMatch(/name|email|role|zzz|must/);
    const badQuery = await send('GET', `${base}/calls?limit=nope`, undefined, null);
    expect(badQuery.status).toBe(401);
    const notJson = await send('POST', `${base}/users`, '{"name":', null);
    expect(notJson.status).toBe(401);
    const signedIn = await send('POST', `${base}/users`, malformed);
    expect(signedIn.status).toBe(400);
    expect(signedIn.body.error.field).toMatch(/^(name|email|role|zzz)$/);
  });

  it('public routes still validate for anyone: log-in and the web-chat widget', async () => {
    const login = await send('POST', '/v1/sessions', '{"email":1}', null);
    expect(login.status).toBe(400);
  });
});

describe('item 16: actions that take no fields', () => {
  it('hold and resume take no body, or an empty one', async () => {
    await v.online('u_agent');
    const callId = await v.place();
    await v.answer('u_agent');
    const agent = v.ws.tokens.agent;
    const hold = await send('POST', `${base}/calls/${callId}/hold`, undefined, agent);
    expect(hold.status, JSON.stringify(hold.body)).toBe(204);
    const resume = await send('POST', `${base}/calls/${callId}/resume`, '', agent);
    expect(resume.status, JSON.stringify(resume.body)).toBe(204);
    await v.hangUp(callId);
  });

  it('every operation whose body has no required field accepts no body and an empty one', async () => {
    const spec = (await send('GET', '/openapi.json')).body;
    let checked = 0;
    for (const [path, methods] of Object.entries<
      Record<string, { requestBody?: { content?: Record<string, { schema?: { required?: string[] } }> } }>
    >(spec.paths))
      for (const [method, operation] of Object.entries(methods)) {
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        if (!schema || schema.required?.length) continue;
        const url = path.replace('{workspaceId}', 'acme').replace(/\{\w+\}/g, 'nope');
        for (const payload of [undefined, '']) {
          const response = await send(method.toUpperCase(), url, payload);
          expect(response.status, `${method} ${path}`).toBeLessThan(500);
          expect(response.body?.error?.message ?? '', `${method} ${path}`).not.toMatch(
            /body must be object|empty/i,
          );
        }
        checked++;
      }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('Done means: after refused or failed commands the workspace still accepts writes, also after a restart', () => {
  it('its event sequence has no gap', async () => {
    const own = await startTestServer();
    const { tokens } = await seedWorkspace(own, 'beta');
    const url = '/v1/workspaces/beta';
    const refused: Array<[string, string, unknown]> = [
      ['PATCH', `${url}/groups/__proto__`, { name: 'x' }],
      ['PATCH', `${url}/contacts/__proto__`, { name: 'x' }],
      ['POST', `${url}/contacts`, { id: 'k1', name: 'Kim', company: ['__proto__'] }],
      ['POST', `${url}/users`, { id: 'u_agent', name: 'Dup', email: 'dup@beta.test', role: 'agent' }],
      ['POST', `${url}/sim/calls/constructor/answer`, undefined],
      ['POST', `${url}/workflows/constructor/publish`, undefined],
    ];
    const write = async (server: TestServer, id: string) => {
      for (const [method, path, body] of refused)
        expect((await server.request(method, path, { token: tokens.admin, body })).status).toBeLessThan(500);
      const created = await server.request('POST', `${url}/contacts`, {
        token: tokens.admin,
        body: { id, name: `Contact ${id}` },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    };
    await write(own, 'k_before');
    const clock = own.clock as VirtualClock;
    await own.close();

    const again = await startTestServer({ dir: own.dir, clock });
    await write(again, 'k_after');
    await write(again, 'k_after2');
    const seqs = (await again.store.loadEvents('beta', 0)).map((stored) => stored.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    await again.close();
  });
});
