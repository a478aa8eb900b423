import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { parseSpecYaml } from '../config/parse.ts';
import { DomainError } from '../domain/errors.ts';
import { type Strategy, strategies } from '../engine/routing/strategy.ts';
import type { Figures } from '../sim/metrics.ts';
import { comparisonTable, figuresTable, intervalTable, perAgentLine } from '../sim/report.ts';
import { parseTraffic, runScenario } from '../sim/scenario.ts';
import { runTextbook, simulationEpoch } from '../sim/textbook.ts';
import { everyoneOnline, specWorkspace } from '../sim/workspace.ts';
import { CliError, call, remoteFrom } from './client.ts';
import { usage } from './usage.ts';

const options = {
  agents: { type: 'string' },
  'calls-per-hour': { type: 'string' },
  aht: { type: 'string' },
  'sl-threshold': { type: 'string' },
  hours: { type: 'string' },
  seed: { type: 'string' },
  patience: { type: 'string' },
  'handle-time': { type: 'string' },
  strategy: { type: 'string' },
  workspace: { type: 'string' },
  traffic: { type: 'string' },
  replay: { type: 'string' },
  'workspace-id': { type: 'string' },
  url: { type: 'string' },
  token: { type: 'string' },
  intervals: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

function numberFlag(
  value: string | undefined,
  flag: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new CliError(`--${flag} is required\n\n${usage.simulate}`);
  }
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max)
    throw new CliError(`--${flag} must be a number from ${min} to ${max}, not "${value}"`);
  return parsed;
}

function strategyFlag(value: string | undefined): Strategy | undefined {
  if (value === undefined) return undefined;
  if (!(strategies as readonly string[]).includes(value))
    throw new CliError(`--strategy must be one of ${strategies.join(', ')}`);
  return value as Strategy;
}

/** `switchboard simulate`: a period of traffic through the real engine on a virtual clock (M1–M3). */
export async function simulateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: false, options });
  if (values.help) {
    console.log(usage.simulate);
    return 0;
  }
  if (positionals.length > 0)
    throw new CliError(`simulate takes no file names without a flag\n\n${usage.simulate}`);
  if (values.replay) return replayRemote(values);
  if (values.workspace || values.traffic) return simulateWorkspace(values);
  return simulateTextbook(values);
}

type Values = ReturnType<typeof parseArgs<{ args: string[]; options: typeof options }>>['values'];

function simulateTextbook(values: Values): number {
  const agents = numberFlag(values.agents, 'agents', 1, 5000);
  if (!Number.isInteger(agents)) throw new CliError('--agents must be a whole number');
  const handle = values['handle-time'] ?? 'exponential';
  if (handle !== 'exponential' && handle !== 'lognormal')
    throw new CliError('--handle-time must be exponential or lognormal');
  const ahtSec = numberFlag(values.aht, 'aht', 1, 86_400);
  const run = runTextbook({
    agents,
    callsPerHour: numberFlag(values['calls-per-hour'], 'calls-per-hour', 0.001, 1_000_000),
    ahtSec,
    thresholdSec: numberFlag(values['sl-threshold'], 'sl-threshold', 0, 3600, 20),
    hours: numberFlag(values.hours, 'hours', 0.1, 100_000, 24),
    seed: numberFlag(values.seed, 'seed', 0, 2 ** 31 - 1, 1),
    handleTime: { distribution: handle, meanSec: ahtSec },
    ...(values.patience === undefined
      ? {}
      : { patienceSec: numberFlag(values.patience, 'patience', 1, 86_400) }),
    ...(values.strategy ? { strategy: strategyFlag(values.strategy)! } : {}),
  });
  const { result, prediction, spread, inputs } = run;
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          inputs,
          simulated: result.overall,
          spread,
          prediction,
          intervals: result.intervals,
          answeredBy: result.answeredBy,
          commands: result.commands,
          events: result.events,
          elapsedMs: Math.round(run.elapsedMs),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const o = result.overall;
  console.log(
    `${inputs.agents} agents, ${inputs.callsPerHour} calls/h, AHT ${inputs.ahtSec} s (${handle}), ` +
      `threshold ${inputs.thresholdSec} s${inputs.patienceSec ? `, patience ${inputs.patienceSec} s` : ''}; ` +
      `${inputs.hours} h simulated (seed ${inputs.seed}), ${o.offered} calls measured after the warm-up\n`,
  );
  console.log(comparisonTable(o, prediction, spread));
  console.log(`\n${perAgentLine(result.answeredBy, inputs.agents)}`);
  if (values.intervals) console.log(`\n${intervalTable(result.intervals, simulationEpoch)}`);
  console.log(
    `\n${result.commands} engine commands, ${result.events} events in ${(run.elapsedMs / 1000).toFixed(1)} s`,
  );
  return 0;
}

