import { dirname, join } from 'node:path';
import type { LoggerOptions } from 'pino';
import { Metrics } from '../integrations/metrics/metrics.ts';
import type { RetryPolicy } from '../integrations/webhooks/backoff.ts';
import { WebhookDispatcher } from '../integrations/webhooks/dispatcher.ts';
import { type Clock, SystemClock, VirtualClock } from '../runtime/clock.ts';
import { Runtime } from '../runtime/runtime.ts';
import { withCredentialCache } from '../store/credential-cache.ts';
import type { Store } from '../store/port.ts';
import { SqliteStore } from '../store/sqlite/store.ts';
import { FileMediaStore } from '../telephony/media/file-store.ts';
import { SimDriver } from '../telephony/sim/driver.ts';
import { buildServer } from './app.ts';
import { newToken, tokenHash } from './auth/secrets.ts';
import { type App, type DemoSignIns, newId, type ServerContext } from './context.ts';
import { SessionStreams } from './stream/session-streams.ts';

export interface SwitchboardOptions {
  /** SQLite file path (embedded default). */
  dbPath: string;
  clock?: 'system' | 'virtual' | Clock;
  logger?: LoggerOptions | false;
  sessionTtlMs?: number;
  snapshotEvery?: number;
  /** I1: allowPrivate lets webhooks reach private addresses (--allow-private-webhooks); retry shortens backoff in tests. */
  webhooks?: { allowPrivate?: boolean; retry?: Partial<RetryPolicy>; pollMs?: number };
  /** I2: token a scraper off loopback sends to GET /metrics; perWorkspace adds a workspace label. */
  metrics?: { token?: string; perWorkspace?: boolean };
}

export interface Switchboard {
  app: App;
  runtime: Runtime;
  store: Store;
  sim: SimDriver;
  clock: Clock;
  /** Set only on the first start: the server admin key, to be shown once and never again. */
  adminToken?: string;
  /** Tells the console this server runs the demo workspace, so its log-in page offers the sign-ins. */
  announceDemo(demo: DemoSignIns): void;
  close(): Promise<void>;
}

/** Creates a server admin key and returns its token; only its hash is stored. */
export async function createAdminKey(store: Store, now: number, name = 'server admin'): Promise<string> {
  const token = newToken('sbk');
  await store.saveApiKey({
    id: newId('key'),
    name,
    role: 'admin',
    hash: tokenHash(token),
    prefix: token.slice(0, 8),
    createdAt: now,
  });
  return token;
}

function makeClock(clock: SwitchboardOptions['clock']): Clock {
  if (clock === 'virtual') return new VirtualClock();
  if (clock === undefined || clock === 'system') return new SystemClock();
  return clock;
}

/** The composition root: store, runtime, simulated telephony and HTTP server, wired together. */
export async function openSwitchboard(options: SwitchboardOptions): Promise<Switchboard> {
  const clock = makeClock(options.clock);
  const sqlite = new SqliteStore(options.dbPath);
  await sqlite.migrate();
  const store = withCredentialCache(sqlite);
  const metrics = new Metrics({ perWorkspace: options.metrics?.perWorkspace });
  const runtime = new Runtime({
    store,
    clock,
    snapshotEvery: options.snapshotEvery,
    observer: metrics.observer,
  });
  await runtime.start();
  // Audio sits beside the database, so one data directory holds everything.
  const media = new FileMediaStore(join(dirname(options.dbPath), 'media'));
  const sim = new SimDriver(runtime, { media });
  sim.start();
  const dispatcher = new WebhookDispatcher({
    runtime,
    store,
    allowPrivate: options.webhooks?.allowPrivate,
    retry: options.webhooks?.retry,
    pollMs: options.webhooks?.pollMs,
    onAttempt: (outcome) => metrics.webhookAttempt(outcome),
  });
  const context: ServerContext = {
    runtime,
    store,
    sim,
    media,
    sessionTtlMs: options.sessionTtlMs ?? 12 * 3600_000,
    sessionStreams: new SessionStreams(),
    webhooks: { allowPrivate: options.webhooks?.allowPrivate ?? false, dispatcher },
    metrics: { metrics, token: options.metrics?.token },
  };
  const app = await buildServer(context, { logger: options.logger });
  metrics.attach(runtime, () => app.websocketServer?.clients.size ?? 0);
  dispatcher.start();
  const adminToken =
    (await store.listApiKeys(undefined)).length === 0 ? await createAdminKey(store, clock.now()) : undefined;
  let closed = false;
  return {
    app,
    runtime,
    store,
    sim,
    clock,
    adminToken,
    announceDemo(demo) {
      context.demo = demo;
    },
    async close() {
      if (closed) return;
      closed = true;
      await dispatcher.stop();
      await app.close();
      await sim.audioWritten();
      await store.close();
    },
  };
}
