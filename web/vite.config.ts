import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The web console, built into web/dist and served by the Switchboard server itself. */
export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  // `vite --config web/vite.config.ts` during development: the API is the server on :3000.
  server: { proxy: { '/v1': { target: 'http://localhost:3000', ws: true } } },
});