async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
}

async function simulateWorkspace(values: Values): Promise<number> {
  if (!values.workspace || !values.traffic)
    throw new CliError('--workspace FILE.yaml and --traffic FILE.yaml go together');
  const seed = numberFlag(values.seed, 'seed', 0, 2 ** 31 - 1, 1);
  const [specText, trafficText] = await Promise.all([readText(values.workspace), readText(values.traffic)]);
  try {
    const traffic = parseTraffic(parseYaml(trafficText), simulationEpoch);
    const state = everyoneOnline(
      specWorkspace(parseSpecYaml(specText), traffic.startAt, seed),
      traffic.startAt,
    );
    const hours =
      values.hours === undefined ? traffic.hours : numberFlag(values.hours, 'hours', 0.1, 24 * 366);
    const changes = {
      ...(values.agents === undefined ? {} : { agents: numberFlag(values.agents, 'agents', 0, 5000) }),
      ...(values.strategy ? { strategy: strategyFlag(values.strategy)! } : {}),
    };
    const run = runScenario(state, { ...traffic, hours }, { seed, changes });
    // A what-if is shown beside the configuration as the spec has it, on the same callers.
    const baseline =
      Object.keys(changes).length > 0 ? runScenario(state, { ...traffic, hours }, { seed }) : undefined;
    if (values.json) {
      const figures = (r: typeof run) => ({
        simulated: r.result.overall,
        intervals: r.result.intervals,
        answeredBy: r.result.answeredBy,
      });
      console.log(
        JSON.stringify({ ...figures(run), ...(baseline ? { baseline: figures(baseline) } : {}) }, null, 2),
      );
      return 0;
    }
    const columns = baseline
      ? [
          { name: 'as configured', figures: baseline.result.overall },
          { name: 'what if', figures: run.result.overall },
        ]
      : [{ name: 'simulated', figures: run.result.overall }];
    console.log(figuresTable(columns));
    if (baseline)
      console.log(`\nas configured: ${perAgentLine(baseline.result.answeredBy, baseline.agents)}`);
    console.log(`${baseline ? 'what if: ' : '\n'}${perAgentLine(run.result.answeredBy, run.agents)}`);
    if (values.intervals || !baseline)
      console.log(`\n${intervalTable(run.result.intervals, traffic.startAt)}`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) throw new CliError(error.message);
    throw error;
  }
}

interface RemoteRun {
  agents: number;
  overall: Record<keyof Figures, number | null>;
}

/** null (JSON has no NaN) back to NaN, which the tables print as "–". */
const fromJson = (figures: RemoteRun['overall']): Figures =>
  Object.fromEntries(
    Object.entries(figures).map(([key, value]) => [key, value ?? Number.NaN]),
  ) as unknown as Figures;

/** A recorded period of a running server's workspace, replayed through its configuration (and a what-if). */
async function replayRemote(values: Values): Promise<number> {
  const workspaceId = values['workspace-id'];
  if (!workspaceId) throw new CliError('--replay needs --workspace-id, the workspace whose calls to replay');
  const from = Date.parse(values.replay!);
  if (!Number.isFinite(from))
    throw new CliError(`--replay must be a date and time, e.g. 2026-01-05T08:00:00Z`);
  const hours = numberFlag(values.hours, 'hours', 0.5, 48, 24);
  const changes = {
    ...(values.agents === undefined ? {} : { agents: numberFlag(values.agents, 'agents', 0, 1000) }),
    ...(values.strategy ? { strategy: strategyFlag(values.strategy)! } : {}),
  };
  const body = {
    replay: {
      from: new Date(from).toISOString(),
      hours,
      thresholdSec: numberFlag(values['sl-threshold'], 'sl-threshold', 1, 600, 20),
    },
    changes,
    seed: numberFlag(values.seed, 'seed', 0, 2 ** 31 - 1, 1),
  };
  const path = `/v1/workspaces/${encodeURIComponent(workspaceId)}/simulations`;
  const response = await call(remoteFrom(values), 'POST', path, {
    type: 'application/json',
    text: JSON.stringify(body),
  });
  const result = (await response.json()) as {
    actual: RemoteRun['overall'];
    configured: RemoteRun;
    changed: RemoteRun;
  };
  if (values.json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  const columns = [
    { name: 'what happened', figures: fromJson(result.actual) },
    { name: 'as configured', figures: fromJson(result.configured.overall) },
    ...(Object.keys(changes).length > 0
      ? [{ name: 'what if', figures: fromJson(result.changed.overall) }]
      : []),
  ];
  console.log(`${workspaceId}: calls from ${body.replay.from} for ${hours} h, replayed\n`);
  console.log(figuresTable(columns));
  return 0;
}
