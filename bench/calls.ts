/**
 * Issue 16 goal 2: inbound calls end to end. The real server in this process on the main
 * thread (durable SQLite file, then in-memory SQLite, alternating), 500 agents online; a worker
 * thread with one WebSocket stream and N callers, each placing a call through the simulated
 * network, answering the agent's ringing leg and hanging up, in a closed loop.
 * Run: node --expose-gc --import tsx bench/calls.ts [rounds] [concurrency…]
 * (BENCH_STORES=durable or memory: one of the two only, memory,durable: in-memory first in the first
 * round, so that one-round runs can alternate which goes first; BENCH_PROFILE=<dir>: a CPU profile of the
 * server's thread over each measured window, written there, or with BENCH_PROFILE_HEAP=1 a sampling profile
 * of what it allocated; BENCH_RATE=<calls/s>: calls started on an open schedule of that many a
 * second, taken by whichever caller is free (a late one made up for, latencies counted from the
 * scheduled start), so that a server's capacity shows as keeping to the schedule or falling behind,
 * and two trees compared on a loaded machine batch alike).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { openCallCentre } from './support/call-centre.ts';
import type { CallsJob, CallsOutcome } from './support/calls-load.ts';
import { count, machine, ms, Samples, table } from './support/report.ts';
import { startBenchServer, workspaceId } from './support/server.ts';
import { profileWindow } from './support/window-profile.ts';

const users = 500;
const business = '+34911234567';
const rounds = Number(process.argv[2] ?? 2);
const concurrencies = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [64];
const timing = { warmupMs: 2_000, measureMs: 6_000 };
/** BENCH_STORES=durable (or memory) runs one of the two only, e.g. under a CPU profile; its order is the first round's. */
const stores = (process.env.BENCH_STORES ?? 'durable,memory').split(',') as Mode[];
const profileDir = process.env.BENCH_PROFILE;
/**
 * Paced calls (calls/s in all, on one open schedule), or none: each caller as fast as its closed loop goes. The CPU a call
 * costs falls as the load rises (larger commits, more requests per wake-up), so on a shared
 * machine two trees' ms/call compare only at the same rate.
 */
const pacedRate = process.env.BENCH_RATE === undefined ? undefined : Number(process.env.BENCH_RATE);
if (pacedRate !== undefined && !(pacedRate > 0))
  throw new Error('BENCH_RATE must be a number of calls a second');

/** A worker does not get tsx's loader before its entry runs, so the entry registers it first. */
const workerEntry = `import('tsx/esm/api')
  .then(({ register }) => register())
  .then(() => import(${JSON.stringify(new URL('./support/calls-load.ts', import.meta.url).href)}))`;

/**
 * CPU time of each of this process's threads (Linux tasks), in ms, from Linux's per-thread
 * accounting: the machine is shared, so the CPU a call costs the server's threads is a steadier
 * figure than wall-clock throughput. Empty off Linux.
 */
