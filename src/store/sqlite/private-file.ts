import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Makes the database file readable by its owner only (issue 12 item 11): it holds password
 * and token hashes, contacts and messages. SQLite gives its -wal and -shm files the main
 * file's mode, so creating the main file 0600 first covers them; a file left wider by an
 * older version is narrowed. A folder made here is 0700; an existing one is the operator's.
 */
export function preparePrivateDatabase(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (!existsSync(file)) continue;
    try {
      chmodSync(file, 0o600);
    } catch {
      // Not ours to change (another owner): SQLite still opens it if it may.
    }
  }
}
