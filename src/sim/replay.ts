import type { WorkspaceState } from '../engine/state.ts';
import type { CallRecord } from '../store/port.ts';
import type { Figures } from './metrics.ts';
import { runScenario, type ScenarioRun, type Traffic, type WhatIf } from './scenario.ts';
import type { Arrival } from './traffic.ts';

/** What each recorded caller did in the IVR menus they heard, by call id: a key, or null for silence. */
export type RecordedKeys = Map<string, (string | null)[]>;

/** When a recorded call had no talk to measure (never answered), it is given the day's mean talk. */
const fallbackHandleMs = 180_000;

/**
 * A recorded day's callers as the simulator's arrivals: who called which number when, how
 * long they talked, and, for those who hung up while waiting, how long they waited. A caller
 * who was answered would have waited at least as long as they did: their patience is
 * unknown and taken as unlimited, which flatters a worse configuration a little.
 */
export function arrivalsFromHistory(
  calls: CallRecord[],
  startAt: number,
  durationMs: number,
  keys: RecordedKeys = new Map(),
): Arrival[] {
  const inbound = calls
    .filter(
      (call) =>
        call.direction === 'inbound' && call.startedAt >= startAt && call.startedAt < startAt + durationMs,
    )
    .sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
  const talks = inbound
    .filter((call) => call.answeredAt !== undefined && call.endedAt !== undefined)
    .map((call) => call.endedAt! - call.answeredAt!);
  const meanTalk =
    talks.length > 0 ? talks.reduce((sum, ms) => sum + ms, 0) / talks.length : fallbackHandleMs;
  return inbound.map((call) => {
    const talked = call.answeredAt !== undefined && call.endedAt !== undefined;
    const hungUpWaiting = call.outcome === 'abandoned' && call.endedAt !== undefined;
    const pressed = keys.get(call.id);
    return {
      at: call.startedAt - startAt,
      to: call.to,
      from: call.from,
      handleMs: Math.max(1, talked ? call.endedAt! - call.answeredAt! : Math.round(meanTalk)),
      patienceMs: hungUpWaiting ? Math.max(1, call.endedAt! - call.startedAt) : Number.POSITIVE_INFINITY,
      ...(pressed ? { keys: pressed } : {}),
    };
  });
}

/** What the recorded day was, in the simulator's terms (what history cannot tell is NaN). */
export function actualFigures(
  calls: CallRecord[],
  startAt: number,
  durationMs: number,
  thresholdSec: number,
): Figures {
  const inbound = calls.filter(
    (call) =>
      call.direction === 'inbound' && call.startedAt >= startAt && call.startedAt < startAt + durationMs,
  );
  const answered = inbound.filter((call) => call.answeredAt !== undefined);
  const abandoned = inbound.filter(
    (call) => call.answeredAt === undefined && call.outcome === 'abandoned',
  ).length;
  const inTime = answered.filter((call) => call.answeredAt! - call.startedAt <= thresholdSec * 1000).length;
  const waited = answered.reduce((sum, call) => sum + (call.answeredAt! - call.startedAt), 0);
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  return {
    offered: inbound.length,
    answered: answered.length,
    abandoned,
    other: inbound.length - answered.length - abandoned,
    serviceLevel: share(inTime, inbound.length),
    asa: share(waited, answered.length) / 1000,
    waitProbability: Number.NaN,
    abandonment: share(abandoned, inbound.length),
    occupancy: Number.NaN,
    queueLength: Number.NaN,
    maxQueue: Number.NaN,
    agents: Number.NaN,
  };
}

export interface Replay {
  actual: Figures;
  /** Recorded calls to numbers the workspace no longer has: not replayed. */
  skipped: number;
  simulated: ScenarioRun;
}

/**
 * A past day run again through a configuration (the current one, or one changed by a what-if):
 * the same callers at the same moments, with the same talk and patience, routed anew.
 */
export function replayDay(
  state: WorkspaceState,
  calls: CallRecord[],
  options: {
    startAt: number;
    hours: number;
    thresholdSec: number;
    seed: number;
    changes?: WhatIf;
    /** The menu choices recorded for the calls (callers of IVR numbers without them stay silent). */
    keys?: RecordedKeys;
    onProgress?: (done: number) => void;
  },
): Replay {
  const durationMs = options.hours * 3_600_000;
  const recorded = arrivalsFromHistory(calls, options.startAt, durationMs, options.keys);
  // A number removed since that day has no routing left to replay its calls through.
  const arrivals = recorded.filter((arrival) => state.numberByE164[arrival.to] !== undefined);
  const numbers = [...new Set(arrivals.map((arrival) => arrival.to))];
  const traffic: Traffic = {
    startAt: options.startAt,
    hours: options.hours,
    intervalMinutes: 30,
    thresholdSec: options.thresholdSec,
    answerDelaySec: 0,
    keyDelaySec: 2,
    handleTime: { distribution: 'exponential', meanSec: fallbackHandleMs / 1000 },
    patience: { distribution: 'none' },
    streams: numbers.map((number) => ({ number, callsPerHour: [0] })),
    schedule: [],
  };
  return {
    actual: actualFigures(calls, options.startAt, durationMs, options.thresholdSec),
    skipped: recorded.length - arrivals.length,
    simulated: runScenario(state, traffic, {
      seed: options.seed,
      arrivals,
      ...(options.changes ? { changes: options.changes } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    }),
  };
}
