import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileMediaStore } from '../../telephony/media/file-store.ts';
import { SqliteStore } from './store.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('data files are private to their owner (issue 12 item 11)', () => {
  it('creates the database, its WAL and shared-memory files 0600 in a new 0700 folder', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sb-modes-')), 'data');
    const path = join(dir, 'switchboard.db');
    const store = new SqliteStore(path);
    await store.migrate();
    try {
      expect(mode(dir)).toBe(0o700);
      for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(mode(file), file).toBe(0o600);
    } finally {
      await store.close();
    }
  });

  it('narrows a database file an older version left world-readable', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sb-modes-')), 'old.db');
    writeFileSync(path, '');
    chmodSync(path, 0o644);
    const store = new SqliteStore(path);
    await store.migrate();
    await store.close();
    expect(mode(path)).toBe(0o600);
  });

  it('writes audio files 0600 in 0700 folders', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'sb-modes-')), 'media');
    const media = new FileMediaStore(root);
    await media.put('acme', 'vm_1', new Uint8Array([1, 2, 3]));
    expect(mode(root)).toBe(0o700);
    expect(mode(join(root, 'acme'))).toBe(0o700);
    expect(mode(join(root, 'acme', 'vm_1.wav'))).toBe(0o600);
  });
});
