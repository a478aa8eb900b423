import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

/**
 * Issue 12, "Done means": malformed and hostile requests to every operation in /openapi.json,
 * as an admin of a seeded workspace. No answer is a 5xx, every 400 names the field at fault,
 * and no refused request changes the workspace's event sequence. Cases are dealt round-robin
 * across operations (every operation gets its first cases), in a seeded order, within a budget.
 */

const budgetMs = 45_000;
const seed = 12;

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  $ref?: string;
}

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  query: Record<string, Schema>;
  body?: Schema;
}

interface Case {
  operation: Operation;
  what: string;
  url: string;
  /** Raw JSON text (so 1e999 and 100,000-deep bodies can be sent), or undefined for no body. */
  payload?: string;
  contentType?: string;
  /** The field the case spoils, when there is one: a 400 must name a field. */
  expectsField: boolean;
}

const prototypeNames = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];
const hostileIds = [...prototypeNames, 'x'.repeat(101), 'a b', '..', '%00', 'é', '-', '0'];

/** Values of every wrong kind for a field of the given schema. */
function hostileValues(schema: Schema): string[] {
  const type = typeOf(schema);
  const common = ['null', '{}', '[]', '{"__proto__":{"polluted":1}}', `"${'x'.repeat(5000)}"`];
  switch (type) {
    case 'integer':
    case 'number':
      return [
        '"Infinity"',
        '"1e999"',
        '1e999',
        '-1e999',
        '"NaN"',
        '1.5',
        '-1',
        '9007199254740993',
        '[1]',
        '"12"',
        ...common,
      ];
    case 'boolean':
      return ['"yes"', '[true]', '2', '"true"', ...common];
    case 'array':
      return ['"x"', '[null]', '[{}]', '[[[]]]', '1e999', ...common];
    case 'object':
      return ['"x"', '1', '[{}]', '{"constructor":{"prototype":{"x":1}}}', ...common];
    default:
      return ['["x"]', '["__proto__"]', '1e999', '{"a":1}', '"__proto__"', '"constructor"', '""', ...common];
  }
}

const hostileQueryValues = [
  'Infinity',
  '1e999',
  '-1e999',
  'NaN',
  '-1',
  '1.5',
  '__proto__',
  'constructor',
  '',
  'x'.repeat(2000),
];

function typeOf(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((type) => type !== 'null');
  if (schema.type) return schema.type;
  const branch = (schema.anyOf ?? schema.oneOf)?.find((item) => item.type !== 'null');
  return branch ? typeOf(branch) : undefined;
}

function operationsOf(spec: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths))
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = operation.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries(
          parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}]),
        ),
        body: operation.requestBody?.content?.['application/json']?.schema,
      });
    }
  return operations;
}

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string; schema?: Schema }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

/** Some operations would end the fuzzer's own session or never answer an HTTP request. */
const skipped = (operation: Operation) =>
  (operation.method === 'DELETE' && operation.path === '/v1/sessions/current') ||
  operation.path.endsWith('/stream');

function urlOf(operation: Operation, ids: Record<string, string>, query = ''): string {
  let url = operation.path;
  for (const name of operation.pathParams)
    url = url.replace(`{${name}}`, encodeURIComponent(ids[name] ?? 'nope'));
  return query ? `${url}?${query}` : url;
}

/** A body with every required field present (plausible values), to spoil one at a time. */
function baseBody(schema: Schema): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const field = schema.properties?.[name] ?? {};
    const type = typeOf(field);
    body[name] =
      field.enum?.[0] ??
      (type === 'integer' || type === 'number'
        ? 1
        : type === 'boolean'
          ? true
          : type === 'array'
            ? []
            : type === 'object'
              ? {}
              : 'x');
  }
  return body;
}

