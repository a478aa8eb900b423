import type { QueuePrediction } from './erlang.ts';
import type { Figures, IntervalFigures } from './metrics.ts';
import type { Spread } from './textbook.ts';

const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(2)}%` : '–');
const seconds = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)} s` : '∞');
const plusMinus = (value: number, format: (v: number) => string) =>
  Number.isFinite(value) ? ` ± ${format(value)}` : '';

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('  '),
    )
    .join('\n');
}

/** Simulated figures beside Erlang's, with the run's 95% spread and the difference. */
export function comparisonTable(simulated: Figures, predicted: QueuePrediction, spread?: Spread): string {
  const model = predicted.model === 'erlang_a' ? 'Erlang A' : 'Erlang C';
  const difference = (sim: number, erlang: number) =>
    erlang !== 0 && Number.isFinite(erlang) ? `${(((sim - erlang) / erlang) * 100).toFixed(1)}%` : '–';
  const row = (name: string, sim: number, erlang: number, format: (v: number) => string, half?: number) => [
    name,
    `${format(sim)}${half === undefined ? '' : plusMinus(half, format)}`,
    format(erlang),
    difference(sim, erlang),
  ];
  return pad([
    ['', 'simulated (95%)', model, 'difference'],
    row('service level', simulated.serviceLevel, predicted.serviceLevel, percent, spread?.serviceLevel),
    row(
      'wait probability',
      simulated.waitProbability,
      predicted.waitProbability,
      percent,
      spread?.waitProbability,
    ),
    row('average speed of answer', simulated.asa, predicted.asa, seconds, spread?.asa),
    row('abandonment', simulated.abandonment, predicted.abandonment, percent, spread?.abandonment),
    row('occupancy', simulated.occupancy, predicted.occupancy, percent),
  ]);
}

/** The figures of a run with no prediction beside them (a workspace's own configuration). */
export function figuresTable(columns: { name: string; figures: Figures }[]): string {
  const line = (name: string, format: (f: Figures) => string) => [
    name,
    ...columns.map((c) => format(c.figures)),
  ];
  return pad([
    ['', ...columns.map((column) => column.name)],
    line('calls offered', (f) => String(f.offered)),
    line('answered', (f) => String(f.answered)),
    line('abandoned', (f) => String(f.abandoned)),
    line('other outcomes', (f) => String(f.other)),
    line('service level', (f) => percent(f.serviceLevel)),
    line('wait probability', (f) => percent(f.waitProbability)),
    line('average speed of answer', (f) => seconds(f.asa)),
    line('abandonment', (f) => percent(f.abandonment)),
    line('occupancy', (f) => percent(f.occupancy)),
    line('average queue', (f) => f.queueLength.toFixed(2)),
    line('longest queue', (f) => String(f.maxQueue)),
    line('agents logged in (avg)', (f) => f.agents.toFixed(1)),
  ]);
}

const clock = (startAt: number, offset: number) => new Date(startAt + offset).toISOString().slice(11, 16);

/** One line per interval: the shape of the day. */
export function intervalTable(intervals: IntervalFigures[], startAt: number): string {
  return pad([
    ['interval (UTC)', 'offered', 'SL', 'ASA', 'abandoned', 'occupancy', 'avg queue', 'agents'],
    ...intervals.map((f) => [
      clock(startAt, f.start),
      String(f.offered),
      percent(f.serviceLevel),
      seconds(f.asa),
      percent(f.abandonment),
      percent(f.occupancy),
      f.queueLength.toFixed(2),
      f.agents.toFixed(1),
    ]),
  ]);
}

/** Calls per agent: the mean and its spread show how evenly a strategy shares the work. */
export function perAgentLine(answeredBy: Record<string, number>, agents: number): string {
  const counts = Object.values(answeredBy);
  while (counts.length < agents) counts.push(0);
  if (counts.length === 0) return 'calls per agent: –';
  const mean = counts.reduce((sum, n) => sum + n, 0) / counts.length;
  return `calls per agent: ${mean.toFixed(1)} on average (fewest ${Math.min(...counts)}, most ${Math.max(...counts)})`;
}
