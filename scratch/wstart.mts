import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '/work/wt/writer/src/store/sqlite/store.ts';
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const s = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'sbw-')), 'x.db'));
  await s.migrate();
  const t1 = performance.now();
  await s.commit([{ workspaceId: 'w', seq: 1, at: 1, event: { type: 'workspace.created', name: 'x' } as never }]);
  const t2 = performance.now();
  await s.close();
  console.log('open+migrate', (t1 - t).toFixed(0), 'first commit', (t2 - t1).toFixed(0), 'close', (performance.now() - t2).toFixed(0));
}
