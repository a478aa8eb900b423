import { dirname, join } from 'node:path';
import type { LoggerOptions } from 'pino';
import type { Cluster } from '../cluster/open.ts';
import { Metrics } from '../integrations/metrics/metrics.ts';
import type { RetryPolicy } from '../integrations/webhooks/backoff.ts';
import { WebhookDispatcher } from '../integrations/webhooks/dispatcher.ts';
import { type Clock, SystemClock, VirtualClock } from '../runtime/clock.ts';
import { newId } from '../runtime/ids.ts';
import { Runtime, type RuntimeObserver } from '../runtime/runtime.ts';
import { type PasswordCost, type PasswordHashing, passwordHashing } from '../security/passwords.ts';
import { newToken, tokenHash } from '../security/tokens.ts';
import { withCredentialCache } from '../store/credential-cache.ts';
import type { Store } from '../store/port.ts';
import { SqliteStore } from '../store/sqlite/store.ts';
import { DeviceRegistry } from '../telephony/devices.ts';
import { FileMediaStore } from '../telephony/media/file-store.ts';
import { SimDriver } from '../telephony/sim/driver.ts';
import { SipDriver, type SipDriverOptions } from '../telephony/sip/driver.ts';
import { FileRegistrationStore } from '../telephony/sip/registration-file.ts';
import { FileTrunkSecrets } from '../telephony/sip/trunk-secrets.ts';
import type { WebRtcService } from '../telephony/webrtc/console-phone.ts';
import { buildServer } from './app.ts';
import { closeHttp } from './close-http.ts';
import type { App, DemoSignIns, ServerContext } from './context.ts';
import { type LimitRules, makeLimits } from './limits/limits.ts';
import { Startup } from './startup.ts';
import { SessionStreams } from './stream/session-streams.ts';

export interface SwitchboardOptions {
  /** SQLite file path (embedded default), beside which audio and SIP secrets are kept; unused with a database URL. */
  dbPath: string;
  /** postgres://…: the shared PostgreSQL store, this process one node among several (P1–P4). */
  databaseUrl?: string;
  /** Lease and renewal periods of workspace ownership, in ms (PostgreSQL only). */
  leaseMs?: number;
  renewMs?: number;
  /** PostgreSQL only: seals trunk passwords in the shared database; the same on every node. */
  secretsPassphrase?: string;
  clock?: 'system' | 'virtual' | Clock;
  logger?: LoggerOptions | false;
  sessionTtlMs?: number;
  snapshotEvery?: number;
  /** Abuse limits other than the defaults (tests tighten them). */
  limits?: Partial<LimitRules>;
  /** Real calls over SIP beside the simulated network (S1): where to listen, what to advertise, the media plane. */
  sip?: Omit<SipDriverOptions, 'media' | 'trunkSecrets' | 'registrations'>;
  /** Real telephony's media plane and device registry: the consoles become browser phones. */
  webrtc?: WebRtcService;
  /** I1: allowPrivate lets webhooks reach private addresses (--allow-private-webhooks); retry shortens backoff in tests. */
  webhooks?: { allowPrivate?: boolean; retry?: Partial<RetryPolicy>; pollMs?: number };
  /** I2: token a scraper off loopback sends to GET /metrics; perWorkspace adds a workspace label. */
  metrics?: { token?: string; perWorkspace?: boolean };
  /** Proxies whose X-Forwarded-For is believed (see ServerOptions.trustProxy). */
  trustProxy?: string | number;
  /** scrypt's cost for new password hashes; the standard cost unless given (test servers lower it). */
  passwordCost?: PasswordCost;
}

export interface Switchboard {
  app: App;
  runtime: Runtime;
  store: Store;
  sim: SimDriver;
  /** Present when serving with SIP telephony. */
  sip?: SipDriver;
  /** Present with real telephony: the consoles that are phones (issue 15). */
  webrtc?: WebRtcService;
  clock: Clock;
  /** How this server hashes passwords (applying a workspace spec sets some). */
  passwords: PasswordHashing;
  /** Set when several nodes share PostgreSQL: this node's leases and routing. */
  cluster?: Cluster;
  /** Where other nodes reach this one (its listening URL, or the one a load balancer cannot give). */
  advertise(address: string): void;
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

async function openSqlite(
  path: string,
  clock: Clock,
  snapshotEvery: number | undefined,
  observer: RuntimeObserver,
) {
  const sqlite = new SqliteStore(path);
  try {
    await sqlite.migrate();
    const store = withCredentialCache(sqlite);
    const runtime = new Runtime({ store, clock, snapshotEvery, observer });
    await runtime.start();
    return { store, runtime };
  } catch (error) {
    await sqlite.close().catch(() => {});
    throw error;
  }
}

/**
 * The browser phones of a SIP server: ICE confined to the address SIP advertises. A wildcard
 * (0.0.0.0, ::) is no address a browser can reach: then the consoles are not phones.
 */
function webrtcOf(sip: Omit<SipDriverOptions, 'media'>): WebRtcService | undefined {
  const address = sip.publicAddress ?? sip.listen.host;
  if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(address) || address === '0.0.0.0') return undefined;
  return { registry: new DeviceRegistry(), plane: sip.plane, address };
}

/**
 * The composition root: store, runtime, simulated telephony and HTTP server, wired together.
 * A start that fails throws a StartFailure naming the part, having closed what it opened.
 */
