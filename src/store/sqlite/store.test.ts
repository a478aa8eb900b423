import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from '../contract/store-contract.ts';
import { SqliteStore } from './store.ts';

storeContract('SQLite', async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'sb-store-')), 'test.db'));
  await store.migrate();
  return store;
});
