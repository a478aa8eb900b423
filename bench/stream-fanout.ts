/**
 * The stream's fan-out to agents' consoles: every committed batch is filtered by every open
 * stream of its workspace (src/server/stream/hub.ts, src/app/event-visibility/filter.ts), so
 * the main thread's cost of a call grows with the number of agents whose console is open,
 * though each agent is sent only the events of their own calls. This measures that filter
 * alone, in process: the batches of real calls (placed, answered and hung up through the API,
 * longest idle among the agents), then each agent's filter over all of them.
 * Run: node --expose-gc --import tsx bench/stream-fanout.ts [agents…] (default 500 2000)
 */
import { summarize } from '../src/app/event-visibility/batch-summary.ts';
import { StreamFilter } from '../src/app/event-visibility/filter.ts';
import type { StoredEvent } from '../src/engine/events.ts';
import { openCallCentre } from './support/call-centre.ts';
import { count, machine, table } from './support/report.ts';
import { startBenchServer, workspaceId } from './support/server.ts';

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [500, 2_000];
const calls = 300;
const rounds = 3;
const business = '+34911234567';
/** The calls' openings are in their own batches here: no stream joins a call late. */
const noOpenings = new Map<string, StoredEvent>();

/** `calls` calls through the API, and every batch the runtime committed for them. */
async function callBatches(agents: number) {
  const server = await startBenchServer(agents, { memory: true });
  const base = `/v1/workspaces/${workspaceId}`;
  await openCallCentre(server, base, agents, business);
  const batches: StoredEvent[][] = [];
  server.switchboard.runtime.subscribe((batch) => batches.push(batch));
  for (let index = 0; index < calls; index += 1) {
    const from = `+34600${String(index).padStart(6, '0')}`;
    const { callId } = (await server.call('POST', `${base}/sim/calls`, { from, to: business }, 201)) as {
      callId: string;
    };
    const call = server.switchboard.runtime.state(workspaceId)!.calls.get(callId)!;
    const ringing = [...call.legs.values()].find((leg) => leg.userId !== undefined)!;
    await server.call('POST', `${base}/sim/legs/${callId}/${ringing.id}/answer`, undefined, 204);
    await server.call('POST', `${base}/sim/calls/${callId}/hangup`);
  }
  const state = server.switchboard.runtime.state(workspaceId)!;
  await server.close();
  return { batches, state };
}

machine('bench/stream-fanout.ts — filtering each committed batch for every agent stream');
const rows: string[][] = [];
for (const agents of sizes) {
  const { batches, state } = await callBatches(agents);
  const events = batches.reduce((sum, batch) => sum + batch.length, 0);
  const perEvent = { whole: [] as number[], summary: [] as number[] };
  let delivered = 0;
  for (let round = 0; round < rounds; round += 1)
    for (const way of ['whole', 'summary'] as const) {
      const filters = Array.from(
        { length: agents },
        (_, index) =>
          new StreamFilter(
            { kind: 'user', workspaceId, userId: `u_${index}`, role: 'agent', tokenHash: '' },
            state,
          ),
      );
      (globalThis as { gc?: () => void }).gc?.();
      const started = process.cpuUsage();
      delivered = 0;
      // As the hub does: each batch read once (its summary), then every stream's filter.
      for (const batch of batches) {
        const summary = way === 'summary' ? summarize(batch) : undefined;
        for (const filter of filters) delivered += filter.filter(batch, noOpenings, summary).events.length;
      }
      const used = process.cpuUsage(started);
      perEvent[way].push((used.user + used.system) / (events * agents));
    }
  for (const way of ['whole', 'summary'] as const) {
    const best = Math.min(...perEvent[way]);
    const perCall = (best * events * agents) / calls;
    rows.push([
      count(agents),
      way === 'whole' ? 'every event, every stream' : 'the batch summarised once (hub)',
      (events / calls).toFixed(1),
      best.toFixed(3),
      count(perCall),
      count(1_000_000 / perCall),
      (delivered / calls).toFixed(1),
    ]);
  }
}
console.log(
  `${calls} calls, each placed, answered and hung up through the API; then every agent's stream filter over all their batches, ${rounds} rounds (the best shown). CPU on this thread.\n`,
);
table(
  [
    'agent streams open',
    'filtered',
    'events per call',
    'µs per event per stream',
    'µs of filtering per call',
    'calls/s this alone would take of one core',
    'events sent per call (all streams)',
  ],
  rows,
);
