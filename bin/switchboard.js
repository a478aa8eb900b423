#!/usr/bin/env node
// Runs the compiled build (dist/, made by `npm run build`) when it is at least as new as every
// TypeScript source file: no compiling at start. Otherwise, or with SWITCHBOARD_SOURCE=1, runs
// the TypeScript through tsx's loader, so a checkout works with no build step.
import { existsSync, readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const built = new URL('dist/cli/main.js', root);
/** Written by `npm run build` once tsc has finished (tsc leaves unchanged outputs as they were). */
const stamp = new URL('dist/.built', root);

/** The newest modification time of the .ts files under a folder (tests included: cheap, and safe). */
function newestSource(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? '/' : ''), folder);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const fresh =
  process.env.SWITCHBOARD_SOURCE !== '1' &&
  existsSync(built) &&
  existsSync(stamp) &&
  statSync(stamp).mtimeMs >= newestSource(new URL('src/', root));

if (fresh) await import(built.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
