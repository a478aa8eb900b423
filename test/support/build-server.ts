import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Vitest global setup of the projects that start `switchboard` processes (the CLI, the cluster
 * nodes): `npm run build` first, so bin/switchboard.js runs the bundle in dist/ rather than
 * ~1,500 modules through tsx in every process (a start about 2 s of CPU shorter: BENCHMARKS.md).
 * The build skips itself when dist/ is newer than every file it was made from; bin/switchboard.js
 * falls back to the sources by itself if one changes during the run, so what is tested is always
 * the code as it is now.
 */
export default function buildServer(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * A copy of the server `npm run build` bundles, in `to` (a dist/ of a test's own): what the
 * project's build made, brought up to date first (so a file run alone gets it too), without the
 * V8 code cache an earlier start wrote beside it, as a fresh build has none. Bundling again into
 * each test's folder cost ~9 s of esbuild per file.
 */
export function copyBuiltServer(to: string): void {
  buildServer();
  cpSync(join(root, 'dist'), to, {
    recursive: true,
    filter: (source) => !/\.cache(\.\d+)?$/.test(source),
  });
}
