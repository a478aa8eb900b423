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
  keepVitestExitCode();
  project.provide('postgresPort', server.port);
  return () => server.stop();
}

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls
 * `process.exit(0)`: in Vitest's main process that replaced the exit code Vitest had set, so a
 * run with failed tests exited 0 and CI passed it (its `exit` handler, left alone, then throws
 * calling a callback it was not given). This process stops the server in the teardown above;
 * the hook's signal handlers (which exit non-zero) stay.
 */
function keepVitestExitCode(): void {
  const isHook = (listener: (...args: never[]) => unknown) => listener.toString().includes('eventFilters');
  for (const listener of process.listeners('beforeExit'))
    if (isHook(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit'))
    if (isHook(listener)) process.removeListener('exit', listener);
}
