/**
 * The routing simulator on a big day: 200,000 calls to one number answered by 500 agents
 * (longest idle), over 24 hours with a two-peak office profile, exponential handle times
 * (mean 90 s) and callers who hang up after an exponential patience (mean 120 s). Every
 * call goes through the real engine's decide/evolve on the virtual clock, as `switchboard
 * simulate` runs it. Prints wall and CPU time, calls/s, commands/s and memory.
 * Run: node --expose-gc --import tsx bench/sim-day.ts
 */
import { cpuUsage, memoryUsage } from 'node:process';
import { streams } from '../src/sim/random.ts';
import { simulate } from '../src/sim/run.ts';
import { simulationEpoch } from '../src/sim/textbook.ts';
import { generateArrivals } from '../src/sim/traffic.ts';
import { textbookNumber, textbookWorkspace } from '../src/sim/workspace.ts';
import { bytes, collectGarbage, count, machine, table } from './support/report.ts';

const agents = 500;
const totalCalls = Number(process.argv[2] ?? 200_000);
const ahtSec = 90;
const patienceSec = 120;
const intervals = 48;

/** A working day's shape per 30 minutes: quiet nights, a morning and an afternoon peak. */
function profile(): number[] {
  const shape = Array.from({ length: intervals }, (_, index) => {
    const hour = (index + 0.5) / 2;
    const bump = (centre: number, width: number) => Math.exp(-(((hour - centre) / width) ** 2));
    return 0.08 + bump(11, 2.2) + 0.85 * bump(16.5, 2);
  });
  const sum = shape.reduce((total, value) => total + value, 0);
  // calls per hour so that the day's expected total is totalCalls (each interval is half an hour)
  return shape.map((value) => (value / sum) * totalCalls * 2);
}

machine('bench/sim-day.ts — routing simulator, a 500-agent day');
const callsPerHour = profile();
const peak = Math.max(...callsPerHour);
console.log(
  `${count(totalCalls)} calls expected over 24 h to one number, ${agents} agents online (longest_idle), ` +
    `AHT ${ahtSec} s exponential, patience ${patienceSec} s exponential; peak ${count(peak)} calls/h ` +
    `(${((peak * ahtSec) / 3600).toFixed(0)} erlangs offered).\n`,
);
collectGarbage();
const heapBefore = memoryUsage().heapUsed;
const cpuStart = cpuUsage();
const started = performance.now();
const state = textbookWorkspace({ agents, seed: 7, startAt: simulationEpoch });
const builtMs = performance.now() - started;
const durationMs = 24 * 3_600_000;
let peakHeap = 0;
const result = simulate({
  state,
  startAt: simulationEpoch,
  durationMs,
  thresholdSec: 20,
  arrivals: generateArrivals(
    {
      intervalMs: 30 * 60_000,
      streams: [{ to: textbookNumber, callsPerHour }],
      handleTime: { distribution: 'exponential', meanSec: ahtSec },
      patience: { distribution: 'exponential', meanSec: patienceSec },
    },
    durationMs,
    streams(7),
  ),
  onProgress: () => {
    peakHeap = Math.max(peakHeap, memoryUsage().heapUsed);
  },
});
const wallMs = performance.now() - started;
const cpu = cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
const o = result.overall;
table(
  [
    'calls',
    'commands',
    'events',
    'wall s',
    'CPU s',
    'calls/s (wall)',
    'commands/s (wall)',
    'build ms',
    'peak heap Δ',
    'rss',
  ],
  [
    [
      count(o.offered),
      count(result.commands),
      count(result.events),
      (wallMs / 1000).toFixed(2),
      (cpuMs / 1000).toFixed(2),
      count(o.offered / (wallMs / 1000)),
      count(result.commands / (wallMs / 1000)),
      builtMs.toFixed(0),
      bytes(Math.max(0, peakHeap - heapBefore)),
      bytes(memoryUsage().rss),
    ],
  ],
);
table(
  [
    'service level (20 s)',
    'ASA',
    'wait probability',
    'abandonment',
    'occupancy',
    'longest queue',
    'refused',
    'unfinished',
  ],
  [
    [
      `${(o.serviceLevel * 100).toFixed(1)}%`,
      `${o.asa.toFixed(1)} s`,
      `${(o.waitProbability * 100).toFixed(1)}%`,
      `${(o.abandonment * 100).toFixed(2)}%`,
      `${(o.occupancy * 100).toFixed(1)}%`,
      String(o.maxQueue),
      String(result.refused),
      String(result.unfinished),
    ],
  ],
);
