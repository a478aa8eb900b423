import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../../bin/switchboard.js');

export interface Node {
  process: ChildProcess;
  url: string;
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
 * port; `extra` adds flags (SIP telephony) and environment (the secrets passphrase).
 */
export async function startNode(
  databaseUrl: string,
  logLevel = 'warn',
  extra: { args?: string[]; env?: Record<string, string>; startMs?: number } = {},
): Promise<Node> {
  const child = spawn(
    process.execPath,
    [
      bin,
      'serve',
      '--database-url',
      databaseUrl,
      '--port',
      '0',
      '--log-level',
      logLevel,
      ...(extra.args ?? []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...extra.env } },
  );
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timeout = setTimeout(
      () => reject(new Error(`node did not start:\n${text}`)),
      extra.startMs ?? 60_000,
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
  return {
    process: child,
    url,
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

/** One HTTP request; a connection refused or reset (a dead node) is status 0. */
export async function call(
  base: string,
  method: string,
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  try {
    const response = await fetch(new URL(path, base), {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  } catch {
    return { status: 0, body: undefined };
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
