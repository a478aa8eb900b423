import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './context.ts';

/** Where `npm run build:web` writes the console (found beside the code, not the working directory). */
export const webConsoleDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

const notBuilt = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Switchboard</title>
<body>
<h1>Switchboard</h1><p>The web console is not built. Run <code>npm run build:web</code>
(<code>npm start</code> does it for you), then reload. The API is at <a href="/docs">/docs</a>.</p>`;

/** Paths the console's client-side router owns: anything that is not the API or a server page. */
function isConsolePath(request: FastifyRequest): boolean {
  if (request.method !== 'GET') return false;
  const path = request.url.split('?')[0]!;
  if (/^\/(v1|docs|webchat|openapi\.json|healthz|readyz)(\/|$)/.test(path)) return false;
  return !/\.[a-z0-9]+$/i.test(path);
}

/**
 * Hashed asset names never change content; index.html must always be fresh. The icons may be a
 * day old: with no-cache the browser asked for them again at every screen the console moved to.
 */
function cacheControlOf(path: string): string {
  if (path.includes('/assets/')) return 'public, max-age=31536000, immutable';
  if (/\/favicon\.(svg|ico)$/.test(path)) return 'public, max-age=86400';
  return 'no-cache';
}

/**
 * Serves the built console (web/dist) from the API server itself, so `npm start` is one
 * process. Its pages are client-side routes: an unknown GET under / answers index.html.
 */
export async function registerWebConsole(
  app: App,
  notFound: (request: FastifyRequest, reply: FastifyReply) => unknown,
  dir = webConsoleDir,
): Promise<void> {
  const built = existsSync(join(dir, 'index.html'));
  if (built)
    await app.register(fastifyStatic, {
      root: dir,
      prefix: '/',
      // Files are looked up per request (the default wildcard route), so a rebuild is served
      // without a restart; `/` is the console's index.
      index: ['index.html'],
      // The build writes a Brotli and a gzip copy of each script and style sheet (web/precompress.ts):
      // sent to a browser that accepts one, the console's first load is a quarter of its bytes.
      preCompressed: true,
      setHeaders: (reply, path) => reply.header('cache-control', cacheControlOf(path)),
    });
  const page = async () => (built ? readFile(join(dir, 'index.html'), 'utf8') : notBuilt);

  app.setNotFoundHandler(async (request, reply) => {
    if (!isConsolePath(request)) return notFound(request, reply);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(await page());
  });
}
