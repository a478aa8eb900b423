import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { childBundle } from './child-bundle.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The crash tests' server processes still running: killed after each test. */
export const running = new Set<ChildProcess>();

export interface Child {
  process: ChildProcess;
  base: string;
  adminToken: string | null;
  exited: Promise<void>;
}

/**
 * Starts a server process (test/crash/child.ts, as the processes project's global setup bundled
 * it) on the SQLite file `db` and waits for the line saying where it listens.
 */
export async function startChild(db: string, args: string[] = []): Promise<Child> {
  const child = spawn(process.execPath, [childBundle, '--db', db, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const ready = await new Promise<{ port: number; adminToken: string | null }>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before listening: ${stderr}`)));
  });
  return { process: child, base: `http://127.0.0.1:${ready.port}`, adminToken: ready.adminToken, exited };
}
