import type { Strategy } from '../engine/routing/strategy.ts';
import { predict, type QueuePrediction } from './erlang.ts';
import type { IntervalFigures } from './metrics.ts';
import { streams } from './random.ts';
import { type SimulationResult, simulate } from './run.ts';
import { generateArrivals, type HandleTime } from './traffic.ts';
import { textbookNumber, textbookWorkspace } from './workspace.ts';

/** The plain-flags case: one queue, identical agents, Poisson calls at a constant rate. */
export interface TextbookCase {
  agents: number;
  callsPerHour: number;
  ahtSec: number;
  thresholdSec: number;
  hours: number;
  seed: number;
  /** Mean patience, seconds: callers hang up (Erlang A). Left out: they wait as long as it takes (Erlang C). */
  patienceSec?: number;
  /** Exponential unless said (Erlang's assumption). */
  handleTime?: HandleTime;
  strategy?: Strategy;
  /** Left out: one hour, or a tenth of the run if shorter. */
  warmUpHours?: number;
  intervalMinutes?: number;
  onProgress?: (done: number) => void;
}

/** A 95% confidence half-width of the run's figure, from batch means of its intervals. */
export interface Spread {
  serviceLevel: number;
  waitProbability: number;
  asa: number;
  abandonment: number;
}

export interface TextbookRun {
  inputs: TextbookCase;
  result: SimulationResult;
  prediction: QueuePrediction;
  spread: Spread;
  /** Wall time of the simulation itself, ms. */
  elapsedMs: number;
}

/** A fixed start (a Monday, UTC): schedules and hours read the virtual clock. */
export const simulationEpoch = Date.UTC(2026, 0, 5, 0, 0, 0);

export function runTextbook(inputs: TextbookCase): TextbookRun {
  const durationMs = inputs.hours * 3_600_000;
  const warmUpMs = (inputs.warmUpHours ?? Math.min(1, inputs.hours / 10)) * 3_600_000;
  const intervalMs = (inputs.intervalMinutes ?? 30) * 60_000;
  const started = performance.now();
  const state = textbookWorkspace({
    agents: inputs.agents,
    seed: inputs.seed,
    startAt: simulationEpoch,
    ...(inputs.strategy ? { strategy: inputs.strategy } : {}),
  });
  const traffic = {
    intervalMs,
    streams: [{ to: textbookNumber, callsPerHour: [inputs.callsPerHour] }],
    handleTime: inputs.handleTime ?? { distribution: 'exponential' as const, meanSec: inputs.ahtSec },
    patience:
      inputs.patienceSec === undefined
        ? { distribution: 'none' as const }
        : { distribution: 'exponential' as const, meanSec: inputs.patienceSec },
  };
  const result = simulate({
    state,
    startAt: simulationEpoch,
    durationMs,
    warmUpMs,
    intervalMs,
    thresholdSec: inputs.thresholdSec,
    arrivals: generateArrivals(traffic, durationMs, streams(inputs.seed)),
    ...(inputs.onProgress ? { onProgress: inputs.onProgress } : {}),
  });
  const prediction = predict({
    callsPerHour: inputs.callsPerHour,
    ahtSec: inputs.ahtSec,
    agents: inputs.agents,
    thresholdSec: inputs.thresholdSec,
    ...(inputs.patienceSec === undefined ? {} : { patienceSec: inputs.patienceSec }),
  });
  return {
    inputs,
    result,
    prediction,
    spread: spread(result.intervals),
    elapsedMs: performance.now() - started,
  };
}

/**
 * Consecutive intervals grouped into 20 batches: a queue's figures are correlated from one
 * minute to the next, so the spread of batch means, not of single calls, says how far the
 * run's figure may be from the true one.
 */
export function spread(intervals: IntervalFigures[], batches = 20): Spread {
  const size = Math.floor(intervals.length / batches);
  if (size < 1)
    return {
      serviceLevel: Number.NaN,
      waitProbability: Number.NaN,
      asa: Number.NaN,
      abandonment: Number.NaN,
    };
  const groups = Array.from({ length: batches }, (_, index) =>
    intervals.slice(index * size, (index + 1) * size),
  );
  const halfWidth = (pick: (group: IntervalFigures[]) => number) => {
    const means = groups.map(pick);
    const mean = means.reduce((sum, value) => sum + value, 0) / batches;
    const variance = means.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (batches - 1);
    // Student's t for 19 degrees of freedom, 95% two-sided.
    return 2.093 * Math.sqrt(variance / batches);
  };
  const ratio = (
    group: IntervalFigures[],
    part: (f: IntervalFigures) => number,
    whole: (f: IntervalFigures) => number,
  ) => {
    const total = group.reduce((sum, f) => sum + whole(f), 0);
    return total > 0 ? group.reduce((sum, f) => sum + part(f), 0) / total : 0;
  };
  return {
    serviceLevel: halfWidth((group) =>
      ratio(
        group,
        (f) => f.serviceLevel * f.offered,
        (f) => f.offered,
      ),
    ),
    waitProbability: halfWidth((group) =>
      ratio(
        group,
        (f) => f.waitProbability * f.offered,
        (f) => f.offered,
      ),
    ),
    asa: halfWidth((group) =>
      ratio(
        group,
        (f) => f.asa * f.answered,
        (f) => f.answered,
      ),
    ),
    abandonment: halfWidth((group) =>
      ratio(
        group,
        (f) => f.abandoned,
        (f) => f.offered,
      ),
    ),
  };
}
