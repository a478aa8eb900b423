import pg from 'pg';
import type { PostgresServer } from './embedded-postgres.ts';

let databases = 0;

/**
 * A PostgreSQL someone else runs (SB_TEST_DATABASE_URL, e.g. Debian's `postgresql` in CI):
 * the URL names a database its user may connect to and CREATE DATABASE from. Each suite gets
 * a fresh database of its own, dropped again when the file's tests end.
 */
export function externalPostgres(adminUrl: string): PostgresServer {
  const base = new URL(adminUrl);
  const created: string[] = [];
  const url = (database: string) => {
    const target = new URL(base);
    target.pathname = `/${encodeURIComponent(database)}`;
    return target.toString();
  };
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    port: Number(base.port || 5432),
    url,
    async createDatabase(name = `sb_${process.pid}_${Date.now().toString(36)}_${++databases}`) {
      await admin((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
      created.push(name);
      return url(name);
    },
    async stop() {
      await admin(async (client) => {
        for (const name of created.splice(0))
          await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      });
    },
  };
}
