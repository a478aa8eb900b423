#!/usr/bin/env node
// Runs the bundled build (dist/, made by `npm run build`) when it was made after every file it
// was made from last changed: no compiling at start. Otherwise, or with SWITCHBOARD_SOURCE=1,
// runs the TypeScript through tsx's loader, so a checkout works with no build step.
import { existsSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const built = new URL('dist/cli/main.js', root);
/** Written by `npm run build` once the bundle and its assets are in place. */
const stamp = new URL('dist/.built', root);
/** The files the bundle was made from (esbuild's metafile, written by scripts/build.mjs). */
const inputs = new URL('dist/.inputs.json', root);

function fresh() {
  if (process.env.SWITCHBOARD_SOURCE === '1') return false;
  if (!existsSync(built) || !existsSync(stamp) || !existsSync(inputs)) return false;
  const madeAt = statSync(stamp).mtimeMs;
  return JSON.parse(readFileSync(inputs, 'utf8')).every((file) => {
    const path = new URL(file, root);
    return existsSync(path) && statSync(path).mtimeMs <= madeAt;
  });
}

if (fresh()) await import(built.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