function casesOf(operation: Operation, workspaceId: string): Case[] {
  const valid = { workspaceId };
  const cases: Case[] = [];
  const add = (what: string, url: string, expectsField: boolean, payload?: string, contentType?: string) =>
    cases.push({ operation, what, url, payload, contentType, expectsField });
  const bodyText = operation.body ? '{}' : undefined;
  for (const name of operation.pathParams)
    for (const id of hostileIds)
      add(`path ${name}=${id}`, urlOf(operation, { ...valid, [name]: id }), false, bodyText);
  for (const [name, schema] of Object.entries(operation.query)) {
    if (name === 'token') continue;
    for (const value of hostileQueryValues)
      add(
        `query ${name}=${value.slice(0, 20)}`,
        urlOf(operation, valid, `${name}=${encodeURIComponent(value)}`),
        value !== '' && typeOf(schema) !== 'string',
        bodyText,
      );
    add(`query ${name} twice`, urlOf(operation, valid, `${name}=1&${name}=2`), false, bodyText);
  }
  add('unknown query field', urlOf(operation, valid, 'zzz=1'), true, bodyText);
  if (!operation.body) return cases;
  const url = urlOf(operation, valid);
  for (const raw of [
    'null',
    '[]',
    '"x"',
    '1e999',
    '{',
    '{"__proto__":{"x":1}}',
    '{"constructor":{"prototype":{"x":1}}}',
  ])
    add(`body ${raw}`, url, false, raw);
  add('body 100,000 deep', url, true, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  add('body 100,000 deep object', url, true, `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
  add('empty body with a JSON content type', url, false, '', 'application/json');
  add('no body', url, false);
  add('unknown body field', url, true, JSON.stringify({ ...baseBody(operation.body), zzz: 1 }));
  for (const [name, schema] of Object.entries(operation.body.properties ?? {}))
    for (const value of hostileValues(schema)) {
      const { [name]: _spoiled, ...others } = baseBody(operation.body);
      const rest = JSON.stringify(others).slice(1, -1);
      // Raw text, so that 1e999 reaches the server as written.
      const payload = `{${JSON.stringify(name)}:${value}${rest ? `,${rest}` : ''}}`;
      add(`body ${name}=${value.slice(0, 30)}`, url, true, payload);
    }
  return cases;
}

/** Deterministic shuffle (mulberry32): the same seed replays the same run. */
function shuffled<T>(items: T[], seedValue: number): T[] {
  let state = seedValue;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Case i of every operation before case i + 1 of any. */
function roundRobin(lists: Case[][]): Case[] {
  const dealt: Case[] = [];
  for (let i = 0; lists.some((list) => i < list.length); i++)
    for (const list of lists) if (i < list.length) dealt.push(list[i]!);
  return dealt;
}

describe('fuzz: every operation of /openapi.json (issue 12)', () => {
  let server: TestServer;
  let token: string;
  const workspaceId = 'acme';

  beforeAll(async () => {
    server = await startTestServer();
    ({
      tokens: { admin: token },
    } = await seedWorkspace(server, workspaceId));
  });
  afterAll(() => server.close());

  it('answers no 5xx, names the field of every 400, and changes nothing when it refuses', async () => {
    const spec = (await server.request('GET', '/openapi.json', { token })).body;
    const operations = operationsOf(spec).filter((operation) => !skipped(operation));
    expect(operations.length).toBeGreaterThan(80);
    const cases = roundRobin(
      operations.map((operation, i) => shuffled(casesOf(operation, workspaceId), seed + i)),
    );
    const deadline = Date.now() + budgetMs;
    const failures: string[] = [];
    let sent = 0;
    const statuses: Record<number, number> = {};
    for (const kase of cases) {
      if (Date.now() > deadline) break;
      const version = server.runtime.state(workspaceId)?.version;
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (kase.payload !== undefined) headers['content-type'] = kase.contentType ?? 'application/json';
      const response = await server.app.inject({
        method: kase.operation.method as 'GET',
        url: kase.url,
        headers,
        ...(kase.payload === undefined ? {} : { payload: kase.payload }),
      });
      sent++;
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
      const label = `${kase.operation.method} ${kase.operation.path} [${kase.what}] → ${response.statusCode}`;
      if (response.statusCode >= 500) {
        failures.push(`${label} ${response.body.slice(0, 200)}`);
        continue;
      }
      if (response.statusCode < 400) continue;
      const after = server.runtime.state(workspaceId)?.version;
      if (after !== version) failures.push(`${label}: refused, but the sequence moved ${version} → ${after}`);
      const body = String(response.headers['content-type']).includes('json')
        ? JSON.parse(response.body)
        : undefined;
      if (typeof body?.error?.code !== 'string' || typeof body.error.message !== 'string')
        failures.push(`${label}: no error envelope ${response.body.slice(0, 200)}`);
      else if (response.statusCode === 400 && kase.expectsField && !body.error.field)
        failures.push(`${label}: names no field: ${body.error.message}`);
    }
    if (process.env.FUZZ_REPORT) console.log({ sent, of: cases.length, statuses });
    expect(failures).toEqual([]);
    // The budget must reach every operation's first cases at least.
    expect(sent).toBeGreaterThanOrEqual(operations.length * 3);
  }, 120_000);
});
