import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../../bin/switchboard.js');

/**
 * How many times slower than a quiet machine this one is now, from its load per core (1 up
 * to 4 per core; at most 4). A `serve` node started from source loads its modules through
 * tsx: about 5 s of CPU (BENCHMARKS.md, bench:start; 3 s compiled), so on the shared 2-core
 * machine at load 20-30 one node alone takes half a minute to listen, and three started at
 * once took over a minute each. Bounds on waiting for a process scale by this, so that a
 * slow machine is waited for and a node that never starts still fails, with its output.
 */
export function machineSlowness(): number {
  const perCore = (loadavg()[0] ?? 0) / Math.max(1, availableParallelism());
  return Math.min(4, Math.max(1, perCore / 4));
}

/** A bound set for a quiet machine, scaled to this one now. */
export const machineBound = (ms: number) => Math.round(ms * machineSlowness());

export interface Node {
  process: ChildProcess;
  url: string;
  /** How long it took from launch to listening. */
  startedInMs: number;
  /** Printed by the node that created the server admin key (the first on a new database). */
  adminToken?: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** SIGTERM and wait for it to exit (a no-op once it has). */
  stop(): Promise<void>;
  exited: Promise<void>;
}

/**
 * A real `switchboard serve` process on the PostgreSQL at `databaseUrl`, on a free loopback
 * port; `extra` adds flags (SIP telephony) and environment (the secrets passphrase). See
 * startServe.
 */
export function startNode(
  databaseUrl: string,
  logLevel = 'warn',
  extra: { args?: string[]; env?: Record<string, string>; startMs?: number } = {},
): Promise<Node> {
  return startServe(['--database-url', databaseUrl], logLevel, extra);
}

/**
 * A real `switchboard serve` process on the store `storeArgs` name (`--database-url URL`, or
 * `--db FILE`), on a free loopback port. It runs the compiled build when `npm run build` made
 * one as new as the sources (bin/switchboard.js), else the TypeScript through tsx. Given a
 * minute to listen on a quiet machine, more on a loaded one (machineBound).
 */
export async function startServe(
  storeArgs: string[],
  logLevel = 'warn',
  extra: { args?: string[]; env?: Record<string, string>; startMs?: number } = {},
): Promise<Node> {
  const launched = Date.now();
  const child = spawn(
    process.execPath,
    [bin, 'serve', ...storeArgs, '--port', '0', '--log-level', logLevel, ...(extra.args ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...extra.env } },
  );
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timeout = setTimeout(
      () => reject(new Error(`node did not start:\n${text}`)),
      extra.startMs ?? machineBound(60_000),
    );
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(text);
      if (!match) return;
      clearTimeout(timeout);
      child.stdout!.off('data', check);
      resolve(match[1]!);
    };
    child.stdout!.on('data', check);
    void exited.then(() => reject(new Error(`node exited:\n${text}`)));
  });
  // The key is printed after the address, in the same write.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const adminToken = /\s(sbk_\S+)/.exec(text)?.[1];
  const startedInMs = Date.now() - launched;
  return {
    process: child,
    url,
    startedInMs,
    ...(adminToken ? { adminToken } : {}),
    output: () => text,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of every shape.
  body: any;
}

/** One HTTP request; a connection refused or reset (a dead node), or an answer not JSON, is status 0, with why in `body.failed`. */
export async function call(
  base: string,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  try {
    const response = await fetch(new URL(path, base), {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  } catch (error) {
    // Why, for a test that counts these: refused, reset, timed out, or an answer not JSON.
    const cause = (error as { cause?: unknown }).cause ?? error;
    return { status: 0, body: { failed: String(cause) } };
  }
}

/** Polls until `check` returns a value (not undefined), or fails after `ms`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The node id a node printed when it started. */
export const nodeIdOf = (node: Node) => /node: (node_\w+)/.exec(node.output())?.[1];
