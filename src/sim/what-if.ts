import type { WorkspaceSpec } from '../config/spec.ts';
import type { CallRecord } from '../store/port.ts';
import { type RecordedKeys, replayDay } from './replay.ts';
import { runScenario, type ScenarioRun, type Traffic, type WhatIf } from './scenario.ts';
import { everyoneOnline, specWorkspace } from './workspace.ts';

/**
 * M4's "what if" as plain data in and out, so it can run away from the server's event loop
 * (a worker thread): the workspace's spec, the traffic (generated, or recorded calls to
 * replay) and the changes; out come both runs' figures, overall and per interval.
 */
export interface WhatIfJob {
  spec: WorkspaceSpec;
  seed: number;
  changes: WhatIf;
  traffic?: Traffic;
  replay?: {
    startAt: number;
    hours: number;
    thresholdSec: number;
    calls: CallRecord[];
    /** The IVR keys each recorded caller pressed. */
    keys?: RecordedKeys;
  };
}

/** JSON has no NaN: what a run cannot tell is null. */
export type FigureValues = Record<string, number | null>;

export interface RunView {
  agents: number;
  overall: FigureValues;
  intervals: Array<Record<string, number | string | null>>;
  answeredBy: Record<string, number>;
}

export interface WhatIfResult {
  startAt: string;
  thresholdSec: number;
  configured: RunView;
  changed: RunView;
  /** With replay: what the recorded day was. */
  actual?: FigureValues;
}

export const figures = (values: object): FigureValues =>
  Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, Number.isFinite(value) ? value : null]),
  );

function runView(run: ScenarioRun, startAt: number): RunView {
  return {
    agents: run.agents,
    overall: figures(run.result.overall),
    intervals: run.result.intervals.map((interval) => ({
      ...figures(interval),
      start: new Date(startAt + interval.start).toISOString(),
    })),
    answeredBy: run.result.answeredBy,
  };
}

/**
 * Runs the configuration as its spec says (every agent online: what-if compares
 * configurations, not this minute's presence) and as changed, on the same callers.
 * `onProgress` hears the share of both runs done, from 0 to 1.
 */
export function runWhatIf(job: WhatIfJob, onProgress: (done: number) => void = () => {}): WhatIfResult {
  const startAt = job.replay?.startAt ?? job.traffic?.startAt ?? 0;
  const state = everyoneOnline(specWorkspace(job.spec, startAt, job.seed), startAt);
  const half = (run: number) => (done: number) => onProgress((run + done) / 2);
  if (job.replay) {
    const { calls, ...replay } = job.replay;
    const options = { ...replay, seed: job.seed };
    const configured = replayDay(state, calls, { ...options, onProgress: half(0) });
    const changed = replayDay(state, calls, { ...options, changes: job.changes, onProgress: half(1) });
    onProgress(1);
    return {
      startAt: new Date(startAt).toISOString(),
      thresholdSec: replay.thresholdSec,
      configured: runView(configured.simulated, startAt),
      changed: runView(changed.simulated, startAt),
      actual: figures(configured.actual),
    };
  }
  const traffic = job.traffic;
  if (!traffic) throw new Error('a what-if job needs traffic or a replay');
  const configured = runScenario(state, traffic, { seed: job.seed, onProgress: half(0) });
  const changed = runScenario(state, traffic, { seed: job.seed, changes: job.changes, onProgress: half(1) });
  onProgress(1);
  return {
    startAt: new Date(traffic.startAt).toISOString(),
    thresholdSec: traffic.thresholdSec,
    configured: runView(configured, traffic.startAt),
    changed: runView(changed, traffic.startAt),
  };
}
