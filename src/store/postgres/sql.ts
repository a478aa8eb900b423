import pg from 'pg';
import type { Row } from '../rows.ts';

/** A pool or one checked-out client: both run queries. */
export type Db = Pick<pg.Pool, 'query'> | pg.PoolClient;

const placeholders = new Map<string, string>();

/**
 * The adapters share their SQL's shape, written with `?` as SQLite takes it; PostgreSQL
 * numbers its parameters ($1, $2, …). No statement here has a `?` inside a literal.
 */
export function numbered(sql: string): string {
  let text = placeholders.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    if (placeholders.size < 1000) placeholders.set(sql, text);
  }
  return text;
}

export async function all(db: Db, sql: string, params: unknown[] = []): Promise<Row[]> {
  const result = await db.query(numbered(sql), params);
  return result.rows as Row[];
}

export async function one(db: Db, sql: string, params: unknown[] = []): Promise<Row | undefined> {
  return (await all(db, sql, params))[0];
}

export async function run(db: Db, sql: string, params: unknown[] = []): Promise<number> {
  const result = await db.query(numbered(sql), params);
  return result.rowCount ?? 0;
}

/** Sequence numbers and millisecond times are BIGINT: read them as numbers (exact below 2^53). */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export interface PoolOptions {
  url: string;
  max?: number;
  applicationName?: string;
}

/**
 * A pool whose sessions cannot block a takeover for long: a statement waits at most
 * lock_timeout for a lock, and a session idle inside a transaction (a frozen or dead node
 * mid-commit) is ended by the server after idle_in_transaction_session_timeout, which
 * releases its locks on the lease row.
 */
export function openPool(options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    types,
    application_name: options.applicationName ?? 'switchboard',
    options: '-c lock_timeout=3000 -c idle_in_transaction_session_timeout=4000 -c statement_timeout=30000',
  });
  // An idle client's connection dropping must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // A connection that cannot even roll back is dropped rather than returned to the pool.
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
