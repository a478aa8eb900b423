// The template of dist/cli/main.js (scripts/bundle.mjs writes it there, the bundle's hash filled
// in): runs the command line, bundled as CommonJS into main.cjs beside it, through V8's code
// cache. Node 20 keeps no compiled code between runs for ES modules, and parsing the ~5 MB
// bundle and compiling the functions a start calls was a quarter of a start's CPU (issue 16
// goal 3); a script compiled with `vm.Script` can be given the code V8 made for it last time.
//
// The cache (main.cjs.cache) is written once a process has run for a few seconds, so that it
// holds the functions a start and the first requests compiled, and again whenever V8 refused it
// (another Node version, other V8 flags). It is used only if its header names this very bundle
// (its hash, written at build time), this Node version and architecture: V8 itself checks only
// the source's length. Not written (a read-only install) is no error: the code is then compiled
// as any script is.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundleHash = '__BUNDLE_HASH__';
/** How long after the start the cache is written: after the schema warm-up of a server. */
const writeAfterMs = 3000;

const file = fileURLToPath(new URL('./main.cjs', import.meta.url));
const cacheFile = `${file}.cache`;
const header = Buffer.from(`${bundleHash} ${process.version} ${process.arch}\n`);

function readCache() {
  try {
    const data = readFileSync(cacheFile);
    return data.subarray(0, header.length).equals(header) ? data.subarray(header.length) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(script) {
  const temporary = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(temporary, Buffer.concat([header, script.createCachedData()]));
    // A rename replaces the file whole: a process starting meanwhile reads the old one or this.
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true });
  }
}

const cachedData = readCache();
// The wrapper Node gives a CommonJS module, on a line of its own so that the bundle's own lines
// (and its source map) keep their numbers.
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {\n${readFileSync(file, 'utf8')}\n})`,
  { filename: file, lineOffset: -1, cachedData },
);
if (cachedData === undefined || script.cachedDataRejected)
  setTimeout(() => writeCache(script), writeAfterMs).unref();
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
