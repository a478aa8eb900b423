/**
 * Issue 16, goal 3: how long a server takes from launch to answering, run as `switchboard
 * serve` is (bin/switchboard.js): an empty one from the bundled build in dist/ (`npm run
 * build`) and from the TypeScript sources through tsx (SWITCHBOARD_SOURCE=1); then, compiled,
 * one whose log holds 1M events (bench/support/big-log.ts, made once and kept in the temp
 * folder), with the latest snapshot the runtime would have taken and with none (the whole
 * log replayed). Each run gets its own SQLite file and a free port; the figure is the time
 * until GET /readyz answers 200.
 * Run: node --import tsx bench/start.ts [runs] [events]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { bytesPerEvent } from '../src/runtime/snapshot-cadence.ts';
import { bigLog, copyOf } from './support/big-log.ts';
import { count, machine, table } from './support/report.ts';

const runs = Number(process.argv[2] ?? 7);
const logEvents = Number(process.argv[3] ?? 1_000_000);
const bigRuns = Math.max(1, Math.ceil(runs / 2));
const bin = join(import.meta.dirname, '../bin/switchboard.js');
const goalMs = 1000;
const bigGoalMs = 5000;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function ready(port: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** CPU time the process has used so far (user + system, from /proc: the machine's load does not inflate it). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The database a run starts on: a new file, or a copy of a prepared one. */
type Prepare = (folder: string) => string;
const emptyDb: Prepare = (folder) => join(folder, 'sb.db');

async function once(source: boolean, prepare: Prepare = emptyDb): Promise<{ wall: number; cpu: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'sb-start-'));
  const db = prepare(folder);
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--db', db], {
    env: { ...process.env, SWITCHBOARD_SOURCE: source ? '1' : '0' },
    stdio: 'ignore',
  });
  try {
    await ready(port, child);
    return { wall: performance.now() - started, cpu: cpuMs(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(folder, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

machine('bench/start.ts — an empty server, launch to first answer (issue 16 goal 3)');
if (!existsSync(join(import.meta.dirname, '../dist/.built')))
  console.log('No build in dist/: run `npm run build` first, or only the source figures mean anything.\n');
const rows: string[][] = [];
async function measure(label: string, source: boolean, n: number, goal: number, prepare?: Prepare) {
  await once(source, prepare); // warm-up: disk cache, tsx's transform cache
  const times: { wall: number; cpu: number }[] = [];
  for (let run = 0; run < n; run += 1) times.push(await once(source, prepare));
  const wall = times.map((time) => time.wall);
  const cpu = median(times.map((time) => time.cpu));
  const p50 = median(wall);
  rows.push([
    label,
    String(n),
    p50.toFixed(0),
    Math.min(...wall).toFixed(0),
    Math.max(...wall).toFixed(0),
    cpu.toFixed(0),
    `≤ ${count(goal)} ms: ${p50 <= goal ? 'met' : 'not met'}`,
    (goal / p50).toFixed(2),
  ]);
}

await measure('empty, bundled (dist/)', false, runs, goalMs);
await measure('empty, TypeScript through tsx', true, runs, goalMs);
const log = await bigLog(logEvents);
const snapshotOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  const row = db.prepare('SELECT seq, length(state) AS bytes FROM snapshots').get() as
    | { seq: number; bytes: number }
    | undefined;
  const last = db.prepare('SELECT max(seq) AS seq FROM events').get() as { seq: number };
  db.close();
  return { row, last: last.seq };
};
const { row: snapshot, last } = snapshotOf(log);
await measure(
  `${count(last)} events, snapshot at ${count(snapshot?.seq ?? 0)} (${((snapshot?.bytes ?? 0) / 1024).toFixed(0)} KiB, tail ${count(last - (snapshot?.seq ?? 0))}), bundled`,
  false,
  bigRuns,
  bigGoalMs,
  (folder) => copyOf(log, folder),
);
// The runtime snapshots every max(1,000, snapshot bytes / 200) events (snapshot-cadence.ts), so
// a running server's tail is at most that long: a log with no snapshot at all is left only by a
// server that never reached its first one or whose snapshots failed. Measured as the bound.
const worstTail = Math.max(1000, Math.floor((snapshot?.bytes ?? 0) / bytesPerEvent)) - 1;
console.log(`The snapshot cadence bounds this log's tail at ${count(worstTail)} events.\n`);
await measure(
  `${count(last)} events, no snapshot (whole log replayed; not a state the runtime leaves), bundled`,
  false,
  bigRuns,
  bigGoalMs,
  (folder) => {
    const path = copyOf(log, folder);
    const db = new Database(path);
    db.prepare('DELETE FROM snapshots').run();
    db.close();
    return path;
  },
);
table(
  ['server', 'runs', 'p50 ms (wall)', 'min ms', 'max ms', 'CPU ms (p50)', 'goal', 'ratio (goal / p50)'],
  rows,
);
