import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on `entry`, a module beside the caller (`new URL('./x.ts',
 * import.meta.url)`, written with the caller's own extension). Built (dist/, .js) it runs as
 * is. From TypeScript (development, tests) a worker would not inherit tsx's loader, and
 * compiling its modules through it costs 0.5–2 s per thread: so the entry is bundled once with
 * esbuild into node_modules/.cache (beside the dependencies it imports), named by a hash of
 * everything it was made from, and every later thread of any process reuses that file (a
 * thread started after a source changed gets a new bundle: the inputs are hashed each time).
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const bundled = cachedOrFresh(fileURLToPath(entry));
  if (bundled) return new Worker(pathToFileURL(bundled), options);
  return new Worker(tsxBootstrap(entry), { ...options, eval: true });
}

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where bundles of worker entries are kept: node_modules resolves the packages left out of them. */
const cacheDir = join(root, 'node_modules', '.cache', 'switchboard-workers');
/** Undefined when it cannot be bundled or written (a read-only node_modules): tsx's loader then. */
function cachedOrFresh(entry: string): string | undefined {
  try {
    return cachedBundle(entry) ?? freshBundle(entry);
  } catch {
    return undefined;
  }
}

/** The list of files the entry's last bundle was made from, kept beside the bundles. */
const manifestOf = (entry: string) => join(cacheDir, `${basename(entry, '.ts')}-${hash([entry])}.json`);

/** The bundle's name: the entry's and its inputs' contents, and esbuild's version. */
function bundleName(entry: string, inputs: string[], esbuildVersion: string): string | undefined {
  if (!inputs.every((file) => existsSync(file))) return undefined;
  const contents = inputs.map((file) => `${file}\0${readFileSync(file, 'utf8')}`);
  return join(cacheDir, `${basename(entry, '.ts')}-${hash([esbuildVersion, ...contents])}.mjs`);
}

function cachedBundle(entry: string): string | undefined {
  const manifest = manifestOf(entry);
  if (!existsSync(manifest)) return undefined;
  const { inputs, esbuild } = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
  const name = bundleName(entry, inputs, esbuild);
  return name && existsSync(name) ? name : undefined;
}

interface Manifest {
  inputs: string[];
  esbuild: string;
}

/** Bundles the entry (our sources only; packages stay imports), or undefined when it cannot. */
function freshBundle(entry: string): string | undefined {
  const esbuild = loadEsbuild();
  if (!esbuild) return undefined;
  const result = esbuild.buildSync({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  // A module that finds files beside itself would look beside the bundle instead.
  if (code.includes('import.meta')) return undefined;
  const inputs = Object.keys(result.metafile.inputs).map((file) => join(root, file));
  const name = bundleName(entry, inputs, esbuild.version)!;
  mkdirSync(cacheDir, { recursive: true });
  writeAtomically(name, code);
  writeAtomically(manifestOf(entry), JSON.stringify({ inputs, esbuild: esbuild.version } satisfies Manifest));
  return name;
}

/** Written under a name of its own, then renamed: a process reading it never sees half a file. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

type Esbuild = typeof import('esbuild');

function loadEsbuild(): Esbuild | undefined {
  try {
    return createRequire(import.meta.url)('esbuild') as Esbuild;
  } catch {
    return undefined;
  }
}

/** A worker that registers tsx's loader, then imports the TypeScript entry through it. */
function tsxBootstrap(entry: URL): string {
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  return `import(${JSON.stringify(pathToFileURL(api).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
}

function hash(parts: string[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('hex').slice(0, 16);
}
