import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { statementCache } from './statement-cache.ts';

describe('statementCache', () => {
  it('prepares a SQL once per connection and runs it again', () => {
    const db = new Database(':memory:');
    const other = new Database(':memory:');
    const stmt = statementCache(db);
    const first = stmt('SELECT 1 AS one');
    expect(stmt('SELECT 1 AS one')).toBe(first);
    expect(stmt('SELECT 2 AS two')).not.toBe(first);
    expect(first.get()).toEqual({ one: 1 });
    expect(statementCache(other)('SELECT 1 AS one')).not.toBe(first);
    db.close();
    other.close();
  });
});
