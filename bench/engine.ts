/**
 * Engine commands per second, in-process: pure decide/evolve on one workspace's state, no
 * store, no HTTP. Run: node --expose-gc --import tsx bench/engine.ts
 */
import { decide } from '../src/engine/decide.ts';
import { MixedStream } from './support/mixed-stream.ts';
import {
  bytes,
  collectGarbage,
  count,
  machine,
  ms,
  Samples,
  seededRandom,
  since,
  table,
} from './support/report.ts';
import { buildWorkspace } from './support/workspace.ts';

const sizes = [1_000, 10_000];
/** Warm-up ends after this many commands or this long, whichever comes first. */
const warmupCommands = 2_000;
const warmupMs = 1_000;
/** Each size measures for this long, or until maxCommands, whichever comes first. */
const budgetMs = 4_000;
const maxCommands = 200_000;
const strategy = 'longest_idle';
const commandTypes = ['presence.set', 'call.inbound', 'call.answer_leg', 'call.hangup_leg'];

interface Result {
  agents: number;
  buildMs: number;
  buildCommands: number;
  heapPerAgent?: number;
  commands: number;
  events: number;
  elapsedMs: number;
  refused: number;
  all: Samples;
  byType: Map<string, Samples>;
}

function measure(agents: number): Result {
  const gc = collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const { driver, agentIds, buildMs } = buildWorkspace(agents, strategy);
  collectGarbage();
  const heapPerAgent = gc ? (process.memoryUsage().heapUsed - heapBefore) / agents : undefined;
  const buildCommands = driver.commands;

  const stream = new MixedStream(agentIds, seededRandom(agents));
  const all = new Samples();
  const byType = new Map<string, Samples>();
  let commands = 0;
  let events = 0;
  let refused = 0;
  let measuring = false;
  let started = 0;
  const warmupStarted = performance.now();
  for (let index = 0; ; index += 1) {
    if (!measuring && (index === warmupCommands || performance.now() - warmupStarted >= warmupMs)) {
      measuring = true;
      started = performance.now();
    }
    if (measuring && (commands >= maxCommands || performance.now() - started >= budgetMs)) break;
    const command = stream.next();
    driver.now += 50;
    const mark = process.hrtime.bigint();
    const decision = decide(driver.state, command, driver.now);
    const elapsed = since(mark);
    if (!decision.ok) {
      // A refusal would desynchronise the stream from the state: count it and say so.
      refused += 1;
      if (decision.dirty) throw new Error(`${command.type} failed half-way: ${decision.error.message}`);
      continue;
    }
    driver.state = decision.state;
    stream.observe(command, decision.events);
    if (!measuring) continue;
    commands += 1;
    events += decision.events.length;
    all.add(elapsed);
    if (!byType.has(command.type)) byType.set(command.type, new Samples());
    byType.get(command.type)!.add(elapsed);
  }
  const elapsedMs = performance.now() - started;
  return { agents, buildMs, buildCommands, heapPerAgent, commands, events, elapsedMs, refused, all, byType };
}

machine('bench/engine.ts — engine commands per second (pure decide/evolve, no store)');
if (!collectGarbage()) console.log('(run with node --expose-gc for heap figures)\n');
const results = sizes.map(measure);

console.log(
  `Mixed stream: 50% presence toggles (≤10% of agents paused), 50% call steps ` +
    `(call.inbound → answer → customer hang-up, ≤10 live calls); number strategy ${strategy}; ` +
    `${budgetMs / 1000} s per size after ${count(warmupCommands)} warm-up commands (or ${warmupMs / 1000} s).\n`,
);
table(
  ['online agents', 'commands/s', 'events/s', 'p50 ms', 'p99 ms', 'max ms', 'commands', 'refused'],
  results.map((r) => [
    count(r.agents),
    count(r.commands / (r.elapsedMs / 1000)),
    count(r.events / (r.elapsedMs / 1000)),
    ms(r.all.percentileMs(50)),
    ms(r.all.percentileMs(99)),
    ms(r.all.maxMs()),
    count(r.commands),
    count(r.refused),
  ]),
);

console.log('Per command type (same run):\n');
table(
  ['online agents', 'command', 'count', 'p50 ms', 'p99 ms'],
  results.flatMap((r) =>
    commandTypes.map((type) => {
      const samples = r.byType.get(type) ?? new Samples();
      return [
        count(r.agents),
        type,
        count(samples.count),
        ms(samples.percentileMs(50)),
        ms(samples.percentileMs(99)),
      ];
    }),
  ),
);

console.log(
  'Building the workspace through commands (workspace, number, user.create × N, presence.set × N):\n',
);
table(
  ['online agents', 'build s', 'build commands/s', 'heap per online agent'],
  results.map((r) => [
    count(r.agents),
    (r.buildMs / 1000).toFixed(1),
    count(r.buildCommands / (r.buildMs / 1000)),
    r.heapPerAgent === undefined ? '–' : bytes(r.heapPerAgent),
  ]),
);
