import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { sourceImportMetaUrl } from '../../scripts/source-import-meta-url.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where the crash tests' server process is bundled (beside the packages it imports). */
export const childBundle = join(root, 'node_modules', '.cache', 'switchboard-test', 'crash-child.mjs');

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
    plugins: [sourceImportMetaUrl],
    logLevel: 'warning',
  });
}
