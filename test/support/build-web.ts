import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../../web', import.meta.url));

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Vitest global setup: the browser tests drive the built console, so build it when web/dist
 * is missing or older than its sources (about a second with Vite).
 */
export default async function buildWebConsole(): Promise<void> {
  const index = join(web, 'dist', 'index.html');
  // web/src imports the API's types and message list from src/api.
  const sources = Math.max(
    newest(join(web, 'src')),
    newest(join(web, '..', 'src', 'api')),
    ...['index.html', 'vite.config.ts', 'precompress.ts'].map((file) => statSync(join(web, file)).mtimeMs),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  // Built aside and swapped in, so a server already serving web/dist never sees half a build.
  const { build } = await import('vite');
  const fresh = join(web, `dist.${process.pid}`);
  const old = join(web, `dist.old.${process.pid}`);
  // Vitest sets NODE_ENV=test, which would bundle React's development build: test what ships.
  const environment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(web, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: fresh },
    });
  } finally {
    process.env.NODE_ENV = environment;
  }
  if (existsSync(join(web, 'dist'))) renameSync(join(web, 'dist'), old);
  renameSync(fresh, join(web, 'dist'));
  rmSync(old, { recursive: true, force: true });
}
