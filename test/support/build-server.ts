import { execFileSync } from 'node:child_process';
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
