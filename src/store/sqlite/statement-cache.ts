import type Database from 'better-sqlite3';

/** A statement for this SQL on one connection. */
export type Prepare = (sql: string) => Database.Statement;

/**
 * One connection's prepared statements, cached by their SQL: preparing costs more than
 * running. A statement belongs to the connection that prepared it, so each connection (the
 * store's reader, the projector's writer) has its own cache.
 */
export function statementCache(db: Database.Database): Prepare {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
