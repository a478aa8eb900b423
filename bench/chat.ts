/**
 * Chat routing, in-process: pure decide/evolve on one workspace's state, no store, no HTTP.
 * 1. Conversations routed per second: a department of online agents (chat capacity 10) kept
 *    near capacity by a stream of new conversations and resolutions of the oldest.
 * 3. The routing choice alone at 1k/10k/50k agents with 0/50/90% of them unable to take a
 *    conversation (half full, half paused), as bench/routing.ts does for calls (issue 16 goal 1).
 * 2. A freed slot with a long queue: every agent full, Q conversations queued; resolving one
 *    conversation must hand its slot to the queue's head in the same decision.
 * Run: node --expose-gc --import tsx bench/chat.ts
 */
import { choose } from '../src/engine/chat/routing.ts';
import { decide } from '../src/engine/decide.ts';
import { evolve } from '../src/engine/evolve.ts';
import { rebuildRoutingIndexes } from '../src/engine/routing/pool-index.ts';
import {
  assignments,
  buildChatWorkspace,
  type ChatStrategy,
  chatCapacity,
  departmentId,
  incoming,
  queueHead,
  queueLength,
} from './support/chat-workspace.ts';
import {
  bytes,
  collectGarbage,
  count,
  machine,
  medianBatchNs,
  ms,
  Samples,
  seededRandom,
  since,
  table,
} from './support/report.ts';
import { type EngineDriver, replayWorkspace } from './support/workspace.ts';

const strategies: ChatStrategy[] = ['least_busy', 'round_robin'];
/** Part 1: department sizes, and the share of the department's capacity kept open. */
const agentSizes = [100, 1_000];
const openShare = 0.9;
/** Part 2: 1,000 agents, every one full, and these many conversations queued behind them. */
const queueAgents = 1_000;
const queueSizes = [1_000, 10_000];
/** Per cell: measure this long, at least minSteps and at most maxSteps. */
const budgetMs = 2_000;
const minSteps = 3;
const maxSteps = 20_000;
/** Warm-up steps per cell (part 2's steps cost ~10 ms each, so it warms up less). */
const warmupSteps = 200;
const handOffWarmupSteps = 30;

/** Conversations in the order they were assigned: the oldest is resolved first. */
class Fifo {
  private items: string[] = [];
  private head = 0;

  push(id: string): void {
    this.items.push(id);
  }

  shift(): string {
    const id = this.items[this.head++];
    if (id === undefined) throw new Error('no assigned conversation left to resolve');
    if (this.head > 4_096) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return id;
  }

  get size(): number {
    return this.items.length - this.head;
  }
}

/** A stream of conversation ids shared by every cell, so no id is reused. */
let conversations = 0;

