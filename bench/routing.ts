/**
 * Issue 16, goal 1: routing decisions per second for every call strategy at 1k/10k/50k agents
 * with 0/50/90% of them busy. Pure engine, no store.
 * - "pick": the routing decision itself (offer.ts's pick over the pool's availability index:
 *   who rings), what the goal of ≥ 100,000 decisions/s on one core (≤ 10 µs) is about.
 * - "inbound": a whole call.inbound decide (call created, routed, rung, ring timer set, the
 *   index kept), for context. The customer's hang-up after it is not timed.
 * Busy agents are half on a call at full voice capacity, half paused, spread at random.
 * The mean is CPU time over a batch (what one core spends), p50/p99 are wall time per decision
 * (they include whatever else the shared machine was doing).
 * - "skills" (issue 21 R1): the same pick with a skill required (spanish ≥ 3, held by about 18%
 *   of agents at random), read from the pool's qualified index, beside the pick without; and
 *   the first decision after the index is dropped (a snapshot load, users created or removed),
 *   which builds it whole, and after a configuration edit that changes no pool's members.
 * Run: node --expose-gc --import tsx bench/routing.ts [picks per cell] [skills | users: only that case]
 */
import { decide } from '../src/engine/decide.ts';
import { evolve } from '../src/engine/evolve.ts';
import { rebuildRoutingIndexes } from '../src/engine/routing/pool-index.ts';
import type { SkillsNow } from '../src/engine/routing/requirements.ts';
import { strategies } from '../src/engine/routing/strategy.ts';
import type { Offering } from '../src/engine/voice/call.ts';
import { pick, rotationKey } from '../src/engine/voice/offer.ts';
import {
  collectGarbage,
  count,
  machine,
  medianBatchNs,
  Samples,
  seededRandom,
  since,
  table,
} from './support/report.ts';
import {
  businessNumber,
  customerLegId,
  customerNumber,
  numberId,
  replayWorkspace,
} from './support/workspace.ts';

const sizes = [1_000, 10_000, 50_000];
const busyShares = [0, 0.5, 0.9];
/** Per cell: untimed warm-up, a batch measured by CPU time (the mean), then picks timed one by one (p50/p99). */
const picks = Number(process.argv[2] ?? 100_000);
/**
 * Picks per CPU-timed batch: a decision now takes 0.2–5 µs, so a batch of 250 lasted 50 µs and
 * read the machine's noise (one agent's pick at 0% busy, the same work at any size, read
 * ×2.3 apart); 5,000 make a batch of 1–25 ms.
 */
const batch = 5_000;
const warmup = 500;
const timedPicks = 2_000;
const inboundCalls = 600;
/** Goal: ≥ 100,000 decisions/s (mean ≤ 10 µs), cost growing ≤ 2× from 1k to 50k agents. */
const goalPerSecond = 100_000;
const goalGrowth = 2;

interface Cell {
  agents: number;
  busy: number;
  strategy: string;
  pick: Samples;
  pickMeanNs: number;
  bytesPerPick: number;
  inbound: Samples;
  inboundMeanNs: number;
}

function busyWorkspace(agents: number, busyShare: number) {
  const { driver, agentIds } = replayWorkspace(agents, 'sequential');
  const random = seededRandom(agents + Math.round(busyShare * 100));
  for (const userId of agentIds) {
    const user = driver.state.users[userId]!;
    user.capacity.voice = 2;
    // A working day: everyone answered at some point this morning.
    user.lastAnsweredAt = driver.now - Math.floor(random() * 3_600_000);
    if (random() >= busyShare) continue;
    if (random() < 0.5) user.connectedLegs = user.capacity.voice;
    else user.presence = 'pause';
  }
  rebuildRoutingIndexes(driver.state);
  return driver;
}

/** CPU time of a batch, in ns: unlike wall time it leaves out the other processes of a shared machine. */
function cpuNs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) * 1000;
}

