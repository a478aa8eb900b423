/**
 * What one test server costs: starting it (store, runtime, Fastify ready) and seeding the
 * usual workspace (three users who sign in), as the API and end-to-end tests do. The first
 * server in a process compiles every route's schemas; the later ones reuse them
 * (src/server/schema-compilers.ts). Test servers hash passwords at the lowest scrypt cost.
 */
import { performance } from 'node:perf_hooks';
import { seedWorkspace, startTestServer } from '../test/support/server.ts';
import { machine, table } from './support/report.ts';

const servers = 10;

async function once(): Promise<{ start: number; seed: number }> {
  let at = performance.now();
  const server = await startTestServer();
  await server.app.ready();
  const start = performance.now() - at;
  at = performance.now();
  await seedWorkspace(server);
  const seed = performance.now() - at;
  await server.close();
  return { start, seed };
}

machine('bench/test-server.ts — one test server: start and seed');
const runs: Array<{ start: number; seed: number }> = [];
for (let i = 0; i < servers; i += 1) runs.push(await once());
const later = runs.slice(1);
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;
table(
  ['server', 'start (ready)', 'seed (3 users, 3 sign-ins)'],
  [
    ['first in the process', ms(runs[0]!.start), ms(runs[0]!.seed)],
    [
      `later ones (median of ${later.length})`,
      ms(median(later.map((run) => run.start))),
      ms(median(later.map((run) => run.seed))),
    ],
  ],
);