/** Decides a command that must be accepted, timing decide() alone; returns its events and ns. */
function timed(driver: EngineDriver, command: Parameters<typeof decide>[1]) {
  driver.now += 1_000;
  const mark = process.hrtime.bigint();
  const decision = decide(driver.state, command, driver.now);
  const elapsed = since(mark);
  if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.message}`);
  driver.state = decision.state;
  return { events: decision.events, elapsed };
}

/** A new conversation that an agent with room must take at once; returns the decision's ns. */
function routeNew(driver: EngineDriver, assigned: Fifo): number {
  conversations += 1;
  const command = incoming(conversations);
  const { events, elapsed } = timed(driver, command);
  const given = assignments(events);
  if (given.length !== 1 || given[0]!.conversationId !== `chat_${conversations}`)
    throw new Error(`chat_${conversations} was not assigned: the bench expects an agent with room`);
  assigned.push(given[0]!.conversationId);
  return elapsed;
}

/** A new conversation that finds every agent full and waits; returns the decision's ns. */
function queueNew(driver: EngineDriver): number {
  conversations += 1;
  const { events, elapsed } = timed(driver, incoming(conversations));
  if (assignments(events).length > 0 || !events.some((event) => event.type === 'conversation.queued'))
    throw new Error(`chat_${conversations} was not queued: the bench expects every agent full`);
  return elapsed;
}

interface Routed {
  agents: number;
  strategy: ChatStrategy;
  routed: number;
  elapsedMs: number;
  route: Samples;
  resolve: Samples;
  /** CPU ns of the routing choice alone (chat/routing.ts choose), mean over a batch. */
  choiceNs: number;
}

/** CPU time of a batch, in ns: unlike wall time it leaves out the other processes of a shared machine. */
function cpuNs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) * 1000;
}

const choices = 20_000;
/** Issue 16 goals: ≥ 100,000 routing decisions/s on one core; a freed slot reaches a 10,000-deep queue's head in ≤ 1 ms p99. */
const goalPerSecond = 100_000;
const goalHandOffP99Ms = 1;

/** Part 1: keep the department at openShare of its capacity; each step resolves the oldest if full, then routes a new one. */
function measureRouting(agents: number, strategy: ChatStrategy): Routed {
  const driver = buildChatWorkspace(agents, strategy);
  const assigned = new Fifo();
  const open = Math.floor(agents * chatCapacity * openShare);
  const step = (cell?: Routed) => {
    if (assigned.size >= open) {
      const { elapsed } = timed(driver, { type: 'conversation.resolve', conversationId: assigned.shift() });
      cell?.resolve.add(elapsed);
    }
    const elapsed = routeNew(driver, assigned);
    cell?.route.add(elapsed);
  };
  while (assigned.size < open) step();
  for (let index = 0; index < warmupSteps; index += 1) step();
  const cell: Routed = {
    agents,
    strategy,
    routed: 0,
    elapsedMs: 0,
    route: new Samples(),
    resolve: new Samples(),
    choiceNs: 0,
  };
  const started = performance.now();
  while (cell.routed < maxSteps && (cell.routed < minSteps || performance.now() - started < budgetMs)) {
    step(cell);
    cell.routed += 1;
  }
  cell.elapsedMs = performance.now() - started;
  for (let index = 0; index < 1_000; index += 1) choose(driver.state, departmentId);
  cell.choiceNs =
    cpuNs(() => {
      for (let index = 0; index < choices; index += 1) choose(driver.state, departmentId);
    }) / choices;
  return cell;
}

interface Freed {
  strategy: ChatStrategy;
  queued: number;
  steps: number;
  handOff: Samples;
  enqueue: Samples;
  /** Heap the queued conversations hold, all Q of them. */
  heap?: number;
}

/** One measured step: resolve the oldest assigned conversation; the queue's head must take its slot. */
function freeOneSlot(driver: EngineDriver, assigned: Fifo, cell: Freed): void {
  const head = queueHead(driver);
  const { events, elapsed } = timed(driver, {
    type: 'conversation.resolve',
    conversationId: assigned.shift(),
  });
  const given = assignments(events);
  if (given.length !== 1 || given[0]!.conversationId !== head)
    throw new Error(`the freed slot went to ${given.map((event) => event.conversationId)}, not ${head}`);
  assigned.push(head);
  cell.handOff.add(elapsed);
  // Keep the queue at Q for the next step.
  cell.enqueue.add(queueNew(driver));
}

/** Part 2 for one strategy: every agent full, then the queue grown through each size in turn. */
function measureFreedSlots(strategy: ChatStrategy): Freed[] {
  const driver = buildChatWorkspace(queueAgents, strategy);
  const assigned = new Fifo();
  for (let index = 0; index < queueAgents * chatCapacity; index += 1) routeNew(driver, assigned);
  const cells: Freed[] = [];
  let heap = 0;
  for (const queued of queueSizes) {
    const gc = collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    while (queueLength(driver) < queued) queueNew(driver);
    collectGarbage();
    heap += process.memoryUsage().heapUsed - heapBefore;
    const cell: Freed = {
      strategy,
      queued,
      steps: 0,
      handOff: new Samples(),
      enqueue: new Samples(),
      ...(gc ? { heap } : {}),
    };
    const warmup: Freed = { ...cell, handOff: new Samples(), enqueue: new Samples() };
    for (let index = 0; index < handOffWarmupSteps; index += 1) freeOneSlot(driver, assigned, warmup);
    const started = performance.now();
    while (cell.steps < maxSteps && (cell.steps < minSteps || performance.now() - started < budgetMs)) {
      freeOneSlot(driver, assigned, cell);
      cell.steps += 1;
    }
    if (queueLength(driver) !== queued) throw new Error('the queue did not stay at its size');
    cells.push(cell);
  }
  return cells;
}

/** Part 3: sizes and busy shares of the choice alone (issue 16 goal 1: growth ≤ ×2 from 1k to 50k). */
const scaleSizes = [1_000, 10_000, 50_000];
const busyShares = [0, 0.5, 0.9];
const scaleChoices = 20_000;

interface Scaled {
  agents: number;
  busy: number;
  strategy: ChatStrategy;
  meanNs: number;
  samples: Samples;
}

/** Agents created by replaying their events (building 50,000 by commands takes minutes), all in one department. */
function busyChatWorkspace(agents: number, busy: number, strategy: ChatStrategy): EngineDriver {
  const { driver, agentIds } = replayWorkspace(agents, 'sequential');
  evolve(
    driver.state,
    { type: 'department.created', department: { id: departmentId, name: 'Support', memberIds: agentIds } },
    driver.now,
  );
  driver.run({ type: 'chat.configure_department', departmentId, settings: { strategy } });
  const random = seededRandom(agents + Math.round(busy * 100));
  for (const userId of agentIds) {
    const user = driver.state.users[userId]!;
    user.capacity.chat = chatCapacity;
    user.chatSessions = Math.floor(random() * chatCapacity);
    if (random() >= busy) continue;
    if (random() < 0.5) user.chatSessions = chatCapacity;
    else user.presence = 'pause';
  }
  rebuildRoutingIndexes(driver.state);
  return driver;
}

function measureScaled(agents: number, busy: number, strategy: ChatStrategy): Scaled {
  const driver = busyChatWorkspace(agents, busy, strategy);
  const state = driver.state;
  // Round robin moves on from whoever was chosen, as conversation.assigned records.
  const once = () => {
    const choice = choose(state, departmentId);
    if (choice.position === undefined) throw new Error('nobody chosen: the bench expects an agent with room');
    state.rotation[`department:${departmentId}`] = choice.position;
  };
  for (let index = 0; index < 1_000; index += 1) once();
  collectGarbage();
  const meanNs = medianBatchNs(once, scaleChoices);
  const samples = new Samples();
  for (let index = 0; index < 2_000; index += 1) {
    const mark = process.hrtime.bigint();
    once();
    samples.add(since(mark));
  }
  return { agents, busy, strategy, meanNs, samples };
}

machine('bench/chat.ts — chat conversations routed per second, and a freed slot with a long queue');
if (!collectGarbage()) console.log('(run with node --expose-gc for heap figures)\n');
const benchStarted = performance.now();
const routed = agentSizes.flatMap((agents) => strategies.map((strategy) => measureRouting(agents, strategy)));
const freed = strategies.flatMap(measureFreedSlots);
const scaled = scaleSizes.flatMap((agents) =>
  busyShares.flatMap((busy) => strategies.map((strategy) => measureScaled(agents, busy, strategy))),
);

console.log(
  `1. Routing: one department, every agent online with chat capacity ${chatCapacity}, kept at ` +
    `${openShare * 100}% of its capacity: each step resolves the oldest conversation (when at ` +
    `that level), then conversation.incoming opens a new one that an agent must take. ` +
    `routed/s counts both commands; the p50/p99 are of conversation.incoming alone. ` +
    `${budgetMs / 1000} s per cell after filling it and ${warmupSteps} warm-up steps.\n`,
);
table(
  [
    'online agents',
    'open conversations',
    'strategy',
    'routed/s',
    'route p50 ms',
    'route p99 ms',
    'resolve p50 ms',
    'resolve p99 ms',
    'choice alone µs (CPU)',
    'n',
  ],
  routed.map((cell) => [
    count(cell.agents),
    count(cell.agents * chatCapacity * openShare),
    cell.strategy,
    count(cell.routed / (cell.elapsedMs / 1000)),
    ms(cell.route.percentileMs(50)),
    ms(cell.route.percentileMs(99)),
    ms(cell.resolve.percentileMs(50)),
    ms(cell.resolve.percentileMs(99)),
    (cell.choiceNs / 1000).toFixed(2),
    count(cell.routed),
  ]),
);

console.log(
  `2. Freed slot: ${count(queueAgents)} online agents, all ${count(queueAgents * chatCapacity)} ` +
    `slots taken, Q conversations queued. Each step resolves the oldest assigned conversation; ` +
    `that one decide() must also assign the queue's head (checked: exactly one ` +
    `conversation.assigned, of the head). A new conversation then joins the queue (timed as ` +
    `"enqueue"), so it stays at Q. ${budgetMs / 1000} s per cell after ${handOffWarmupSteps} warm-up steps. ` +
    `Heap: what the Q queued conversations hold, after GC.\n`,
);
table(
  [
    'queued (Q)',
    'strategy',
    'hand-off p50 ms',
    'hand-off p99 ms',
    'hand-off max ms',
    'enqueue p50 ms',
    'heap for Q queued',
    'per queued',
    'n',
  ],
  freed.map((cell) => [
    count(cell.queued),
    cell.strategy,
    ms(cell.handOff.percentileMs(50)),
    ms(cell.handOff.percentileMs(99)),
    ms(cell.handOff.maxMs()),
    ms(cell.enqueue.percentileMs(50)),
    cell.heap === undefined ? '–' : bytes(cell.heap),
    cell.heap === undefined ? '–' : `${count(cell.heap / cell.queued)} B`,
    count(cell.steps),
  ]),
);
console.log(
  `3. The routing choice alone (chat/routing.ts choose) at scale: one department of N agents, ` +
    `each with chat capacity ${chatCapacity} and a random load below it; the busy share is half ` +
    `full, half paused, spread at random. Round robin moves on from whoever was chosen. Mean: CPU ` +
    `time, the median of batches of 250 over ${count(scaleChoices)} choices after 1,000 warm-up ones and a GC; p50/p99: wall time.\n`,
);
table(
  ['strategy', 'agents', 'busy', 'choice p50 µs', 'choice p99 µs', 'choice mean µs (CPU)', 'choices/s'],
  scaled.map((cell) => [
    cell.strategy,
    count(cell.agents),
    `${cell.busy * 100}%`,
    (cell.samples.percentileMs(50) * 1000).toFixed(2),
    (cell.samples.percentileMs(99) * 1000).toFixed(2),
    (cell.meanNs / 1000).toFixed(2),
    count(1e9 / cell.meanNs),
  ]),
);
console.log('### Against the goals (issue 16, goals 1 and 4)\n');
const goalRows: string[][] = [];
for (const strategy of strategies) {
  const cells = routed.filter((cell) => cell.strategy === strategy);
  const slowest = Math.max(...cells.map((cell) => cell.choiceNs));
  const growth = cells.at(-1)!.choiceNs / cells[0]!.choiceNs;
  const perSecond = 1e9 / slowest;
  goalRows.push([
    `${strategy}: routing choices/s (slowest size), growth ${count(cells[0]!.agents)}→${count(cells.at(-1)!.agents)} agents ×${growth.toFixed(2)}`,
    `≥ ${count(goalPerSecond)}`,
    count(perSecond),
    (perSecond / goalPerSecond).toFixed(1),
    perSecond >= goalPerSecond ? 'met' : 'not met',
  ]);
  for (const busy of busyShares) {
    const at = (agents: number) =>
      scaled.find((cell) => cell.strategy === strategy && cell.busy === busy && cell.agents === agents)!;
    const worst = Math.max(...scaleSizes.map((agents) => at(agents).meanNs));
    const growth = at(scaleSizes.at(-1)!).meanNs / at(scaleSizes[0]!).meanNs;
    const ok = 1e9 / worst >= goalPerSecond && growth <= 2;
    goalRows.push([
      `${strategy}, ${busy * 100}% busy: choices/s (slowest of 1k/10k/50k agents), growth 1k→50k ×${growth.toFixed(2)} (goal ≤ ×2)`,
      `≥ ${count(goalPerSecond)}`,
      count(1e9 / worst),
      (1e9 / worst / goalPerSecond).toFixed(1),
      ok ? 'met' : 'not met',
    ]);
  }
  const deep = freed.find((cell) => cell.strategy === strategy && cell.queued === 10_000)!;
  const p99 = deep.handOff.percentileMs(99);
  goalRows.push([
    `${strategy}: freed slot → head of a 10,000-deep queue, p99 ms (whole resolve decide)`,
    `≤ ${goalHandOffP99Ms}`,
    ms(p99),
    (goalHandOffP99Ms / p99).toFixed(1),
    p99 <= goalHandOffP99Ms ? 'met' : 'not met',
  ]);
}
table(['figure', 'goal', 'measured', 'ratio (≥ 1 meets)', 'goal'], goalRows);
console.log(`Whole bench: ${((performance.now() - benchStarted) / 1000).toFixed(1)} s.\n`);
