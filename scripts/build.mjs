// `npm run build`: bundles the server (src/cli/main.ts) and the entries of its worker threads
// into dist/ with esbuild (scripts/bundle-options.mjs), so `switchboard serve` loads a few files
// instead of ~1,500 modules (our 400 TypeScript files and the dependencies' JavaScript). Types
// are checked by `npm run typecheck`, not here. Skips the bundling when the last one is newer
// than every file it was made from (esbuild's metafile, kept in dist/.inputs.json), the lock file
// and these scripts; then copies the assets and stamps the build (see bin/switchboard.js).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { bundleOptions } from './bundle-options.mjs';

const stamp = 'dist/.built';
const inputsFile = 'dist/.inputs.json';
const entries = ['src/cli/main.ts', 'src/store/sqlite/writer-thread.ts', 'src/server/simulation/worker.ts'];
const alwaysInputs = [
  'package-lock.json',
  'scripts/build.mjs',
  'scripts/bundle-options.mjs',
  'scripts/copy-assets.mjs',
];

function upToDate() {
  if (!existsSync(stamp) || !existsSync(inputsFile)) return false;
  const built = statSync(stamp).mtimeMs;
  const inputs = [...JSON.parse(readFileSync(inputsFile, 'utf8')), ...alwaysInputs];
  return inputs.every((file) => existsSync(file) && statSync(file).mtimeMs <= built);
}

if (upToDate() && process.argv[2] !== '--force') console.log('the server bundle in dist/ is up to date');
else {
  const started = performance.now();
  const { build } = await import('esbuild');
  const results = await Promise.all(entries.map((entry) => build(bundleOptions(entry))));
  const read = new Set(results.flatMap((result) => Object.keys(result.metafile.inputs)));
  const ours = [...read].filter((file) => !file.startsWith('node_modules/'));
  writeFileSync(inputsFile, JSON.stringify(ours));
  await import('./copy-assets.mjs');
  console.log(`bundled the server into dist/ in ${(performance.now() - started).toFixed(0)} ms`);
}
