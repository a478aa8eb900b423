import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readRoutes } from '../../src/api/routes.ts';
import {
  type Hello,
  HelloSchema,
  type Reload,
  ReloadSchema,
  type StreamMessage,
  streamMessageSchema,
} from '../../src/api/stream-messages.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let origin: string;
const sockets: WebSocket[] = [];

type Received = StreamMessage | Hello | Reload;

/** A real WebSocket client that records every message, so a test can wait for one. */
function connect(query: string) {
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/v1/stream${query}`);
  sockets.push(socket);
  const messages: Received[] = [];
  const waiters: Array<{ match: (m: Received) => boolean; resolve: (m: Received) => void }> = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Received;
    messages.push(message);
    for (const waiter of [...waiters])
      if (waiter.match(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
  });
  const next = (match: (m: Received) => boolean) => {
    const seen = messages.find(match);
    return seen
      ? Promise.resolve(seen)
      : new Promise<Received>((resolve) => waiters.push({ match, resolve }));
  };
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const close = () => {
    socket.close();
    return closed;
  };
  return { messages, next, close };
}

const api = (method: string, path: string, token: string, body?: unknown) =>
  server.request(method, `/v1/workspaces/${ws.workspaceId}${path}`, { token, body });

const presence = async (userId: string, to: string) =>
  expect((await api('PUT', `/users/${userId}/presence`, ws.tokens.admin, { presence: to })).status).toBe(200);

/** Every message validates against the schema of its name and version; control messages against theirs. */
function expectContract(messages: Received[]) {
  for (const message of messages) {
    const schema =
      message.type === 'hello'
        ? HelloSchema
        : message.type === 'reload'
          ? ReloadSchema
          : streamMessageSchema(message.type);
    expect([...Value.Errors(schema, message)], `${message.type} ${JSON.stringify(message)}`).toEqual([]);
  }
}

beforeAll(async () => {
  server = await startTestServer();
  ws = await seedWorkspace(server);
  const added = await api('POST', '/numbers', ws.tokens.admin, {
    id: 'n_main',
    e164: '+34911234567',
    kind: 'rented',
    assignedUserIds: ['u_agent'],
  });
  expect(added.status).toBe(201);
  origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await server?.close();
});

describe('the stream’s public contract over a real WebSocket (SPEC I4, issue 17)', () => {
  it('an agent’s call arrives as documented public messages (offered, answered, ended), never engine events', async () => {
    await presence('u_agent', 'online');
    const agent = connect(`?token=${ws.tokens.agent}`);
    await agent.next((m) => m.type === 'hello');
    const placed = await api('POST', '/sim/calls', ws.tokens.agent, {
      from: '+34600111222',
      to: '+34911234567',
    });
    expect(placed.status).toBe(201);
    const callId = placed.body.callId as string;
    const offered = await agent.next((m) => m.type === 'call.offered');
    expect(offered).toMatchObject({ version: 1, data: { callId, userId: 'u_agent' } });
    const legId = (offered as Extract<StreamMessage, { type: 'call.offered' }>).data.legId;
    expect((await api('POST', `/sim/legs/${callId}/${legId}/answer`, ws.tokens.agent)).status).toBeLessThan(
      300,
    );
    await agent.next((m) => m.type === 'call.answered');
    expect((await api('POST', `/sim/calls/${callId}/hangup`, ws.tokens.agent)).status).toBeLessThan(300);
    const ended = await agent.next((m) => m.type === 'call.ended');
    expect(ended).toMatchObject({ data: { callId, outcome: 'answered', endedBy: 'customer' } });

    const types = agent.messages.map((m) => m.type);
    expect(types).toContain('call.received');
    expect(types.filter((type) => /leg_|timer\.|routed|rng_/.test(type))).toEqual([]);
    expectContract(agent.messages);
    const seqs = agent.messages.slice(1).map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('a client reconnecting with ?after= gets what it missed, in order, then live messages', async () => {
    const first = connect(`?token=${ws.tokens.supervisor}`);
    await first.next((m) => m.type === 'hello');
    await presence('u_sup', 'online');
    const seen = await first.next((m) => m.type === 'presence.changed' && m.data.userId === 'u_sup');
    await first.close();

    // While it is away: two presence changes and a contact.
    await presence('u_sup', 'pause');
    await presence('u_admin', 'online');
    const contact = await api('POST', '/contacts', ws.tokens.admin, {
      name: 'Lola',
      phones: ['+34600999888'],
    });
    expect(contact.status).toBe(201);

    const again = connect(`?token=${ws.tokens.supervisor}&after=${seen.seq}`);
    const hello = await again.next((m) => m.type === 'hello');
    await again.next((m) => m.type === 'config.changed' && m.data.entity === 'contact');
    await presence('u_sup', 'online');
    await again.next((m) => m.type === 'presence.changed' && m.seq > hello.seq);

    const missed = again.messages.slice(1);
    expect(missed.every((m) => m.seq > seen.seq)).toBe(true);
    expect(
      missed.map((m) => [
        m.type,
        'data' in m && 'userId' in m.data ? m.data.userId : 'data' in m ? m.data : m,
      ]),
    ).toEqual([
      ['presence.changed', 'u_sup'],
      ['presence.changed', 'u_admin'],
      ['config.changed', { entity: 'contact', id: contact.body.id, change: 'created' }],
      ['presence.changed', 'u_sup'],
    ]);
    expect(again.messages.some((m) => m.type === 'reload')).toBe(false);
    expectContract(again.messages);
  });

  it('a client whose ?after= the workspace never reached is told to reload, then follows live', async () => {
    const version = server.runtime.state(ws.workspaceId)!.version;
    const client = connect(`?token=${ws.tokens.supervisor}&after=${version + 1000}`);
    const reload = await client.next((m) => m.type === 'reload');
    expect(client.messages.map((m) => m.type)).toEqual(['hello', 'reload']);
    expect(reload).toEqual({ type: 'reload', seq: version, reason: 'unknown_seq' });
    await presence('u_sup', 'pause');
    await client.next((m) => m.type === 'presence.changed');
    expectContract(client.messages);
  });

  it('the AsyncAPI document is served beside /openapi.json', async () => {
    const response = await server.request('GET', '/asyncapi.json');
    expect(response.status).toBe(200);
    expect(response.body.asyncapi).toBe('3.0.0');
    expect(response.body.channels.stream.address).toBe('/v1/stream');
    expect(Object.keys(response.body.components.messages)).toEqual(
      expect.arrayContaining([
        'hello',
        'reload',
        'call.offered.v1',
        'transfer.received.v1',
        'presence.changed.v1',
      ]),
    );
  });

  it('the console’s typed reads match the schemas /openapi.json gives their routes (issue 17)', async () => {
    const openapi = (await server.request('GET', '/openapi.json')).body;
    /** What a client's types depend on: the fields, which are required, and their kinds. */
    const shape = (schema: Record<string, unknown>): unknown => {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      const items = schema.items as Record<string, unknown> | undefined;
      return {
        type: schema.type,
        required: [...((schema.required as string[]) ?? [])].sort(),
        properties: Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, shape(value)])),
        ...(items ? { items: shape(items) } : {}),
      };
    };
    for (const [route, schema] of Object.entries(readRoutes)) {
      const path = `/v1/workspaces/{workspaceId}${route.replace(/:(\w+)/g, '{$1}')}`;
      const served = openapi.paths[path]?.get?.responses?.['200']?.content?.['application/json']?.schema;
      expect(served, path).toBeDefined();
      expect(shape(served), path).toEqual(shape(JSON.parse(JSON.stringify(schema))));
    }
  });
});
