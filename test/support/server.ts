import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VirtualClock } from '../../src/runtime/clock.ts';
import type { PasswordCost } from '../../src/security/passwords.ts';
import { openSwitchboard, type Switchboard, type SwitchboardOptions } from '../../src/server/switchboard.ts';

export interface TestServer extends Switchboard {
  adminToken: string;
  dir: string;
  /** Sends a request through Fastify's inject; `token` becomes the bearer header. */
  request(
    method: string,
    url: string,
    options?: { token?: string; body?: unknown; address?: string; headers?: Record<string, string> },
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of every shape.
  ): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
}

/**
 * scrypt at the lowest cost: real hashing and checking, without the ~50 ms (seconds on a busy
 * machine) each hash costs at the real cost. src/security/passwords.test.ts checks the real one.
 */
export const testPasswordCost: PasswordCost = { log2N: 4, r: 1, p: 1 };

/**
 * A full server driven in-process, with the virtual clock: on a fresh SQLite file, or on
 * `dir`'s file again (a restart) with the clock given.
 */
export async function startTestServer(
  restart?: { dir: string; clock: VirtualClock },
  options: Pick<SwitchboardOptions, 'limits' | 'webrtc' | 'trustProxy' | 'passwordCost'> = {},
): Promise<TestServer> {
  const dir = restart?.dir ?? mkdtempSync(join(tmpdir(), 'sb-api-'));
  const switchboard = await openSwitchboard({
    dbPath: join(dir, 'switchboard.db'),
    clock: restart?.clock ?? 'virtual',
    logger: false,
    passwordCost: testPasswordCost,
    ...options,
  });
  const request: TestServer['request'] = async (method, url, options = {}) => {
    const response = await switchboard.app.inject({
      method: method as 'GET',
      url,
      ...(options.address ? { remoteAddress: options.address } : {}),
      headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
      ...(options.body === undefined ? {} : { payload: options.body as object }),
    });
    const result = {
      status: response.statusCode,
      body: response.body ? JSON.parse(response.body) : undefined,
    };
    // Not enumerable: tests that compare a whole response compare its status and body only.
    return Object.defineProperty(result, 'headers', {
      value: response.headers,
      enumerable: false,
    }) as typeof result & {
      headers: Record<string, unknown>;
    };
  };
  return { ...switchboard, adminToken: switchboard.adminToken!, dir, request };
}

let workspaces = 0;

/**
 * A workspace id not used before in this process: tests that share one server per file take a
 * fresh workspace per test (workspaces are isolated), instead of a fresh server per test.
 */
export function freshWorkspaceId(): string {
  workspaces += 1;
  return `ws${workspaces}`;
}

/** A workspace with an admin and an agent who can sign in, for route tests. */
export async function seedWorkspace(server: TestServer, id = 'acme') {
  const admin = server.adminToken;
  await server.request('POST', '/v1/workspaces', {
    token: admin,
    body: { id, name: 'Acme', plan: 'business' },
  });
  const users = {
    admin: {
      id: 'u_admin',
      name: 'Ada Admin',
      email: `ada@${id}.test`,
      role: 'admin',
      password: 'correct horse',
    },
    supervisor: {
      id: 'u_sup',
      name: 'Sam Supervisor',
      email: `sam@${id}.test`,
      role: 'supervisor',
      password: 'correct horse',
    },
    agent: {
      id: 'u_agent',
      name: 'Alex Agent',
      email: `alex@${id}.test`,
      role: 'agent',
      password: 'correct horse',
    },
  };
  const tokens: Record<keyof typeof users, string> = { admin: '', supervisor: '', agent: '' };
  for (const [key, user] of Object.entries(users)) {
    const created = await server.request('POST', `/v1/workspaces/${id}/users`, { token: admin, body: user });
    if (created.status !== 201) throw new Error(`seed user: ${JSON.stringify(created.body)}`);
    const session = await server.request('POST', '/v1/sessions', {
      body: { email: user.email, password: user.password, workspaceId: id },
    });
    tokens[key as keyof typeof users] = session.body.token;
  }
  return { workspaceId: id, tokens, users };
}
