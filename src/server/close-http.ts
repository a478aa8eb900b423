import type { FastifyInstance } from 'fastify';

/** How often, while the server closes, connections that have gone idle are closed. */
const sweepMs = 100;

/**
 * Closes the HTTP server: no new connections, requests in flight answered, then closed.
 * Node closes the connections idle at the moment close begins, but one that answers its
 * request afterwards stays open until the keep-alive timeout (Fastify's is 72 s, and clients
 * such as undici keep it as long), and close waits for it: a node stopped under load took
 * over a minute to exit while its port already refused. So connections are closed as soon as
 * they fall idle, as Go's Server.Shutdown does.
 */
export async function closeHttp(app: FastifyInstance): Promise<void> {
  const sweep = setInterval(() => app.server.closeIdleConnections(), sweepMs);
  try {
    await app.close();
  } finally {
    clearInterval(sweep);
  }
}
