import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { bearerToken } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden, unauthorized } from '../errors.ts';

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.replace(/^::ffff:/i, '');
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.'));
}

function sameToken(given: string | undefined, wanted: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(wanted);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Counts every request by its route template (bounded), never by its raw URL. */
export function observeHttp(app: App, context: ServerContext): void {
  const metrics = context.metrics?.metrics;
  if (!metrics) return;
  // A callback, not a promise: it runs after every answer (a microtask less each).
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
}

/**
 * I2: GET /metrics in Prometheus text format. From loopback anyone may scrape; from elsewhere
 * only with the metrics token (`--metrics-token`), and not at all when none is set.
 */
export function registerMetrics(app: App, context: ServerContext): void {
  const config = context.metrics;
  if (!config) return;
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    // Behind a proxy on this host every socket is loopback: request.ip (the client, when
    // --trust-proxy names the proxy) must be loopback too.
    if (!isLoopback(request.socket.remoteAddress) || !isLoopback(request.ip)) {
      if (!config.token)
        throw forbidden('metrics are served to loopback only: start the server with --metrics-token');
      if (!sameToken(bearerToken(request), config.token))
        throw unauthorized('a valid metrics token is required');
    }
    return reply.type(config.metrics.registry.contentType).send(await config.metrics.scrape());
  });
}
