import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSwitchboard, type Switchboard } from '../../src/server/switchboard.ts';

export const workspaceId = 'bench';
export const usersPath = `/v1/workspaces/${workspaceId}/users`;

export interface BenchServer {
  switchboard: Switchboard;
  /** http://127.0.0.1:<port> */
  origin: string;
  dbPath: string;
  /** A workspace admin API key of the bench workspace. */
  apiKey: string;
  /** JSON request with a bearer token; throws on a status other than the expected one. */
  call(method: string, path: string, body?: unknown, expect?: number): Promise<unknown>;
  /** Closes the server and deletes its SQLite file. */
  close(): Promise<void>;
}

/**
 * The real server as `serve` runs it: a fresh SQLite file (WAL, synchronous=FULL), the system
 * clock, no logging, listening on a free port of 127.0.0.1 (`memory`: an in-memory database). Then a workspace, an admin API key
 * of it, and `users` agents u_0 … u_{users-1} created through the API.
 */
export async function startBenchServer(
  users: number,
  options: { memory?: boolean } = {},
): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-bench-'));
  const dbPath = join(dir, 'switchboard.db');
  // In memory: the same server on an in-memory SQLite database, to compare durability against.
  const switchboard = await openSwitchboard({
    dbPath: options.memory ? ':memory:' : dbPath,
    clock: 'system',
    logger: false,
  });
  await switchboard.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = switchboard.app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  let token = switchboard.adminToken!;
  const call: BenchServer['call'] = async (method, path, body, expect = 200) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status !== expect) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  await call('POST', '/v1/workspaces', { id: workspaceId, name: 'Bench', plan: 'business' }, 201);
  const key = (await call('POST', `/v1/workspaces/${workspaceId}/api-keys`, { name: 'bench' }, 201)) as {
    token: string;
  };
  token = key.token;
  await createUsers(call, users);
  return {
    switchboard,
    origin,
    dbPath,
    apiKey: key.token,
    call,
    async close() {
      await switchboard.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates the agents a few at a time, so group commit gets to batch them. */
async function createUsers(call: BenchServer['call'], users: number): Promise<void> {
  const parallel = 20;
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < users; index = next++)
      await call(
        'POST',
        usersPath,
        { id: `u_${index}`, name: `Agent ${index}`, email: `agent${index}@bench.test` },
        201,
      );
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}
