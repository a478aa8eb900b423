import { afterAll, beforeAll } from 'vitest';
import { type PostgresServer, startPostgres } from './embedded-postgres.ts';
import { externalPostgres } from './external-postgres.ts';

/**
 * One embedded PostgreSQL for the whole test file: started in beforeAll, stopped in
 * afterAll. Suites ask it for a fresh database each (`createDatabase`). Read `server()` only
 * inside tests or hooks. With SB_TEST_DATABASE_URL set, the databases are made on that
 * server instead (CI's Debian `postgresql` job, see .ci/postgres-debian).
 */
export function postgresForThisFile(): () => PostgresServer {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    const external = process.env.SB_TEST_DATABASE_URL;
    server = external ? externalPostgres(external) : await startPostgres({ durable: false });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('PostgreSQL is not started yet: call server() inside a test or hook');
    return server;
  };
}
