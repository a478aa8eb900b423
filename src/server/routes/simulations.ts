import { Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { exportSpec } from '../../config/export.ts';
import { invalid } from '../../domain/errors.ts';
import { strategies } from '../../engine/routing/strategy.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { replayDay } from '../../sim/replay.ts';
import { parseTraffic, runScenario, type ScenarioRun, type WhatIf } from '../../sim/scenario.ts';
import { everyoneOnline, specWorkspace } from '../../sim/workspace.ts';
import type { CallRecord, Store } from '../../store/port.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, NoQuery, WorkspaceParams } from '../schemas.ts';

/*
 * M4: "what if" against a workspace's own configuration. Runs synchronously with a hard cap
 * (the simulation shares the server's thread): at most maxCalls expected calls per run, two
 * runs per request (as configured, and changed), on the same callers.
 */
export const maxCalls = 20_000;
const maxReplayCalls = 20_000;

const Rates = Type.Array(Type.Number({ minimum: 0, maximum: 100_000 }), { minItems: 1, maxItems: 336 });

const TrafficSchema = Type.Object(
  {
    start: Type.Optional(Type.String({ format: 'date-time' })),
    hours: Type.Optional(Type.Number({ minimum: 0.5, maximum: 168 })),
    intervalMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 240 })),
    thresholdSec: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
    answerDelaySec: Type.Optional(Type.Number({ minimum: 0, maximum: 60 })),
    handleTime: Type.Object(
      {
        distribution: Type.Enum(['exponential', 'lognormal']),
        meanSec: Type.Number({ minimum: 1, maximum: 7200 }),
        cv: Type.Optional(Type.Number({ minimum: 0.01, maximum: 10 })),
      },
      { additionalProperties: false },
    ),
    patience: Type.Optional(
      Type.Object(
        {
          distribution: Type.Enum(['none', 'exponential']),
          meanSec: Type.Optional(Type.Number({ minimum: 1, maximum: 7200 })),
        },
        { additionalProperties: false },
      ),
    ),
    streams: Type.Array(
      Type.Object(
        { number: Type.String({ maxLength: 40 }), callsPerHour: Rates },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 20 },
    ),
  },
  { additionalProperties: false },
);

const ChangesSchema = Type.Object(
  {
    agents: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    strategy: Type.Optional(Type.Enum([...strategies])),
    /** true: the numbers are open around the clock; false or left out: their hours as configured. */
    alwaysOpen: Type.Optional(Type.Boolean()),
    trafficScale: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
  },
  { additionalProperties: false },
);

const SimulationBody = Type.Object(
  {
    /** Generated traffic; or, with replay, the calls recorded from that moment on. */
    traffic: Type.Optional(TrafficSchema),
    replay: Type.Optional(
      Type.Object(
        {
          from: Type.String({ format: 'date-time' }),
          hours: Type.Number({ minimum: 0.5, maximum: 48 }),
          thresholdSec: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
        },
        { additionalProperties: false },
      ),
    ),
    changes: Type.Optional(ChangesSchema),
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 })),
  },
  { additionalProperties: false },
);

/** null where a run cannot tell (history records no queue, so a replayed day's actual wait probability). */
const Figure = Type.Union([Type.Number(), Type.Null()]);
const figureFields = {
  offered: Figure,
  answered: Figure,
  abandoned: Figure,
  other: Figure,
  serviceLevel: Figure,
  asa: Figure,
  waitProbability: Figure,
  abandonment: Figure,
  occupancy: Figure,
  queueLength: Figure,
  maxQueue: Figure,
  agents: Figure,
};
const FiguresSchema = Type.Object(figureFields);
type FigureValues = Record<keyof typeof figureFields, number | null>;

const RunSchema = Type.Object({
  agents: Type.Integer({ description: 'agents taking the traffic’s calls' }),
  overall: FiguresSchema,
  intervals: Type.Array(
    Type.Intersect([Type.Object({ start: Type.String({ format: 'date-time' }) }), FiguresSchema]),
  ),
  answeredBy: Type.Record(Type.String(), Type.Integer()),
});

const SimulationResponse = Type.Object({
  startAt: Type.String({ format: 'date-time' }),
  thresholdSec: Type.Integer(),
  configured: RunSchema,
  changed: RunSchema,
  /** With replay: what the recorded day was (figures history cannot tell are null). */
  actual: Type.Optional(FiguresSchema),
});

/** JSON has no NaN: what a run cannot tell goes out as null. */
const figures = (values: object): FigureValues =>
  Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, Number.isFinite(value) ? value : null]),
  ) as FigureValues;

