import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Smaller files gain less than the bytes of a second request header or two. */
const worthCompressing = 1024;

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every script and style sheet the build
 * emits, which the server sends to a browser that accepts them (src/server/web-console.ts): the
 * console's first load was ≈ 600 KB of JavaScript uncompressed, ≈ 150 KB in Brotli. Compressed
 * once here at the highest levels, never per request.
 */
export function precompress(): Plugin {
  return {
    name: 'switchboard-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(file)) continue;
        const path = join(outDir, file);
        const content = readFileSync(path);
        if (content.length < worthCompressing) continue;
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