function measurePicks(
  driver: ReturnType<typeof busyWorkspace>,
  strategy: Cell['strategy'],
  skills: SkillsNow = { requirements: [], required: [], relaxed: [], since: 0 },
) {
  const state = driver.state;
  const number = state.numbers[numberId]!;
  const pool = { kind: 'number', id: numberId } as const;
  const offering: Offering = {
    pool,
    strategy: strategy as Offering['strategy'],
    tried: [],
    ringAll: strategy === 'simultaneous',
    ringTimeoutMs: 30_000,
  };
  let seed = 7;
  const once = () => {
    const picked = pick(state, number, offering, seed, skills);
    if (picked.chosen.length === 0) throw new Error(`${strategy}: nobody picked`);
    seed = picked.seed;
    // Round robin moves on from whoever was offered, as the ringing event would record.
    state.rotation[rotationKey(pool)] = picked.position;
  };
  for (let i = 0; i < warmup; i += 1) once();
  // The garbage of building the workspace (50,000 agents) is collected now, not inside the batch.
  collectGarbage();
  // Heap growth over 1,000 picks with no collection between (a scavenge would read as negative: clamped).
  const heapBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < 1_000; i += 1) once();
  const bytesPerPick = Math.max(0, (process.memoryUsage().heapUsed - heapBefore) / 1_000);
  const meanNs = medianBatchNs(once, picks, batch);
  const samples = new Samples();
  for (let i = 0; i < timedPicks; i += 1) {
    const mark = process.hrtime.bigint();
    once();
    samples.add(since(mark));
  }
  return { samples, meanNs, bytesPerPick };
}

let calls = 0;
function measureInbound(driver: ReturnType<typeof busyWorkspace>, strategy: Cell['strategy']) {
  driver.state.numbers[numberId]!.settings.strategy = strategy as Offering['strategy'];
  const samples = new Samples();
  let cpu = 0;
  collectGarbage();
  for (let i = 0; i < inboundCalls; i += 1) {
    calls += 1;
    const callId = `c_${calls}`;
    driver.now += 1_000;
    const command = {
      type: 'call.inbound',
      callId,
      from: customerNumber(calls),
      to: businessNumber,
    } as const;
    let decision: ReturnType<typeof decide> | undefined;
    const mark = process.hrtime.bigint();
    const took = cpuNs(() => {
      decision = decide(driver.state, command, driver.now);
    });
    const wall = since(mark);
    if (!decision?.ok) throw new Error(`call.inbound refused`);
    driver.now += 1_000;
    const ended = decide(
      driver.state,
      { type: 'call.hangup_leg', callId, legId: customerLegId(callId) },
      driver.now,
    );
    if (!ended.ok) throw new Error(`hang-up refused: ${ended.error.message}`);
    if (i < 100) continue;
    samples.add(wall);
    cpu += took;
  }
  return { samples, meanNs: cpu / Math.max(1, samples.count) };
}

const us = (ns: number) => (ns / 1000).toFixed(2);
const usOf = (samples: Samples, p: number) => (samples.percentileMs(p) * 1000).toFixed(2);

const onlySkills = process.argv[3] === 'skills';

/** R1: about 30% of agents speak Spanish, at a level 1–5 drawn at random; the number requires ≥ 3. */
function skilledWorkspace(agents: number, busyShare: number) {
  const driver = busyWorkspace(agents, busyShare);
  const random = seededRandom(agents + 21);
  for (const user of Object.values(driver.state.users))
    if (random() < 0.3) user.skills = [{ skill: 'spanish', level: 1 + Math.floor(random() * 5) }];
  rebuildRoutingIndexes(driver.state);
  return driver;
}

