import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import websocket from '@fastify/websocket';
import Fastify, { LogController } from 'fastify';
import type { LoggerOptions } from 'pino';
import { asyncApiDocument } from '../api/asyncapi.ts';
import { HistoryEntrySchema } from '../api/history.ts';
import { forwardingHook } from '../cluster/forward.ts';
import type { Cluster } from '../cluster/open.ts';
import { bearerToken, resolvePrincipal } from './auth/principal.ts';
import { registerBoundary } from './boundary.ts';
import type { App, ServerContext } from './context.ts';
import { errorHandler } from './errors.ts';
import { documentOperations } from './operations.ts';
import { registerRoutes } from './routes/index.ts';
import { observeHttp, registerMetrics } from './routes/metrics.ts';
import { streamDescription, streamSummary } from './routes/stream.ts';
import { schemaCompilers } from './schema-compilers.ts';
import { ErrorSchema } from './schemas.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerWebConsole } from './web-console.ts';

export interface ServerOptions {
  logger?: LoggerOptions | false;
  /** Several nodes on PostgreSQL: commands for workspaces owned elsewhere are forwarded. */
  cluster?: Cluster;
  /**
   * Proxies whose X-Forwarded-For is believed (--trust-proxy): their addresses or CIDRs, or a hop
   * count. Unset, the socket's address is the client's: sign-in and web-chat limits count per
   * address, so behind a load balancer without this every client would share one budget.
   */
  trustProxy?: string | number;
}

/** Never log a bearer token or a password, wherever it appears. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.query.token',
  '*.password',
  'password',
  'token',
  // I1: a webhook's signing secret, wherever an object carrying it is logged.
  '*.secret',
  'secret',
];

/** A hop count trusts that many proxies nearest the server, whoever they are. */
function trustedProxies(trust: string | number): string | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
/** The API's version, in /openapi.json and /asyncapi.json. */
const apiVersion = '0.1.0';

export async function buildServer(context: ServerContext, options: ServerOptions = {}): Promise<App> {
  const app = Fastify({
    ...(options.trustProxy === undefined ? {} : { trustProxy: trustedProxies(options.trustProxy) }),
    logger: options.logger === false ? false : { redact: redactedPaths, ...(options.logger ?? {}) },
    ajv: {
      // discriminator: a union told apart by a field (a workflow step's kind) checks only the
      // branch that field names, so an error names that branch's field.
      customOptions: {
        removeAdditional: false,
        coerceTypes: true,
        useDefaults: true,
        allErrors: false,
        discriminator: true,
      },
    },
    schemaController: { compilersFactory: schemaCompilers },
    // Ids are at most 100 characters: longer ones reach the schema, which names the field.
    routerOptions: { maxParamLength: 1000 },
    // Errors the router answers itself (a bad URL) get the same error body as every other.
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
    // Per-request lines would drown the log under load; errors are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  app.setErrorHandler(errorHandler);
  registerBoundary(app);
  registerSecurityHeaders(app);
  await registerWebConsole(app, (request, reply) =>
    reply.status(404).send({
      error: { code: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` },
    }),
  );
  app.addSchema(ErrorSchema);
  app.addSchema(HistoryEntrySchema);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Switchboard API',
        version: apiVersion,
        // The stream is a WebSocket, which @fastify/websocket keeps out of the paths: said here.
        description: `Routing and transfer engine for calls and chats. Every route but log-in and health needs \`Authorization: Bearer <token>\`.\n\n## ${streamSummary}\n\n${streamDescription}`,
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    // Shared schemas are components named by their id (Error, HistoryEntry), not def-0, def-1.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  documentOperations(app);
  // The stream only talks; a client has no reason to send more than a small control message.
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  // A callback, not a promise: most requests' principal is known at once (a promise and a
  // microtask less each, calls bench); a thrown refusal (a token in the URL) is Fastify's to answer.
  app.addHook('onRequest', (request, _reply, done) => {
    const now = context.runtime.clock.now();
    const principal = resolvePrincipal(bearerToken(request), context.store, context.runtime, now);
    if (!(principal instanceof Promise)) {
      request.principal = principal;
      return done();
    }
    principal.then((found) => {
      request.principal = found;
      done();
    }, done);
  });

  if (options.cluster) app.addHook('preHandler', forwardingHook(context.runtime, options.cluster.node));
  observeHttp(app, context);
  registerMetrics(app, context);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // SPEC I4: the stream's messages, from the schemas the server sends with.
  const asyncapi = asyncApiDocument(apiVersion);
  app.get('/asyncapi.json', { schema: { hide: true } }, async () => asyncapi);
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    if (!ready) return reply.status(503).send({ status: 'stopping' });
    return { status: 'ready', workspaces: context.runtime.workspaceIds().length };
  });

  let ready = true;
  app.addHook('preClose', async () => {
    ready = false;
  });
  app.addHook('onClose', async () => {
    await context.runtime.stop();
  });

  await registerRoutes(app, context);
  return app;
}
