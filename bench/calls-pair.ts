/**
 * Issue 16 goal 2, two trees compared in one process: the calls bench's closed loop (place,
 * answer on the agent's leg, hang up; 500 agents, longest idle) against two servers on this
 * main thread, A from another checkout (BASE=<its directory>, with its own node_modules) and B
 * from this one, loaded in turn in short windows (A B, B A, …). The server's CPU per call
 * follows the machine's load from one minute to the next, and a loaded 2-core machine moves a
 * whole run's figure by ±30 %: here both trees are measured in the same seconds, and what is
 * compared is each pair's ratio. Main thread (both servers' event loop: only the loaded one
 * works) and the loaded server's busiest own thread (its SQLite writer when durable), ms/call.
 * Run: BASE=../base node --expose-gc --import tsx bench/calls-pair.ts [pairs] [callers]
 * (STORE=memory: in-memory SQLite; WINDOW=<ms>, 2000 by default). An A/A run (BASE = this
 * directory's copy) shows the harness's own spread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { openCallCentre } from './support/call-centre.ts';
import type { PairJob, Side } from './support/calls-pair-load.ts';
import { machine, table } from './support/report.ts';

const baseTree = process.env.BASE;
if (!baseTree) throw new Error('BASE=<directory of the other checkout> names tree A');
const thisTree = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const pairs = Number(process.argv[2] ?? 12);
const concurrency = Number(process.argv[3] ?? 64);
const memory = process.env.STORE === 'memory';
const windowMs = Number(process.env.WINDOW ?? 2000);
/** After switching servers: the other's calls in flight finish, the loaded one's loop fills. */
const settleMs = 700;
const users = 500;
const business = '+34911234567';

const threads = () => new Set(readdirSync(`/proc/${process.pid}/task`).map(Number));
/** A thread's CPU (user + system) in ms, from Linux's per-thread accounting; 0 once it is gone. */
function cpuMs(tid: number): number {
  try {
    const stat = readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** A tree's server with the calls bench's set-up; `own`: the threads it started (its writer's among them). */
async function start(tree: string) {
  const before = threads();
  const { startBenchServer, workspaceId } = await import(`${tree}/bench/support/server.ts`);
  const server = await startBenchServer(users, { memory });
  const base = `/v1/workspaces/${workspaceId}`;
  await openCallCentre(server, base, users, business);
  return { server, base, own: [...threads()].filter((tid) => !before.has(tid)) };
}

const servers = { A: await start(baseTree), B: await start(thisTree) };
const job: PairJob = {
  to: business,
  concurrency,
  servers: {
    A: { origin: servers.A.server.origin, token: servers.A.server.apiKey, base: servers.A.base },
    B: { origin: servers.B.server.origin, token: servers.B.server.apiKey, base: servers.B.base },
  },
};
/** A worker does not get tsx's loader before its entry runs, so the entry registers it first. */
const workerEntry = `import('tsx/esm/api')
  .then(({ register }) => register())
  .then(() => import(${JSON.stringify(new URL('./support/calls-pair-load.ts', import.meta.url).href)}))`;
const worker = new Worker(workerEntry, { eval: true, workerData: job });
const reply = <T>(message?: string) =>
  new Promise<T>((resolve) => {
    worker.once('message', resolve);
    if (message) worker.postMessage(message);
  });
await reply();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Window {
  main: number;
  writer: number;
  rate: number;
}
/** One window on one server: its calls and the CPU they took. */
async function measure(side: Side): Promise<Window> {
  worker.postMessage(side);
  await sleep(settleMs);
  const own = servers[side].own;
  const calls = (await reply<Record<Side, number>>('count'))[side];
  const main = cpuMs(process.pid);
  const others = own.map(cpuMs);
  await sleep(windowMs);
  const done = (await reply<Record<Side, number>>('count'))[side] - calls;
  const writer = Math.max(0, ...own.map((tid, index) => cpuMs(tid) - others[index]!));
  return { main: (cpuMs(process.pid) - main) / done, writer: writer / done, rate: done / (windowMs / 1000) };
}

machine(`bench/calls-pair.ts — tree A (${baseTree}) against tree B (${thisTree}), one process`);
// Warm-up: each server loaded twice, so both trees' code is compiled.
for (const side of ['A', 'B', 'A', 'B'] as const) {
  worker.postMessage(side);
  await sleep(1500);
}
const windows: Array<Record<Side, Window>> = [];
for (let pair = 0; pair < pairs; pair += 1) {
  const order: Side[] = pair % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
  const first = await measure(order[0]!);
  const second = await measure(order[1]!);
  windows.push(order[0] === 'A' ? { A: first, B: second } : { A: second, B: first });
}
await reply('stop');
await worker.terminate();
await servers.A.server.close();
await servers.B.server.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const figure = (side: Side, key: keyof Window) => median(windows.map((pair) => pair[side][key]));
const ratios = (key: 'main' | 'writer') => windows.map((pair) => pair.B[key] / pair.A[key]);
console.log(
  `${memory ? 'In-memory' : 'Durable'} SQLite, ${concurrency} callers a server, ${pairs} pairs of ${windowMs} ms windows ` +
    `(medians; ratio: B / A pair by pair, then its median and how many pairs had B below A).\n`,
);
const row = (label: string, key: 'main' | 'writer') => {
  const each = ratios(key);
  return [
    label,
    figure('A', key).toFixed(3),
    figure('B', key).toFixed(3),
    median(each).toFixed(3),
    `${each.filter((ratio) => ratio < 1).length} of ${each.length}`,
    each.map((ratio) => ratio.toFixed(2)).join(' '),
  ];
};
table(
  ['ms/call', 'A', 'B', 'B / A (median)', 'B below A', 'pairs'],
  [row('main thread', 'main'), row(memory ? 'busiest own thread' : 'writer thread', 'writer')],
);
console.log(
  `\ncalls/s (median of windows): A ${figure('A', 'rate').toFixed(0)}, B ${figure('B', 'rate').toFixed(0)}`,
);