function skillsCase(): void {
  const required = [{ skill: 'spanish', minLevel: 3 }];
  const skills: SkillsNow = { requirements: required, required, relaxed: [], since: 0 };
  const rows: string[][] = [];
  for (const agents of [10_000, 50_000])
    for (const busy of [0, 0.5, 0.9]) {
      const driver = skilledWorkspace(agents, busy);
      for (const strategy of strategies) {
        // The first pick after a configuration change builds the qualified index: timed alone.
        rebuildRoutingIndexes(driver.state);
        const number = driver.state.numbers[numberId]!;
        const pool = { kind: 'number', id: numberId } as const;
        const offering = {
          pool,
          strategy,
          tried: [],
          ringAll: strategy === 'simultaneous',
          ringTimeoutMs: 30_000,
        };
        const none: SkillsNow = { requirements: [], required: [], relaxed: [], since: 0 };
        const wholeBuild = cpuNs(() => pick(driver.state, number, offering as Offering, 7, none));
        rebuildRoutingIndexes(driver.state);
        const build = cpuNs(() => pick(driver.state, number, offering as Offering, 7, skills));
        // A configuration edit that changes no pool's members (an agent's voice capacity, as an
        // admin would): the pools are compared with the configuration, none is built again.
        const edited = Object.keys(driver.state.users)[0]!;
        const capacity = driver.state.users[edited]!.capacity;
        evolve(
          driver.state,
          { type: 'user.updated', userId: edited, changes: { capacity: { ...capacity } } },
          driver.now,
        );
        const afterEdit = cpuNs(() => pick(driver.state, number, offering as Offering, 7, skills));
        const withSkills = measurePicks(driver, strategy, skills);
        const without = measurePicks(driver, strategy);
        rows.push([
          strategy,
          count(agents),
          `${busy * 100}%`,
          us(without.meanNs),
          us(withSkills.meanNs),
          count(1e9 / withSkills.meanNs),
          usOf(withSkills.samples, 99),
          (wholeBuild / 1e6).toFixed(1),
          (build / 1e6).toFixed(1),
          (afterEdit / 1e6).toFixed(2),
        ]);
      }
    }
  console.log('### Skills (issue 21 R1): spanish ≥ 3 required, ~18% of agents qualify\n');
  table(
    [
      'strategy',
      'agents',
      'busy',
      'pick mean µs, no skill',
      'pick mean µs, skill',
      'picks/s, skill',
      'pick p99 µs, skill',
      'first pick after a change ms, no skill (builds the index)',
      'first pick after a change ms, skill (builds it and the qualified one)',
      'first pick after an agent’s capacity edit ms, skill (no pool rebuilt)',
    ],
    rows,
  );
}

/**
 * A user created, then removed, in a workspace of 50,000 agents at 50% busy: the event applied
 * by evolve and the next decision, against building the index whole (what both used to cost).
 */
function usersCase(): void {
  const driver = busyWorkspace(50_000, 0.5);
  const number = driver.state.numbers[numberId]!;
  const offering: Offering = {
    pool: { kind: 'number', id: numberId },
    strategy: 'longest_idle',
    tried: [],
    ringAll: false,
    ringTimeoutMs: 30_000,
  };
  const none: SkillsNow = { requirements: [], required: [], relaxed: [], since: 0 };
  pick(driver.state, number, offering, 7, none);
  const rows: string[][] = [];
  for (let round = 0; round < 3; round += 1) {
    const userId = `u_new_${round}`;
    const template = driver.state.users[Object.keys(driver.state.users)[0]!]!;
    const user = { ...template, id: userId, email: `${userId}@bench.test`, lastAnsweredAt: undefined };
    const created = cpuNs(() => {
      evolve(
        driver.state,
        { type: 'user.created', user, departmentIds: [], numberIds: [numberId] },
        driver.now,
      );
      pick(driver.state, number, offering, 7, none);
    });
    const removed = cpuNs(() => {
      evolve(driver.state, { type: 'user.removed', userId }, driver.now);
      pick(driver.state, number, offering, 7, none);
    });
    const rebuilt = cpuNs(() => {
      rebuildRoutingIndexes(driver.state);
      pick(driver.state, number, offering, 7, none);
    });
    rows.push([
      String(round + 1),
      (created / 1e6).toFixed(2),
      (removed / 1e6).toFixed(2),
      (rebuilt / 1e6).toFixed(1),
    ]);
  }
  console.log('### A user created or removed among 50,000 agents (50% busy, longest idle)\n');
  table(
    [
      'round',
      'user created + next pick, ms CPU',
      'user removed + next pick, ms CPU',
      'whole index built + next pick, ms CPU (what both cost before)',
    ],
    rows,
  );
}

