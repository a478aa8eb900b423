// `npm run build`: bundles the server (src/cli/main.ts) and the entries of its worker threads
// into dist/ with esbuild (scripts/bundle.mjs), so `switchboard serve` loads a few files
// instead of ~1,500 modules (our 400 TypeScript files and the dependencies' JavaScript). Types
// are checked by `npm run typecheck`, not here. Skips the bundling when the last one is newer
// than every file it was made from (esbuild's metafile, kept in dist/.inputs.json), the lock file
// and these scripts; then stamps the build (see bin/switchboard.js).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { bundleServer } from './bundle.mjs';

const stamp = 'dist/.built';
const inputsFile = 'dist/.inputs.json';
const alwaysInputs = [
  'package-lock.json',
  'scripts/build.mjs',
  'scripts/bundle.mjs',
  'scripts/source-import-meta-url.mjs',
  'scripts/cached-main.mjs',
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
  writeFileSync(inputsFile, JSON.stringify(await bundleServer('dist')));
  writeFileSync(stamp, new Date().toISOString());
  console.log(`bundled the server into dist/ in ${(performance.now() - started).toFixed(0)} ms`);
}
