/**
 * Issue 16, goal 3: how long an empty server takes from launch to answering, run as
 * `switchboard serve` is (bin/switchboard.js): from the compiled build in dist/ (`npm run
 * build`) and from the TypeScript sources through tsx (SWITCHBOARD_SOURCE=1). Each run gets a
 * new SQLite file and a free port; the figure is the time until GET /readyz answers 200.
 * Run: node --import tsx bench/start.ts [runs]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machine, table } from './support/report.ts';

const runs = Number(process.argv[2] ?? 7);
const bin = join(import.meta.dirname, '../bin/switchboard.js');
const goalMs = 1000;

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

async function once(source: boolean): Promise<{ wall: number; cpu: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'sb-start-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--port', String(port), '--db', join(folder, 'sb.db')],
    {
      env: { ...process.env, SWITCHBOARD_SOURCE: source ? '1' : '0' },
      stdio: 'ignore',
    },
  );
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
for (const [label, source] of [
  ['compiled (dist/)', false],
  ['TypeScript through tsx', true],
] as const) {
  await once(source); // warm-up: disk cache, tsx's transform cache
  const times: { wall: number; cpu: number }[] = [];
  for (let run = 0; run < runs; run += 1) times.push(await once(source));
  const wall = times.map((time) => time.wall);
  const cpu = median(times.map((time) => time.cpu));
  const p50 = median(wall);
  rows.push([
    label,
    String(runs),
    p50.toFixed(0),
    Math.min(...wall).toFixed(0),
    Math.max(...wall).toFixed(0),
    cpu.toFixed(0),
    p50 <= goalMs ? 'met' : 'not met',
    (goalMs / p50).toFixed(2),
  ]);
}
table(
  [
    'run as',
    'runs',
    'p50 ms (wall)',
    'min ms',
    'max ms',
    'CPU ms (p50)',
    'goal ≤ 1,000 ms',
    'ratio (goal / p50)',
  ],
  rows,
);
