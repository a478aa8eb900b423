import type { TestProject } from 'vitest/node';
import { startPostgres } from './embedded-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The port of the project's shared PostgreSQL (test/support/postgres-global.ts). */
    postgresPort: number;
  }
}

/**
 * Vitest global setup for the projects whose files need PostgreSQL: one server for the whole
 * run (initdb and start-up cost seconds of CPU each), and every file asks it for fresh
 * databases (`postgresForThisFile`), so files share nothing but the server process.
 */
export default async function sharedPostgres(
  project: TestProject,
): Promise<(() => Promise<void>) | undefined> {
  // A server someone else runs (SB_TEST_DATABASE_URL, CI's Debian job): the files use that one.
  if (process.env.SB_TEST_DATABASE_URL) return undefined;
  const server = await startPostgres({ durable: false });
  project.provide('postgresPort', server.port);
  return () => server.stop();
}