export async function openSwitchboard(options: SwitchboardOptions): Promise<Switchboard> {
  const clock = makeClock(options.clock);
  const metrics = new Metrics({ perWorkspace: options.metrics?.perWorkspace });
  const startup = new Startup();
  // The media plane is handed over: closed here from now on, as by close().
  if (options.sip) startup.opens(() => options.sip?.plane.close());
  // PostgreSQL's client (and the cluster) load only when asked for: a SQLite server does not
  // parse and evaluate them at every start (issue 16 goal 3).
  const cluster = options.databaseUrl
    ? await startup.step('store', async () =>
        (await import('../cluster/open.ts')).openCluster({
          url: options.databaseUrl!,
          clock,
          snapshotEvery: options.snapshotEvery,
          leaseMs: options.leaseMs,
          renewMs: options.renewMs,
          observer: metrics.observer,
          ...(options.secretsPassphrase ? { secretsPassphrase: options.secretsPassphrase } : {}),
        }),
      )
    : undefined;
  const { store, runtime } =
    cluster ??
    (await startup.step('store', () =>
      openSqlite(options.dbPath, clock, options.snapshotEvery, metrics.observer),
    ));
  startup.opens(() => store.close());
  if (cluster) startup.opens(() => cluster.stop());
  // One node: audio, trunk secrets and registrations sit beside the database, so one data
  // directory holds everything. Several: in the database, so a node that takes a workspace
  // over has them (issue 18).
  const shared = cluster?.store.telephony ?? {
    audio: new FileMediaStore(join(dirname(options.dbPath), 'media')),
    trunkSecrets: new FileTrunkSecrets(join(dirname(options.dbPath), 'secrets', 'sip-trunks')),
    registrations: new FileRegistrationStore(join(dirname(options.dbPath), 'sip-registrations.json')),
  };
  const media = shared.audio;
  // Real telephony makes each signed-in console a phone of its user (issue 15), on SIP's plane.
  const webrtc = options.webrtc ?? (options.sip && webrtcOf(options.sip));
  const sip =
    options.sip &&
    new SipDriver(runtime, {
      ...options.sip,
      media,
      ...(webrtc ? { webrtc } : {}),
      trunkSecrets: shared.trunkSecrets,
      registrations: shared.registrations,
      ...(cluster ? { relayPhones: cluster.relayPhones } : {}),
    });
  // The phones registered through the node that had the workspace before ring here now.
  if (sip && cluster) {
    cluster.node.onTakeover(async (workspaceId) => {
      await sip.registrar.restore(workspaceId);
      await sip.registrar.forgetStaleRegistrations(workspaceId);
    });
    // A phone may register with any node: the owner hears of it and rings it; a node that
    // lets a workspace go hands its phones to the new owner and keeps no copy (issue 18).
    cluster.node.onPhones((change) => void sip.registrar.receive(change).catch(() => {}));
    cluster.node.onRelease((workspaceId, to) => sip.registrar.release(workspaceId, to));
  }
  const sim = new SimDriver(runtime, {
    media,
    ...(sip
      ? { recordedElsewhere: (workspaceId: string, callId: string) => sip.carries(workspaceId, callId) }
      : {}),
  });
  sim.start();
  startup.opens(() => sim.stop());
  if (sip) {
    // Stopped even if it fails half-way (listening, then reading the saved registrations).
    startup.opens(() => sip.stop());
    await startup.step('sip', () => sip.start());
  }
  const dispatcher = new WebhookDispatcher({
    runtime,
    store,
    allowPrivate: options.webhooks?.allowPrivate,
    retry: options.webhooks?.retry,
    pollMs: options.webhooks?.pollMs,
    onAttempt: (outcome) => metrics.webhookAttempt(outcome),
  });
  const passwords = passwordHashing(options.passwordCost);
  const context: ServerContext = {
    runtime,
    store,
    sim,
    passwords,
    ...(sip ? { sip } : {}),
    media,
    sessionTtlMs: options.sessionTtlMs ?? 12 * 3600_000,
    sessionStreams: new SessionStreams(),
    demos: [],
    limits: makeLimits(options.limits),
    webrtc,
    webhooks: { allowPrivate: options.webhooks?.allowPrivate ?? false, dispatcher },
    metrics: { metrics, token: options.metrics?.token },
  };
  const app = await startup.step('api', () =>
    buildServer(context, { logger: options.logger, cluster, trustProxy: options.trustProxy }),
  );
  startup.opens(() => closeHttp(app));
  await startup.step('cluster', () => cluster?.start(app.log));
  metrics.attach(runtime, () => app.websocketServer?.clients.size ?? 0);
  dispatcher.start();
  startup.opens(() => dispatcher.stop());
  const adminToken = await startup.step('store', async () =>
    (await store.listApiKeys(undefined)).length === 0 ? await createAdminKey(store, clock.now()) : undefined,
  );
  let closed = false;
  return {
    app,
    runtime,
    store,
    sim,
    ...(sip ? { sip } : {}),
    ...(webrtc ? { webrtc } : {}),
    clock,
    passwords,
    cluster,
    adminToken,
    advertise(address) {
      cluster?.node.advertise(address);
    },
    announceDemo(demo) {
      context.demos = [...context.demos.filter((known) => known.workspaceId !== demo.workspaceId), demo];
    },
    async close() {
      if (closed) return;
      closed = true;
      // Still serving (forwarding) while the other nodes adopt what this one held.
      await cluster?.node.drain();
      await dispatcher.stop();
      await closeHttp(app);
      await sip?.stop();
      await options.sip?.plane.close();
      await sim.audioWritten();
      await cluster?.stop();
      await store.close();
    },
  };
}
