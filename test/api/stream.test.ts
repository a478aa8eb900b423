import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let ws: Awaited<ReturnType<typeof seedWorkspace>>;
let origin: string;
const sockets: WebSocket[] = [];

interface Message {
  type: string;
  seq: number;
  data?: Record<string, unknown>;
  workspaceId?: string;
}

/** A connected client that records every message, so tests can wait for one in order. */
function connect(query: string): {
  messages: Message[];
  next(match: (m: Message) => boolean): Promise<Message>;
  closed: Promise<number>;
} {
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/v1/stream${query}`);
  sockets.push(socket);
  const messages: Message[] = [];
  const waiters: Array<{ match: (m: Message) => boolean; resolve: (m: Message) => void }> = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Message;
    messages.push(message);
    for (const waiter of [...waiters])
      if (waiter.match(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  return {
    messages,
    closed,
    next: (match) => {
      const seen = messages.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
  };
}

// One server for the file, a fresh workspace per test (workspaces share nothing).
beforeAll(async () => {
  server = await startTestServer();
  origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
});
beforeEach(async () => {
  ws = await seedWorkspace(server, freshWorkspaceId());
  await server.request('POST', `/v1/workspaces/${ws.workspaceId}/users`, {
    token: ws.tokens.admin,
    body: { id: 'u_bea', name: 'Bea Agent', email: `bea@${ws.workspaceId}.test`, role: 'agent' },
  });
  const numbers = [
    { id: 'n_main', e164: '+34911234567', kind: 'rented' },
    { id: 'n_bea', e164: '+34911234568', kind: 'rented', assignedUserIds: ['u_bea'] },
  ];
  for (const body of numbers) {
    const added = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/numbers`, {
      token: ws.tokens.admin,
      body,
    });
    expect(added.status).toBe(201);
  }
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.terminate();
});
afterAll(async () => server.close());

const setPresence = (userId: string, presence: string) =>
  server.request('PUT', `/v1/workspaces/${ws.workspaceId}/users/${userId}/presence`, {
    token: ws.tokens.admin,
    body: { presence },
  });

const placeCall = async (to: string) => {
  const placed = await server.request('POST', `/v1/workspaces/${ws.workspaceId}/sim/calls`, {
    token: ws.tokens.agent,
    body: { from: '+34600111222', to },
  });
  expect(placed.status).toBe(201);
  return placed.body.callId as string;
};

describe('WebSocket event stream (X1)', () => {
  it('greets with the workspace and its position, then delivers presence changes', async () => {
    const client = connect(`?token=${ws.tokens.agent}`);
    const hello = await client.next((m) => m.type === 'hello');
    expect(hello).toEqual({
      type: 'hello',
      workspaceId: ws.workspaceId,
      seq: server.runtime.state(ws.workspaceId)!.version,
    });

    await setPresence('u_sup', 'online');
    const change = await client.next((m) => m.type === 'presence.changed');
    expect(change.data).toMatchObject({ userId: 'u_sup', from: 'offline', to: 'online' });
    expect(change.seq).toBeGreaterThan(hello.seq);
  });

  it('issue 17: opens from the committed state: nothing, not even hello, before a decision is durable', async () => {
    const { store } = server;
    const commit = store.commit.bind(store);
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    store.commit = async (events) => {
      await held;
      return commit(events);
    };
    try {
      const before = server.runtime.state(ws.workspaceId)!.version;
      const deciding = server.runtime.execute(ws.workspaceId, {
        type: 'presence.set',
        userId: 'u_sup',
        presence: 'online',
      });
      const client = connect(`?token=${ws.tokens.supervisor}`);
      // A live read would greet now with a position whose event may yet be lost.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(client.messages).toEqual([]);
      release();
      await deciding;
      const hello = await client.next((m) => m.type === 'hello');
      expect(hello.seq).toBe(before + 1);
      await setPresence('u_sup', 'pause');
      const change = await client.next((m) => m.type === 'presence.changed');
      expect(change).toMatchObject({ seq: before + 2, data: { from: 'online', to: 'pause' } });
      expect(client.messages.filter((m) => m.type === 'presence.changed')).toHaveLength(1);
    } finally {
      release();
      store.commit = commit;
    }
  });

  it('shows an agent their own ringing call, with the caller, but not a call ringing another agent', async () => {
    await setPresence('u_agent', 'online');
    await setPresence('u_bea', 'online');
    const client = connect(`?token=${ws.tokens.agent}`);
    await client.next((m) => m.type === 'hello');

    const beaCall = await placeCall('+34911234568');
    const ownCall = await placeCall('+34911234567');
    const received = await client.next((m) => m.type === 'call.received');
    expect(received.data).toMatchObject({ callId: ownCall, from: '+34600111222', to: '+34911234567' });
    const ringing = await client.next((m) => m.type === 'call.offered');
    expect(ringing.data).toMatchObject({ callId: ownCall, userId: 'u_agent' });

    // Events arrive in log order: once a later event is here, nothing of Bea's call came before it.
    await setPresence('u_sup', 'online');
    await client.next((m) => m.type === 'presence.changed' && m.data?.userId === 'u_sup');
    expect(client.messages.some((m) => m.data?.callId === beaCall)).toBe(false);
    expect(client.messages.some((m) => m.type.startsWith('timer.'))).toBe(false);
  });

  it('shows a supervisor every call, through the Authorization header', async () => {
    await setPresence('u_bea', 'online');
    const socket = new WebSocket(`${origin.replace('http', 'ws')}/v1/stream`, {
      headers: { authorization: `Bearer ${ws.tokens.supervisor}` },
    });
    sockets.push(socket);
    const types: string[] = [];
    const ringing = new Promise<Record<string, unknown>>((resolve) =>
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        types.push(message.type);
        if (message.type === 'hello') void placeCall('+34911234568');
        if (message.type === 'call.offered') resolve(message.data);
      }),
    );
    expect(await ringing).toMatchObject({ userId: 'u_bea' });
    expect(types[0]).toBe('hello');
  });

  it('closes with 4401 without a valid token', async () => {
    expect(await connect('').closed).toBe(4401);
    expect(await connect('?token=sbs_not-a-session').closed).toBe(4401);
  });

  it('ends a session’s streams with 4401 when it signs out; other sessions keep theirs', async () => {
    const agent = connect(`?token=${ws.tokens.agent}`);
    const admin = connect(`?token=${ws.tokens.admin}`);
    await agent.next((m) => m.type === 'hello');
    await admin.next((m) => m.type === 'hello');
    const out = await server.request('DELETE', '/v1/sessions/current', { token: ws.tokens.agent });
    expect(out.status).toBe(204);
    expect(await agent.closed).toBe(4401);
    await server.request('PUT', `/v1/workspaces/${ws.workspaceId}/users/u_admin/presence`, {
      token: ws.tokens.admin,
      body: { presence: 'online' },
    });
    expect(await admin.next((m) => m.type === 'presence.changed')).toMatchObject({
      type: 'presence.changed',
    });
  });

  it('needs a workspace for the server admin key, and keeps other workspaces out', async () => {
    expect(await connect(`?token=${server.adminToken}`).closed).toBe(4400);
    const admin = connect(`?token=${server.adminToken}&workspaceId=${ws.workspaceId}`);
    expect(await admin.next((m) => m.type === 'hello')).toMatchObject({ workspaceId: ws.workspaceId });
    expect(await connect(`?token=${ws.tokens.agent}&workspaceId=other`).closed).toBe(4404);
  });
});
