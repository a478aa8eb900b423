import { afterAll, beforeAll, inject } from 'vitest';
import { connectPostgres, type PostgresServer, startPostgres } from './embedded-postgres.ts';
import { externalPostgres } from './external-postgres.ts';

/**
 * PostgreSQL for a test file: with SB_TEST_DATABASE_URL set, that server (CI's Debian
 * `postgresql` job, see .ci/postgres-debian); else the project's shared server when its global
 * setup started one (test/support/postgres-global.ts); else one of the file's own, started in
 * beforeAll and stopped in afterAll. Suites ask it for a fresh database each
 * (`createDatabase`), so files and suites never see each other's data. Read `server()` only
 * inside tests or hooks.
 */
export function postgresForThisFile(): () => PostgresServer {
  let server: PostgresServer | undefined;
  let own = false;
  beforeAll(async () => {
    const external = process.env.SB_TEST_DATABASE_URL;
    const port = inject('postgresPort');
    own = external !== undefined || port === undefined;
    if (external) server = externalPostgres(external);
    else server = port === undefined ? await startPostgres({ durable: false }) : connectPostgres(port);
  }, 60_000);
  afterAll(async () => {
    if (own) await server?.stop();
  });
  return () => {
    if (!server) throw new Error('PostgreSQL is not started yet: call server() inside a test or hook');
    return server;
  };
}
