/**
 * WebSocket delivery latency under load: the real server listening on 127.0.0.1, N clients
 * on /v1/stream, presence commands over HTTP at a fixed rate; from sending a command to each
 * client receiving its presence.changed event. Run: node --expose-gc --import tsx bench/stream.ts
 */
import { Worker } from 'node:worker_threads';
import { count, machine, ms, Samples, table } from './support/report.ts';
import { startBenchServer, usersPath } from './support/server.ts';
import type { StreamJob, StreamOutcome } from './support/stream-load.ts';

const users = 500;
const loads = [
  { clients: 1, rate: 1_000 },
  { clients: 10, rate: 200 },
  { clients: 10, rate: 1_000 },
  { clients: 100, rate: 200 },
  { clients: 100, rate: 500 },
  { clients: 100, rate: 1_000 },
];
const timing = { warmupMs: 1_000, measureMs: 4_000, drainMs: 1_000, connections: 50 };

/** A worker does not get tsx's loader before its entry runs, so the entry registers it first. */
const workerEntry = `import('tsx/esm/api')
  .then(({ register }) => register())
  .then(() => import(${JSON.stringify(new URL('./support/stream-load.ts', import.meta.url).href)}))`;

function run(job: StreamJob): Promise<StreamOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry, { eval: true, workerData: job });
    worker.once('message', (outcome: StreamOutcome) => {
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

machine('bench/stream.ts — WebSocket delivery latency under a load of presence commands');
const server = await startBenchServer(users);
const rows: string[][] = [];
try {
  // An unreported first load, so the server's code paths are compiled before the figures.
  await run({
    origin: server.origin,
    token: server.apiKey,
    usersPath,
    clients: 1,
    rate: 500,
    ...timing,
    measureMs: 1_000,
  });
  for (const load of loads) {
    const outcome = await run({
      origin: server.origin,
      token: server.apiKey,
      usersPath,
      ...load,
      ...timing,
    });
    const samples = new Samples();
    for (const value of outcome.latencies) samples.add(value);
    const expected = outcome.acknowledged * load.clients;
    rows.push([
      count(load.clients),
      count(load.rate),
      count(outcome.acknowledged / (timing.measureMs / 1000)),
      count(samples.count / (timing.measureMs / 1000)),
      ms(samples.percentileMs(50)),
      ms(samples.percentileMs(99)),
      ms(samples.maxMs()),
      `${count(samples.count)} / ${count(expected)}`,
      count(outcome.failed),
      count(outcome.skipped),
      count(outcome.unmatched),
      outcome.closes.length === 0 ? '–' : outcome.closes.join(' '),
    ]);
  }
} finally {
  await server.close();
}

console.log(
  `${users} agents; clients and the HTTP load share one worker thread, the server has the main thread. ` +
    `Commands offered open-loop at the rate for ${timing.measureMs / 1000} s after ${timing.warmupMs / 1000} s ` +
    `of warm-up; latency = PUT sent → presence.changed received, per client (workspace admin API key).\n`,
);
table(
  [
    'clients',
    'offered cmd/s',
    'acked cmd/s',
    'deliveries/s',
    'p50 ms',
    'p99 ms',
    'max ms',
    'delivered / expected',
    'failed',
    'not sent',
    'unmatched',
    'server closes',
  ],
  rows,
);
