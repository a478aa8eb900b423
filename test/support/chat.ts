import { expect } from 'vitest';
import WebSocket from 'ws';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from './server.ts';

const origins = new WeakMap<TestServer, Promise<string>>();

/** The server's address, listening from the first stream on (drivers of one file share it). */
function listening(server: TestServer): Promise<string> {
  let origin = origins.get(server);
  if (!origin) {
    origin = server.app.listen({ port: 0, host: '127.0.0.1' });
    origins.set(server, origin);
  }
  return origin;
}

export type Seeded = Awaited<ReturnType<typeof seedWorkspace>>;

export interface StreamMessage {
  type: string;
  seq: number;
  data?: Record<string, unknown>;
}

/** A stream client that records every message, so a test can wait for one. */
export interface StreamClient {
  messages: StreamMessage[];
  next(match: (message: StreamMessage) => boolean): Promise<StreamMessage>;
}

/**
 * A chat workspace driven through the API: Sales (Alex, Bea) and Support (Cid), a channel
 * integration's API key, and a session token for every person.
 */
export class ChatDriver {
  private readonly sockets: WebSocket[] = [];
  private delivered = 0;

  private constructor(
    readonly server: TestServer,
    readonly ws: Seeded,
    readonly tokens: Seeded['tokens'] & { bea: string; cid: string },
    readonly channelKey: string,
    private readonly ownsServer: boolean,
  ) {}

  /**
   * On a server of its own (workspace `acme`), or on a `shared` one in a fresh workspace: a file
   * starts one server in beforeAll and a driver per test.
   */
  static async start(shared?: TestServer): Promise<ChatDriver> {
    const server = shared ?? (await startTestServer());
    const ws = await seedWorkspace(server, shared ? freshWorkspaceId() : 'acme');
    const base = `/v1/workspaces/${ws.workspaceId}`;
    const extra: Record<'bea' | 'cid', string> = { bea: '', cid: '' };
    for (const [key, name] of [
      ['bea', 'Bea Agent'],
      ['cid', 'Cid Agent'],
    ] as const) {
      const email = `${key}@${ws.workspaceId}.test`;
      const user = { id: `u_${key}`, name, email, role: 'agent', password: 'correct horse' };
      expect(
        (await server.request('POST', `${base}/users`, { token: ws.tokens.admin, body: user })).status,
      ).toBe(201);
      const session = await server.request('POST', '/v1/sessions', {
        body: { email, password: user.password, workspaceId: ws.workspaceId },
      });
      extra[key] = session.body.token;
    }
    const departments = [
      { id: 'sales', name: 'Sales', memberIds: ['u_agent', 'u_bea'] },
      { id: 'support', name: 'Support', memberIds: ['u_cid'] },
    ];
    for (const body of departments)
      expect(
        (await server.request('POST', `${base}/departments`, { token: ws.tokens.admin, body })).status,
      ).toBe(201);
    const key = await server.request('POST', `${base}/api-keys`, {
      token: ws.tokens.admin,
      body: { name: 'web chat', role: 'agent' },
    });
    return new ChatDriver(server, ws, { ...ws.tokens, ...extra }, key.body.token, !shared);
  }

  get base(): string {
    return `/v1/workspaces/${this.ws.workspaceId}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets.splice(0)) socket.terminate();
    if (this.ownsServer) await this.server.close();
  }

  request(method: string, path: string, token: string, body?: unknown) {
    return this.server.request(method, `${this.base}${path}`, { token, body });
  }

  async ok(method: string, path: string, body?: unknown, status = 200, token = this.tokens.admin) {
    const response = await this.request(method, path, token, body);
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(status);
    return response.body;
  }

  presence(userId: string, presence: 'online' | 'pre_pause' | 'pause' | 'offline') {
    return this.ok('PUT', `/users/${userId}/presence`, { presence });
  }

  online(...userIds: string[]) {
    return Promise.all(userIds.map((userId) => this.presence(userId, 'online')));
  }

  /** A contact writes on the web chat, through the channel integration's API key. */
  async write(
    address: string,
    text = 'Hello',
    extra: { channelMessageId?: string; conversationId?: string; departmentId?: string } = {},
  ): Promise<{ conversationId: string; duplicate: boolean }> {
    this.delivered += 1;
    const body = {
      contact: { address },
      channelMessageId: extra.channelMessageId ?? `wm-${this.delivered}`,
      text,
      ...(extra.conversationId ? { conversationId: extra.conversationId } : {}),
      ...(extra.departmentId ? { departmentId: extra.departmentId } : {}),
    };
    return this.ok('POST', '/channels/webchat/messages', body, 200, this.channelKey);
  }

  conversation(conversationId: string, token = this.tokens.admin) {
    return this.ok('GET', `/conversations/${conversationId}`, undefined, 200, token);
  }

  /** What the contact sees, through the contact-facing endpoint. */
  async contactView(conversationId: string, address: string) {
    const path = `/channels/webchat/conversations/${conversationId}/messages?address=${encodeURIComponent(address)}`;
    return this.ok('GET', path, undefined, 200, this.channelKey);
  }

  act(conversationId: string, action: string, token: string, body?: unknown, status = 200) {
    return this.ok('POST', `/conversations/${conversationId}/${action}`, body, status, token);
  }

  /** Opens a WebSocket stream for this token and waits for its hello. */
  async stream(token: string): Promise<StreamClient> {
    const origin = await listening(this.server);
    const socket = new WebSocket(`${origin.replace('http', 'ws')}/v1/stream?token=${token}`);
    this.sockets.push(socket);
    const messages: StreamMessage[] = [];
    const waiters: Array<{ match: (m: StreamMessage) => boolean; resolve: (m: StreamMessage) => void }> = [];
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as StreamMessage;
      messages.push(message);
      for (const waiter of [...waiters])
        if (waiter.match(message)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(message);
        }
    });
    const client: StreamClient = {
      messages,
      next: (match) => {
        const seen = messages.find(match);
        if (seen) return Promise.resolve(seen);
        return new Promise((resolve) => waiters.push({ match, resolve }));
      },
    };
    await client.next((m) => m.type === 'hello');
    return client;
  }
}