function runView(run: ScenarioRun, startAt: number) {
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

/** The configuration as its spec says, every agent online: what-if compares configurations, not this minute's presence. */
function configuredWorkspace(state: WorkspaceState, startAt: number, seed: number): WorkspaceState {
  return everyoneOnline(specWorkspace(exportSpec(state), startAt, seed), startAt);
}

async function recordedCalls(
  store: Store,
  workspaceId: string,
  from: number,
  to: number,
): Promise<CallRecord[]> {
  const calls: CallRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listCalls(workspaceId, {
      direction: 'inbound',
      from,
      to,
      limit: 500,
      ...(cursor ? { cursor } : {}),
    });
    calls.push(...page.items);
    cursor = page.nextCursor;
    if (calls.length > maxReplayCalls)
      throw invalid('replay.hours', `more than ${maxReplayCalls} calls to replay: choose fewer hours`);
  } while (cursor);
  return calls;
}

export function registerSimulations(app: App, context: ServerContext): void {
  app.post(
    '/workspaces/:workspaceId/simulations',
    {
      schema: {
        tags: ['simulation'],
        summary:
          'What if (admin, M4): the workspace’s configuration and a changed one under the same traffic',
        description:
          'Runs the real routing engine on a virtual clock, twice: as configured and with the changes. Traffic is ' +
          `generated (traffic) or a recorded period replayed (replay). At most ${maxCalls} expected calls per run.`,
        params: WorkspaceParams,
        querystring: NoQuery,
        body: SimulationBody,
        response: { 200: SimulationResponse, ...errors },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'admin');
      // The workspace must exist before any work; its state is read again where it is used.
      await committedWorkspace(context.runtime, workspaceId);
      const body = request.body;
      const seed = body.seed ?? 1;
      const changes: WhatIf = {
        ...(body.changes?.agents === undefined ? {} : { agents: body.changes.agents }),
        ...(body.changes?.strategy ? { strategy: body.changes.strategy } : {}),
        ...(body.changes?.alwaysOpen ? { hours: null } : {}),
        ...(body.changes?.trafficScale === undefined ? {} : { trafficScale: body.changes.trafficScale }),
      };
      if (body.replay) {
        const startAt = Date.parse(body.replay.from);
        const thresholdSec = body.replay.thresholdSec ?? 20;
        const calls = await recordedCalls(
          context.store,
          workspaceId,
          startAt,
          startAt + body.replay.hours * 3_600_000,
        );
        const state = configuredWorkspace(
          await committedWorkspace(context.runtime, workspaceId),
          startAt,
          seed,
        );
        const options = { startAt, hours: body.replay.hours, thresholdSec, seed };
        const configured = replayDay(state, calls, options);
        const changed = replayDay(state, calls, { ...options, changes });
        return {
          startAt: new Date(startAt).toISOString(),
          thresholdSec,
          configured: runView(configured.simulated, startAt),
          changed: runView(changed.simulated, startAt),
          actual: figures(configured.actual),
        };
      }
      if (!body.traffic) throw invalid('traffic', 'traffic or replay is needed');
      const traffic = parseTraffic(body.traffic, context.runtime.clock.now());
      const expected = traffic.streams.reduce(
        (sum, stream) => sum + expectedCalls(stream.callsPerHour, traffic),
        0,
      );
      if (expected * Math.max(1, changes.trafficScale ?? 1) > maxCalls)
        throw invalid(
          'traffic.streams',
          `about ${Math.round(expected)} calls expected: at most ${maxCalls} per run`,
        );
      const state = configuredWorkspace(
        await committedWorkspace(context.runtime, workspaceId),
        traffic.startAt,
        seed,
      );
      const configured = runScenario(state, traffic, { seed });
      const changed = runScenario(state, traffic, { seed, changes });
      return {
        startAt: new Date(traffic.startAt).toISOString(),
        thresholdSec: traffic.thresholdSec,
        configured: runView(configured, traffic.startAt),
        changed: runView(changed, traffic.startAt),
      };
    },
  );
}

/** Calls a stream brings over the run (its profile repeats when the run is longer). */
function expectedCalls(callsPerHour: number[], traffic: { hours: number; intervalMinutes: number }): number {
  const intervals = Math.ceil((traffic.hours * 60) / traffic.intervalMinutes);
  let total = 0;
  for (let index = 0; index < intervals; index += 1)
    total += ((callsPerHour[index % callsPerHour.length] ?? 0) * traffic.intervalMinutes) / 60;
  return total;
}