function threadCpuMs(): Map<number, number> {
  const cpu = new Map<number, number>();
  try {
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      const stat = readFileSync(`/proc/${process.pid}/task/${task}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second on Linux).
      cpu.set(Number(task), (Number(fields[11]) + Number(fields[12])) * 10);
    }
  } catch {
    // a thread that ended between the listing and the read, or not Linux: what was read stands
  }
  return cpu;
}

/** Per thread: CPU used between two readings (threads started in between count from 0). */
function cpuBetween(before: Map<number, number>, after: Map<number, number>): Map<number, number> {
  const used = new Map<number, number>();
  for (const [tid, ms] of after) used.set(tid, ms - (before.get(tid) ?? 0));
  return used;
}

interface Measured {
  outcome: CallsOutcome;
  /** Over the measured window, ms: the server's main thread (its event loop), the heaviest other server thread (the SQLite writer when durable), every server thread (the callers' excluded), and the whole process. */
  mainCpuMs?: number;
  writerCpuMs?: number;
  serverCpuMs?: number;
  processCpuMs: number;
  /** Commits (group commits: one fsync each when durable) over the measured window. */
  commits: number;
}

/** Batches the runtime has committed (its listeners hear each once). */
let commitsSoFar = 0;

function load(job: CallsJob, profileName: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry, { eval: true, workerData: job });
    let threads = new Map<number, number>();
    let used = new Map<number, number>();
    let whole = process.cpuUsage();
    let processCpuMs = 0;
    let commits = 0;
    let profiling: Promise<() => Promise<string>> | undefined;
    worker.on('message', (message: CallsOutcome | { mark: 'start' | 'end' }) => {
      if ('mark' in message && message.mark === 'start') {
        if (profileDir)
          profiling = profileWindow(profileDir, profileName, process.env.BENCH_PROFILE_HEAP === '1');
        threads = threadCpuMs();
        whole = process.cpuUsage();
        commits = commitsSoFar;
      } else if ('mark' in message) {
        void profiling?.then((stop) => stop()).then((path) => console.error(`  profile: ${path}`));
        used = cpuBetween(threads, threadCpuMs());
        const cpu = process.cpuUsage(whole);
        processCpuMs = (cpu.user + cpu.system) / 1000;
        commits = commitsSoFar - commits;
      } else {
        resolve({ outcome: message, processCpuMs, commits, ...serverThreads(used, message.tid) });
        void worker.terminate();
      }
    });
    worker.once('error', reject);
  });
}

/** The server's share of the per-thread CPU: every thread but the callers'. */
function serverThreads(used: Map<number, number>, callers: number | undefined) {
  if (used.size === 0 || callers === undefined) return {};
  const others = [...used].filter(([tid]) => tid !== process.pid && tid !== callers).map(([, ms]) => ms);
  const mainCpuMs = used.get(process.pid) ?? 0;
  const writerCpuMs = Math.max(0, ...others);
  return { mainCpuMs, writerCpuMs, serverCpuMs: mainCpuMs + others.reduce((sum, ms) => sum + ms, 0) };
}

type Mode = 'durable' | 'memory';

interface Run extends Measured {
  mode: Mode;
  concurrency: number;
  events: number;
}

/** A fresh server, its agents online on one number, then one measured load. */
async function run(mode: Mode, concurrency: number): Promise<Run> {
  const server = await startBenchServer(users, { memory: mode === 'memory' });
  try {
    const base = `/v1/workspaces/${workspaceId}`;
    await openCallCentre(server, base, users, business);
    const before = server.switchboard.runtime.state(workspaceId)!.version;
    server.switchboard.runtime.subscribe(() => {
      commitsSoFar += 1;
    });
    (globalThis as { gc?: () => void }).gc?.();
    const measured = await load(
      {
        origin: server.origin,
        token: server.apiKey,
        base,
        to: business,
        concurrency,
        ...(pacedRate === undefined ? {} : { rate: pacedRate }),
        ...timing,
      },
      `calls-${mode}-${concurrency}-${Date.now()}`,
    );
    const events = server.switchboard.runtime.state(workspaceId)!.version - before;
    return { mode, concurrency, ...measured, events };
  } finally {
    await server.close();
  }
}

machine('bench/calls.ts — inbound calls end to end (HTTP + WebSocket), durable vs in-memory SQLite');
const runs: Run[] = [];
for (const concurrency of concurrencies)
  for (let round = 0; round < rounds; round += 1) {
    // Alternating which goes first, so a change in the machine's load hits both alike.
    const order = round % 2 === 0 ? stores : [...stores].reverse();
    for (const mode of order.filter((mode) => mode === 'durable' || mode === 'memory')) {
      const result = await run(mode, concurrency);
      runs.push(result);
      const rate = result.outcome.completed / (timing.measureMs / 1000);
      console.error(`  ${mode} × ${concurrency}: ${count(rate)} calls/s`);
    }
  }

const seconds = timing.measureMs / 1000;
const perCall = (cpuMs: number | undefined, result: Run) =>
  cpuMs === undefined ? '–' : ms(cpuMs / result.outcome.completed);
const behindOf = (result: Run) => {
  const behind = new Samples();
  for (const value of result.outcome.behind) behind.add(value);
  return behind;
};
const rowOf = (result: Run) => {
  const ring = new Samples();
  for (const value of result.outcome.ringLatencies) ring.add(value);
  const whole = new Samples();
  for (const value of result.outcome.callLatencies) whole.add(value);
  return [
    result.mode === 'durable' ? 'durable file' : 'in-memory',
    count(result.concurrency),
    count(result.outcome.completed / seconds),
    ms(ring.percentileMs(50)),
    ms(ring.percentileMs(99)),
    ms(ring.maxMs()),
    ms(whole.percentileMs(50)),
    ms(whole.percentileMs(99)),
    perCall(result.mainCpuMs, result),
    perCall(result.writerCpuMs, result),
    perCall(result.serverCpuMs, result),
    ms(result.processCpuMs / result.outcome.completed),
    count(result.commits / seconds),
    count(result.outcome.failed),
    count(result.outcome.unmatched),
    ...(pacedRate === undefined ? [] : [ms(behindOf(result).percentileMs(99)), ms(behindOf(result).maxMs())]),
  ];
};

console.log(
  `${users} agents online on one number (longest idle); the server alone on the main thread, the callers ` +
    `and one WebSocket stream (workspace admin API key) in a worker thread. ${pacedRate === undefined ? 'Each caller in a closed loop' : `Calls on an open schedule of ${pacedRate} a second, each taken by a free caller of the pool`}: ` +
    `POST /sim/calls → the stream's call.offered (the agent's ringing leg) → POST /sim/legs/:call/:leg/answer → ` +
    `POST /sim/calls/:call/hangup. ${timing.warmupMs / 1000} s warm-up, ${seconds} s measured; ` +
    `ring = POST sent${pacedRate === undefined ? '' : ' (its scheduled start)'} → ringing event received; call = the same start → hang-up answered. Durable: SQLite file, ` +
    `WAL, synchronous=FULL; in-memory: ':memory:'. A fresh server per run. CPU per call: the server's ` +
    `main thread (its event loop), the busiest other thread (the SQLite writer when durable), all the ` +
    `server's threads (the callers' excluded: main, writer, V8's and libuv's helpers), and the whole ` +
    `process, over the measured window.\n`,
);
table(
  [
    'store',
    'concurrent',
    'calls/s',
    'ring p50 ms',
    'ring p99 ms',
    'ring max ms',
    'call p50 ms',
    'call p99 ms',
    'server thread CPU ms/call',
    'busiest other thread ms/call',
    'server threads ms/call',
    'process CPU ms/call',
    'commits/s',
    'failed',
    'unmatched',
    ...(pacedRate === undefined ? [] : ['behind schedule p99 ms', 'behind schedule max ms']),
  ],
  runs.map(rowOf),
);

const mine = (mode: Mode, concurrency: number) =>
  runs.filter((result) => result.mode === mode && result.concurrency === concurrency);
const rate = (mode: Mode, concurrency: number) => {
  const some = mine(mode, concurrency);
  return some.reduce((sum, result) => sum + result.outcome.completed / seconds, 0) / some.length;
};
/** Main-thread CPU per call over all runs of a kind, ms. */
const cpu = (mode: Mode, concurrency: number) => {
  const some = mine(mode, concurrency);
  const calls = some.reduce((sum, result) => sum + result.outcome.completed, 0);
  return some.reduce((sum, result) => sum + (result.mainCpuMs ?? Number.NaN), 0) / calls;
};
console.log(
  'Summary. On a shared machine calls/s follows the load; the server thread CPU per call does much less, so ' +
    '1000 / (CPU ms per call) is what one free core could sustain, and the two ratios should agree on a quiet machine.\n',
);
table(
  [
    'concurrent',
    'durable calls/s',
    'in-memory calls/s',
    'durable / in-memory',
    'durable CPU ms/call',
    'in-memory CPU ms/call',
    'durable calls/s per free core',
    'in-memory calls/s per free core',
    'CPU ratio in-memory / durable',
    'events per call',
  ],
  concurrencies.map((concurrency) => {
    const durable = rate('durable', concurrency);
    const memory = rate('memory', concurrency);
    const all = runs.filter((result) => result.concurrency === concurrency);
    const perCall =
      all.reduce((sum, result) => sum + result.events, 0) /
      all.reduce((sum, result) => sum + result.outcome.total, 0);
    const durableCpu = cpu('durable', concurrency);
    const memoryCpu = cpu('memory', concurrency);
    return [
      count(concurrency),
      count(durable),
      count(memory),
      (durable / memory).toFixed(2),
      ms(durableCpu),
      ms(memoryCpu),
      count(1000 / durableCpu),
      count(1000 / memoryCpu),
      (memoryCpu / durableCpu).toFixed(2),
      perCall.toFixed(1),
    ];
  }),
);
/** Issue 16 goal 2, per number of callers: every durable run's worst figure against the goal. */
const goal = { callsPerSecond: 2_000, ringP99Ms: 50, durableShare: 0.8 };
const goalRows = concurrencies.flatMap((concurrency) => {
  const durable = mine('durable', concurrency);
  if (durable.length === 0) return [];
  const slowest = Math.min(...durable.map((result) => result.outcome.completed / seconds));
  const ringP99 = Math.max(
    ...durable.map((result) => {
      const ring = new Samples();
      for (const value of result.outcome.ringLatencies) ring.add(value);
      return ring.percentileMs(99);
    }),
  );
  const share =
    mine('memory', concurrency).length > 0
      ? rate('durable', concurrency) / rate('memory', concurrency)
      : Number.NaN;
  const verdict = (ratio: number) => (Number.isNaN(ratio) ? '–' : ratio >= 1 ? 'met' : 'not met');
  const throughput = slowest / goal.callsPerSecond;
  const latency = goal.ringP99Ms / ringP99;
  const durability = share / goal.durableShare;
  return [
    [
      count(concurrency),
      `≥ ${count(goal.callsPerSecond)} durable calls/s`,
      count(slowest),
      throughput.toFixed(2),
      verdict(throughput),
    ],
    [
      count(concurrency),
      `ring p99 ≤ ${goal.ringP99Ms} ms (durable)`,
      ms(ringP99),
      latency.toFixed(2),
      verdict(latency),
    ],
    [
      count(concurrency),
      `durable ≥ ${goal.durableShare} × in-memory calls/s`,
      Number.isNaN(share) ? '–' : share.toFixed(2),
      Number.isNaN(durability) ? '–' : durability.toFixed(2),
      verdict(durability),
    ],
  ];
});
if (goalRows.length > 0) {
  console.log(
    `Against issue 16 goal 2${pacedRate === undefined ? '' : ` (calls offered at ${count(pacedRate)}/s: calls/s is what was done)`}: the slowest durable run, the worst ring p99. Ratio ≥ 1 meets.\n`,
  );
  table(['concurrent', 'goal', 'figure', 'ratio', 'goal met?'], goalRows);
}
const errors = runs.map((result) => result.outcome.firstError).filter(Boolean);
if (errors.length > 0) console.log(`First errors: ${errors.join(' | ')}\n`);
