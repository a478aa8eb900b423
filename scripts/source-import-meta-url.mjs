import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

/**
 * An esbuild plugin for bundles run from beside the packages (node_modules/.cache): each of our
 * modules keeps `import.meta.url` meaning its own place in src/, so the paths it builds from it
 * (worker threads' entries, the prompts' WAV files) resolve as they do unbundled. Used by the
 * build's schema generator (scripts/bundle.mjs) and the crash tests' server (test/crash).
 */
export const sourceImportMetaUrl = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const own = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replaceAll('import.meta.url', own), loader: 'ts' };
    });
  },
};
