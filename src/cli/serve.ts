import { type AddressInfo, isIP } from 'node:net';
import { parseArgs } from 'node:util';
import type { Level } from 'pino';
import { warmUpSchemas } from '../server/schema-compilers.ts';
import { StartFailure } from '../server/startup.ts';
import { openSwitchboard, type Switchboard } from '../server/switchboard.ts';
import { loadMediaPlane } from '../telephony/sip/plane.ts';
import { CliError } from './client.ts';
import { applyDemo, bothDemos, type DemoLanguage, demoLanguages, demoSignIns } from './demo.ts';
import { usage } from './usage.ts';

const clocks = ['system', 'virtual'] as const;
const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/** `--demo es`: the word after --demo, when it is a demo language, is the demo's language. */
export function demoLanguageOf(args: string[]): { rest: string[]; language?: DemoLanguage } {
  // The last --demo: `npm start -- --demo es` runs `serve --demo --demo es`.
  const at = args.lastIndexOf('--demo');
  const next = args[at + 1] as DemoLanguage | undefined;
  if (at < 0 || next === undefined || !demoLanguages.includes(next)) return { rest: args };
  return { rest: [...args.slice(0, at + 1), ...args.slice(at + 2)], language: next };
}

function options(all: string[]) {
  const { rest: args, language } = demoLanguageOf(all);
  const { values, positionals } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      'database-url': { type: 'string' },
      'advertise-url': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      clock: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'allow-private-webhooks': { type: 'boolean', default: false },
      'metrics-token': { type: 'string' },
      'trust-proxy': { type: 'string' },
      'metrics-per-workspace': { type: 'boolean', default: false },
      'log-level': { type: 'string' },
      'password-cost': { type: 'string' },
      telephony: { type: 'string' },
      'sip-listen': { type: 'string' },
      'sip-public-address': { type: 'string' },
      'rtp-ports': { type: 'string' },
      'sip-digest': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 0)
    throw new CliError(
      `serve takes no arguments (--demo takes ${demoLanguages.join(' or ')})\n\n${usage.serve}`,
    );
  const env = process.env;
  const port = Number(values.port ?? env.SWITCHBOARD_PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be a port number from 0 to 65535`);
  const clock = values.clock ?? env.SWITCHBOARD_CLOCK ?? 'system';
  if (!(clocks as readonly string[]).includes(clock)) throw new CliError(`--clock must be system or virtual`);
  const level = values['log-level'] ?? env.SWITCHBOARD_LOG_LEVEL ?? 'info';
  if (!levels.includes(level)) throw new CliError(`--log-level must be one of ${levels.join(', ')}`);
  const telephony = values.telephony ?? env.SWITCHBOARD_TELEPHONY ?? 'sim';
  if (telephony !== 'sim' && telephony !== 'sip') throw new CliError('--telephony must be sim or sip');
  const databaseUrl = values['database-url'] ?? env.DATABASE_URL;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new CliError('--database-url must be a postgres:// URL');
  const passwordCost = values['password-cost'] === undefined ? undefined : Number(values['password-cost']);
  if (
    passwordCost !== undefined &&
    !(Number.isInteger(passwordCost) && passwordCost >= 4 && passwordCost <= 16)
  )
    throw new CliError('--password-cost must be a whole number from 4 to 16 (log2 of scrypt N; default 14)');
  const advertise = values['advertise-url'] ?? env.SWITCHBOARD_ADVERTISE_URL;
  if (advertise !== undefined && !/^https?:\/\//.test(advertise))
    throw new CliError('--advertise-url must be an http:// or https:// URL');
  const trustProxy = trustProxyOption(values['trust-proxy'] ?? env.SWITCHBOARD_TRUST_PROXY);
  return {
    trustProxy,
    sip: telephony === 'sip' ? sipOptions(values, env) : undefined,
    help: values.help ?? false,
    databaseUrl,
    advertise,
    db: values.db ?? env.SWITCHBOARD_DB ?? './data/switchboard.db',
    port,
    host: values.host ?? env.SWITCHBOARD_HOST ?? '127.0.0.1',
    clock: clock as (typeof clocks)[number],
    // --demo alone: both languages' demos; --demo es (or en): that one alone, as workspace demo.
    demo: values.demo ? (language ?? ('both' as const)) : undefined,
    metricsToken: values['metrics-token'] ?? env.SWITCHBOARD_METRICS_TOKEN,
    metricsPerWorkspace: values['metrics-per-workspace'],
    allowPrivateWebhooks: values['allow-private-webhooks'] || env.SWITCHBOARD_ALLOW_PRIVATE_WEBHOOKS === '1',
    level: level as Level,
    passwordCost,
  };
}

/**
 * --trust-proxy: a hop count, or the proxies' addresses and CIDRs. Never "trust everyone": then
 * any client could name its own address in X-Forwarded-For and escape the per-address limits.
 */
export function trustProxyOption(value: string | undefined): string | number | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^\d{1,2}$/.test(value) && Number(value) >= 1) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  const valid = (entry: string) => {
    const [address, bits, extra] = entry.split('/');
    if (extra !== undefined || !address || isIP(address) === 0) return false;
    if (bits === undefined) return true;
    const max = isIP(address) === 4 ? 32 : 128;
    return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
  };
  if (!entries.every(valid))
    throw new CliError(
      "--trust-proxy must be a hop count (1-99) or the proxies' addresses or CIDRs, comma-separated, e.g. 10.0.0.0/8,127.0.0.1",
    );
  return entries.join(',');
}

function sipOptions(
  values: {
    'sip-listen'?: string;
    'sip-public-address'?: string;
    'rtp-ports'?: string;
    'sip-digest'?: string;
  },
  env: NodeJS.ProcessEnv,
) {
  const listen = values['sip-listen'] ?? env.SWITCHBOARD_SIP_LISTEN ?? '127.0.0.1:5060';
  const match = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(listen);
  if (!match || Number(match[2]) > 65535)
    throw new CliError('--sip-listen must be HOST:PORT, e.g. 127.0.0.1:5060');
  const host = match[1]!.replace(/^\[|\]$/g, '');
  const ports = values['rtp-ports'] ?? env.SWITCHBOARD_RTP_PORTS ?? '20000-20999';
  const range = /^(\d{1,5})-(\d{1,5})$/.exec(ports);
  const [portMin, portMax] = range ? [Number(range[1]), Number(range[2])] : [0, 0];
  if (!range || portMin < 1024 || portMax > 65535 || portMin > portMax)
    throw new CliError('--rtp-ports must be a range MIN-MAX within 1024-65535, e.g. 20000-20999');
  const publicAddress = values['sip-public-address'] ?? env.SWITCHBOARD_SIP_PUBLIC_ADDRESS ?? host;
  const digest = (values['sip-digest'] ?? env.SWITCHBOARD_SIP_DIGEST ?? 'md5')
    .split(',')
    .map((name) => name.trim().toUpperCase());
  if (digest.length === 0 || digest.some((name) => name !== 'MD5' && name !== 'SHA-256'))
    throw new CliError('--sip-digest must list md5 and/or sha-256, most preferred first');
  const digestAlgorithms = digest as Array<'MD5' | 'SHA-256'>;
  return {
    listen: { host, port: Number(match[2]) },
    publicAddress,
    rtp: { portMin, portMax },
    digestAlgorithms,
  };
}

/** What failed to start, named as the operator gave it (the store, SIP's listener, the API …). */
function startFailure(opts: ReturnType<typeof options>, error: unknown): string {
  const part = error instanceof StartFailure ? error.part : 'store';
  const cause = (error instanceof StartFailure ? error.cause : error) as NodeJS.ErrnoException;
  const { code, message, syscall } = cause;
  if (part === 'sip' && opts.sip && (syscall === 'listen' || syscall === 'bind'))
    return `SIP telephony cannot listen on ${opts.sip.listen.host}:${opts.sip.listen.port} (${code ?? message})`;
  if (part === 'sip') return `SIP telephony: ${message}`;
  if (part === 'api') return `the HTTP API cannot be built: ${message}`;
  if (part === 'cluster') return `this node cannot join the cluster: ${message}`;
  const store = opts.databaseUrl ? 'the PostgreSQL database' : `the store at ${opts.db}`;
  return `${store} cannot be opened (${code ?? message})`;
}

/** `switchboard serve`: opens the store, starts the engine and the API, and stops cleanly on a signal. */
export async function serveCommand(args: string[]): Promise<number | undefined> {
  const opts = options(args);
  if (opts.help) {
    console.log(usage.serve);
    return 0;
  }
  const sip = opts.sip && {
    listen: opts.sip.listen,
    publicAddress: opts.sip.publicAddress,
    digestAlgorithms: opts.sip.digestAlgorithms,
    plane: await loadMediaPlane({ address: opts.sip.listen.host, ...opts.sip.rtp }).catch((error: Error) => {
      throw new CliError(`--telephony sip: ${error.message}`);
    }),
  };
  let switchboard: Switchboard;
  try {
    switchboard = await openSwitchboard({
      dbPath: opts.db,
      databaseUrl: opts.databaseUrl,
      clock: opts.clock,
      logger: { level: opts.level },
      ...(sip ? { sip } : {}),
      webhooks: { allowPrivate: opts.allowPrivateWebhooks },
      metrics: { token: opts.metricsToken, perWorkspace: opts.metricsPerWorkspace },
      ...(opts.trustProxy === undefined ? {} : { trustProxy: opts.trustProxy }),
      ...(opts.passwordCost === undefined ? {} : { passwordCost: { log2N: opts.passwordCost, r: 8, p: 1 } }),
      // From the environment only, never a flag: a flag shows in every `ps` listing.
      secretsPassphrase: process.env.SWITCHBOARD_SECRETS_KEY,
    });
  } catch (error) {
    await sip?.plane.close();
    throw new CliError(`cannot start: ${startFailure(opts, error)}`);
  }
  stopOnSignals(switchboard);
  // Applied before listening, so that the demo is there from the first request.
  const demos: Array<{ language: DemoLanguage; workspaceId?: string }> =
    opts.demo === 'both' ? bothDemos : opts.demo ? [{ language: opts.demo }] : [];
  const demo: string[] = [];
  // Only the first demo gets the SIP trunk: both demos hold the same numbers, and a call to a
  // number must reach one workspace.
  for (const [index, { language, workspaceId }] of demos.entries())
    demo.push(...(await demoLines(switchboard, language, workspaceId, Boolean(sip) && index === 0)));
  try {
    await switchboard.app.listen({ port: opts.port, host: opts.host });
  } catch (error) {
    await switchboard.close();
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`cannot listen on ${opts.host}:${opts.port} (${code})`);
  }
  // The routes' schemas compile on first use; the rest now, while nobody is calling yet.
  warmUpSchemas().catch((error: unknown) => console.error('a route schema does not compile:', error));
  const { port } = switchboard.app.server.address() as AddressInfo;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  switchboard.advertise(opts.advertise ?? url);
  console.log(`listening on ${url}`);
  console.log(`Web console: ${url}/ (agents, admins, wallboard; Try it places a test call)`);
  console.log(`API docs: ${url}/docs (OpenAPI: ${url}/openapi.json)`);
  const node = switchboard.cluster?.node;
  const database = opts.databaseUrl ? `PostgreSQL ${withoutPassword(opts.databaseUrl)}` : opts.db;
  console.log(`database: ${database}; clock: ${opts.clock}`);
  if (node) console.log(`node: ${node.nodeId}, reached by other nodes at ${opts.advertise ?? url}`);
  if (switchboard.sip && opts.sip)
    console.log(
      `SIP: udp and tcp on ${opts.sip.listen.host}:${switchboard.sip.port} (advertised as ${opts.sip.publicAddress}); RTP ports ${opts.sip.rtp.portMin}-${opts.sip.rtp.portMax}`,
    );
  if (switchboard.adminToken) {
    console.log('');
    console.log('Server admin key (shown only this once; save it now):');
    console.log(`  ${switchboard.adminToken}`);
    console.log(
      'Use it as `Authorization: Bearer <key>` or SWITCHBOARD_TOKEN to create and configure workspaces.',
    );
  }
  for (const line of demo) console.log(line);
  return undefined;
}

/** The URL as it may be printed: never its password. */
function withoutPassword(databaseUrl: string): string {
  try {
    const parsed = new URL(databaseUrl);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

async function demoLines(
  switchboard: Switchboard,
  language: DemoLanguage,
  workspaceId: string | undefined,
  sip: boolean,
): Promise<string[]> {
  const { spec, applied } = await applyDemo(switchboard, language, workspaceId);
  const trunkLines = sip ? await demoTrunk(switchboard, spec.workspace.id) : [];
  switchboard.announceDemo({
    workspaceId: spec.workspace.id,
    workspaceName: spec.workspace.name,
    language,
    people: (spec.users ?? [])
      .filter((user) => user.password)
      .map((user) => ({
        email: user.email,
        password: user.password!,
        name: user.name,
        role: user.role ?? 'agent',
      })),
  });
  const changes = applied.length === 0 ? 'already up to date' : `${applied.length} changes applied`;
  return [
    '',
    `Demo workspace "${spec.workspace.name}" (id ${spec.workspace.id}): ${changes}.`,
    'Demo sign-ins (POST /v1/sessions with email and password):',
    ...demoSignIns(spec),
    ...trunkLines,
  ];
}

/** With SIP telephony, the demo workspace takes calls from a trunk on this machine (127.0.0.1). */
async function demoTrunk(switchboard: Switchboard, workspaceId: string): Promise<string[]> {
  const state = switchboard.runtime.state(workspaceId);
  if (!state?.sip?.trunk)
    await switchboard.runtime.execute(
      workspaceId,
      { type: 'sip.configure_trunk', trunk: { allowedSources: ['127.0.0.1'] } },
      { kind: 'admin' },
    );
  const numbers = Object.values(state?.numbers ?? {}).map((number) => number.e164);
  return ['', `SIP trunk: calls from 127.0.0.1 reach the demo numbers (${numbers.join(', ')}).`];
}

/** SIGINT or SIGTERM: stop taking requests, drain, flush the engine, close the store, exit 0. */
function stopOnSignals(switchboard: Switchboard): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    switchboard.app.log.info({ signal }, 'shutting down');
    switchboard
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error('shutdown failed:', error);
        process.exit(1);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
