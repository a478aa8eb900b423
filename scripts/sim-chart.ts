/**
 * Writes docs/simulator/what-if.svg: Demo Co's Madrid line over a weekday (docs/simulator/
 * traffic.yaml) as configured, and with 8 agents on longest idle, on the same callers.
 * Run: npx tsx scripts/sim-chart.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseSpecYaml } from '../src/config/parse.ts';
import { dayChart } from '../src/sim/chart.ts';
import { parseTraffic, runScenario } from '../src/sim/scenario.ts';
import { simulationEpoch } from '../src/sim/textbook.ts';
import { everyoneOnline, specWorkspace } from '../src/sim/workspace.ts';

const root = new URL('..', import.meta.url).pathname;
const traffic = parseTraffic(
  parse(readFileSync(`${root}docs/simulator/traffic.yaml`, 'utf8')),
  simulationEpoch,
);
const spec = parseSpecYaml(readFileSync(`${root}demo/workspace.yaml`, 'utf8'));
const state = everyoneOnline(specWorkspace(spec, traffic.startAt, 1), traffic.startAt);
const configured = runScenario(state, traffic, { seed: 1 });
const changed = runScenario(state, traffic, { seed: 1, changes: { agents: 8, strategy: 'longest_idle' } });
const svg = dayChart(
  [
    {
      name: 'as configured (6 agents, simultaneous)',
      color: '#d9534f',
      intervals: configured.result.intervals,
    },
    { name: 'what if: 8 agents, longest idle', color: '#2f7bd9', intervals: changed.result.intervals },
  ],
  traffic.startAt,
  'Demo Co, Madrid line, a simulated weekday (seed 1)',
);
writeFileSync(`${root}docs/simulator/what-if.svg`, svg);
console.log('wrote docs/simulator/what-if.svg');