if (process.argv[3] === 'users') {
  machine('A user created or removed (issue 16 goal 1)');
  usersCase();
  process.exit(0);
}

if (onlySkills) {
  machine('Routing decisions with skills (issue 21 R1)');
  usersCase();
  skillsCase();
  process.exit(0);
}

machine('Routing decisions (issue 16, goal 1)');
// Warm-up: every strategy's code compiled before the first measured cell, so cell order does not matter.
{
  const driver = busyWorkspace(1_000, 0.5);
  for (const strategy of strategies) {
    measurePicks(driver, strategy);
    measureInbound(driver, strategy);
  }
}
const cells: Cell[] = [];
for (const agents of sizes)
  for (const busy of busyShares) {
    const driver = busyWorkspace(agents, busy);
    for (const strategy of strategies) {
      const picks = measurePicks(driver, strategy);
      const inbound = measureInbound(driver, strategy);
      cells.push({
        agents,
        busy,
        strategy,
        pick: picks.samples,
        pickMeanNs: picks.meanNs,
        bytesPerPick: picks.bytesPerPick,
        inbound: inbound.samples,
        inboundMeanNs: inbound.meanNs,
      });
    }
  }

table(
  [
    'strategy',
    'agents',
    'busy',
    'pick p50 µs',
    'pick p99 µs',
    'pick mean µs (CPU)',
    'picks/s',
    'bytes allocated per pick',
    'inbound p50 µs',
    'inbound p99 µs',
    'inbound mean µs (CPU)',
  ],
  cells.map((c) => [
    c.strategy,
    count(c.agents),
    `${c.busy * 100}%`,
    usOf(c.pick, 50),
    usOf(c.pick, 99),
    us(c.pickMeanNs),
    count(1e9 / c.pickMeanNs),
    c.bytesPerPick.toFixed(0),
    usOf(c.inbound, 50),
    usOf(c.inbound, 99),
    us(c.inboundMeanNs),
  ]),
);

console.log('### Against the goal\n');
const rows: string[][] = [];
for (const strategy of strategies)
  for (const busy of busyShares) {
    const at = (agents: number) =>
      cells.find((c) => c.strategy === strategy && c.busy === busy && c.agents === agents)!;
    const worstMean = Math.max(...sizes.map((agents) => at(agents).pickMeanNs));
    const perSecond = 1e9 / worstMean;
    const growth = at(50_000).pickMeanNs / at(1_000).pickMeanNs;
    const ok = perSecond >= goalPerSecond && growth <= goalGrowth;
    rows.push([
      strategy,
      `${busy * 100}%`,
      count(perSecond),
      (perSecond / goalPerSecond).toFixed(1),
      `×${growth.toFixed(2)}`,
      ok ? 'met' : 'not met',
    ]);
  }
table(
  ['strategy', 'busy', 'slowest picks/s (any size)', 'ratio to 100k/s', 'growth 1k→50k (mean)', 'goal'],
  rows,
);
const missed = rows.filter((row) => row.at(-1) !== 'met').length;
console.log(
  `Goal 1 (≥ ${count(goalPerSecond)} decisions/s, growth ≤ ×${goalGrowth}): ${missed === 0 ? 'met in every cell' : `not met in ${missed} of ${rows.length} strategy × busy rows`}.`,
);

usersCase();
skillsCase();
