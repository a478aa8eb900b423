import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where the crash tests' server process is bundled (beside the packages it imports). */
export const childBundle = join(root, 'node_modules', '.cache', 'switchboard-test', 'crash-child.mjs');

/**
 * Each module keeps `import.meta.url` meaning its own place in src/: the paths the server builds
 * from it (its worker threads' entries, the prompts' WAV files) resolve as they do unbundled.
 */
const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const own = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replaceAll('import.meta.url', own), loader: 'ts' };
    });
  },
};

/**
 * Vitest global setup of the processes project: test/crash/child.ts bundled (our sources in
 * one file, the packages imported as they are), so each of the crash tests' four server starts
 * loads one module instead of our ~400 through tsx: 4.0 → 2.2 s of CPU a start (BENCHMARKS.md,
 * session 12). Bundled afresh every run (≈ 0.7 s), so what is tested is the code as it is now.
 */
export default async function bundleCrashChild(): Promise<void> {
  await build({
    entryPoints: [join(root, 'test/crash/child.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    outfile: childBundle,
    plugins: [ownImportMetaUrl],
    logLevel: 'warning',
  });
}
