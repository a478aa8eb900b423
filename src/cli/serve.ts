import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { Level } from 'pino';
import { openSwitchboard, type Switchboard } from '../server/switchboard.ts';
import { CliError } from './client.ts';
import { applyDemo, demoSignIns } from './demo.ts';
import { usage } from './usage.ts';

const clocks = ['system', 'virtual'] as const;
const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      clock: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'allow-private-webhooks': { type: 'boolean', default: false },
      'metrics-token': { type: 'string' },
      'metrics-per-workspace': { type: 'boolean', default: false },
      'log-level': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (positionals.length > 0) throw new CliError(`serve takes no arguments\n\n${usage.serve}`);
  const env = process.env;
  const port = Number(values.port ?? env.SWITCHBOARD_PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be a port number from 0 to 65535`);
  const clock = values.clock ?? env.SWITCHBOARD_CLOCK ?? 'system';
  if (!(clocks as readonly string[]).includes(clock)) throw new CliError(`--clock must be system or virtual`);
  const level = values['log-level'] ?? env.SWITCHBOARD_LOG_LEVEL ?? 'info';
  if (!levels.includes(level)) throw new CliError(`--log-level must be one of ${levels.join(', ')}`);
  return {
    help: values.help ?? false,
    db: values.db ?? env.SWITCHBOARD_DB ?? './data/switchboard.db',
    port,
    host: values.host ?? env.SWITCHBOARD_HOST ?? '127.0.0.1',
    clock: clock as (typeof clocks)[number],
    demo: values.demo,
    metricsToken: values['metrics-token'] ?? env.SWITCHBOARD_METRICS_TOKEN,
    metricsPerWorkspace: values['metrics-per-workspace'],
    allowPrivateWebhooks: values['allow-private-webhooks'] || env.SWITCHBOARD_ALLOW_PRIVATE_WEBHOOKS === '1',
    level: level as Level,
  };
}

/** `switchboard serve`: opens the store, starts the engine and the API, and stops cleanly on a signal. */
export async function serveCommand(args: string[]): Promise<number | undefined> {
  const opts = options(args);
  if (opts.help) {
    console.log(usage.serve);
    return 0;
  }
  const switchboard = await openSwitchboard({
    dbPath: opts.db,
    clock: opts.clock,
    logger: { level: opts.level },
    webhooks: { allowPrivate: opts.allowPrivateWebhooks },
    metrics: { token: opts.metricsToken, perWorkspace: opts.metricsPerWorkspace },
  });
  stopOnSignals(switchboard);
  // Applied before listening, so that the demo is there from the first request.
  const demo = opts.demo ? await demoLines(switchboard) : [];
  try {
    await switchboard.app.listen({ port: opts.port, host: opts.host });
  } catch (error) {
    await switchboard.close();
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`cannot listen on ${opts.host}:${opts.port} (${code})`);
  }
  const { port } = switchboard.app.server.address() as AddressInfo;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  console.log(`listening on ${url}`);
  console.log(`Web console: ${url}/ (agents, admins, wallboard; Try it places a test call)`);
  console.log(`API docs: ${url}/docs (OpenAPI: ${url}/openapi.json)`);
  console.log(`database: ${opts.db}; clock: ${opts.clock}`);
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

async function demoLines(switchboard: Switchboard): Promise<string[]> {
  const { spec, applied } = await applyDemo(switchboard);
  switchboard.announceDemo({
    workspaceId: spec.workspace.id,
    workspaceName: spec.workspace.name,
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
  ];
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
