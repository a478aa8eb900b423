/**
 * Routing decisions per second as the number of online agents grows. One decision is one
 * call.inbound that rings an agent (or, for simultaneous, every agent); the customer then
 * hangs up, so everyone is free for the next one. Pure engine, no store.
 * Run: node --expose-gc --import tsx bench/routing.ts
 */
import { decide } from '../src/engine/decide.ts';
import type { Strategy } from '../src/engine/routing/strategy.ts';
import { bytes, collectGarbage, count, machine, ms, Samples, since, table } from './support/report.ts';
import {
  buildWorkspace,
  businessNumber,
  customerLegId,
  customerNumber,
  type EngineDriver,
  numberId,
  replayWorkspace,
} from './support/workspace.ts';

const sizes = [1_000, 10_000, 50_000];
const strategies: Strategy[] = ['longest_idle', 'round_robin', 'sequential', 'simultaneous'];
/** Per size and strategy: measure this long, at least minDecisions and at most maxDecisions. */
const budgetMs = 2_000;
const minDecisions = 3;
const maxDecisions = 20_000;
/** Warm-up per cell: until this many decisions or this long, whichever comes first (at least one). */
const warmupDecisions = 500;
const warmupMs = 300;

interface Cell {
  agents: number;
  strategy: Strategy;
  decisions: number;
  elapsedMs: number;
  decide: Samples;
  hangUp: Samples;
  eventsPerDecision: number;
  rangPerDecision: number;
}

/** The state replay builds must be the state the commands build, or the figures mean nothing. */
function checkReplayMatchesCommands(): void {
  const byCommands = buildWorkspace(50, 'longest_idle').driver.state;
  const byReplay = replayWorkspace(50, 'longest_idle').driver.state;
  if (JSON.stringify(byCommands) !== JSON.stringify(byReplay))
    throw new Error('replayWorkspace no longer builds the state user.create + presence.set build');
}

let calls = 0;

/** One decision: the call comes in and rings; then the customer hangs up. */
function oneDecision(driver: EngineDriver, cell?: Cell): void {
  calls += 1;
  const callId = `c_${calls}`;
  driver.now += 1_000;
  const mark = process.hrtime.bigint();
  const decision = decide(
    driver.state,
    { type: 'call.inbound', callId, from: customerNumber(calls), to: businessNumber },
    driver.now,
  );
  const decided = since(mark);
  if (!decision.ok) throw new Error(`call.inbound refused: ${decision.error.message}`);
  const rang = decision.events.filter((event) => event.type === 'call.leg_ringing').length;
  if (rang === 0) throw new Error(`call ${callId} rang nobody: the bench expects every agent free`);
  driver.now += 1_000;
  const hangMark = process.hrtime.bigint();
  const ended = decide(
    driver.state,
    { type: 'call.hangup_leg', callId, legId: customerLegId(callId) },
    driver.now,
  );
  const hungUp = since(hangMark);
  if (!ended.ok) throw new Error(`customer hang-up refused: ${ended.error.message}`);
  if (!cell) return;
  cell.decide.add(decided);
  cell.hangUp.add(hungUp);
  cell.eventsPerDecision += decision.events.length + ended.events.length;
  cell.rangPerDecision += rang;
}

function measure(driver: EngineDriver, agents: number, strategy: Strategy): Cell {
  const configured = decide(
    driver.state,
    { type: 'number.configure', numberId, settings: { strategy } },
    driver.now,
  );
  if (!configured.ok) throw configured.error;
  const warmupStarted = performance.now();
  for (
    let index = 0;
    index < warmupDecisions && (index === 0 || performance.now() - warmupStarted < warmupMs);
    index += 1
  )
    oneDecision(driver);
  const cell: Cell = {
    agents,
    strategy,
    decisions: 0,
    elapsedMs: 0,
    decide: new Samples(),
    hangUp: new Samples(),
    eventsPerDecision: 0,
    rangPerDecision: 0,
  };
  const started = performance.now();
  while (
    cell.decisions < maxDecisions &&
    (cell.decisions < minDecisions || performance.now() - started < budgetMs)
  ) {
    oneDecision(driver, cell);
    cell.decisions += 1;
  }
  cell.elapsedMs = performance.now() - started;
  cell.eventsPerDecision /= cell.decisions;
  cell.rangPerDecision /= cell.decisions;
  return cell;
}

machine('bench/routing.ts — routing decisions per second by online agents and strategy');
checkReplayMatchesCommands();
const cells: Cell[] = [];
const builds: string[][] = [];
for (const agents of sizes) {
  const gc = collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const { driver, buildMs } = replayWorkspace(agents, strategies[0]!);
  collectGarbage();
  const heap = gc ? bytes(process.memoryUsage().heapUsed - heapBefore) : '–';
  builds.push([count(agents), (buildMs / 1000).toFixed(2), heap]);
  for (const strategy of strategies) cells.push(measure(driver, agents, strategy));
}

console.log(
  `One decision = call.inbound ringing the pool (all agents online, all free), timed alone; ` +
    `then call.hangup_leg by the customer. decisions/s counts both commands. ` +
    `${budgetMs / 1000} s per cell (at least ${minDecisions} decisions).\n`,
);
table(
  [
    'online agents',
    'strategy',
    'decisions/s',
    'p50 ms',
    'p99 ms',
    'hang-up p50 ms',
    'events/decision',
    'agents rung',
    'n',
  ],
  cells.map((cell) => [
    count(cell.agents),
    cell.strategy,
    count(cell.decisions / (cell.elapsedMs / 1000)),
    ms(cell.decide.percentileMs(50)),
    ms(cell.decide.percentileMs(99)),
    ms(cell.hangUp.percentileMs(50)),
    count(cell.eventsPerDecision),
    count(cell.rangPerDecision),
    count(cell.decisions),
  ]),
);

console.log(
  `Growth of the p50 decision time against the smallest size (linear in agents would be ` +
    `${sizes.map((size) => `${size / sizes[0]!}×`).join(' / ')}):\n`,
);
table(
  ['strategy', ...sizes.map((size) => `${count(size)} agents`)],
  strategies.map((strategy) => {
    const base = cells.find((cell) => cell.strategy === strategy && cell.agents === sizes[0])!;
    return [
      strategy,
      ...sizes.map((size) => {
        const cell = cells.find((other) => other.strategy === strategy && other.agents === size)!;
        return `${(cell.decide.percentileMs(50) / base.decide.percentileMs(50)).toFixed(1)}×`;
      }),
    ];
  }),
);

console.log('State built by replaying user.created + presence.changed events (as a restart does):\n');
table(['online agents', 'build s', 'heap for the workspace'], builds);
