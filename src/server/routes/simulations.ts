import { type Static, Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { exportSpec } from '../../config/export.ts';
import { invalid } from '../../domain/errors.ts';
import { strategies } from '../../engine/routing/strategy.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { own } from '../../engine/table.ts';
import type { RecordedKeys } from '../../sim/replay.ts';
import { parseTraffic, type WhatIf } from '../../sim/scenario.ts';
import type { WhatIfJob } from '../../sim/what-if.ts';
import type { CallRecord, Store } from '../../store/port.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, iso, NoQuery, WorkspaceParams } from '../schemas.ts';
import { type SimulationJob, SimulationJobs } from '../simulation/jobs.ts';

/*
 * M4: "what if" against a workspace's own configuration: two runs per request (as configured,
 * and changed) on the same callers, on the simulator's worker thread (simulation/jobs.ts). The
 * cap bounds a job's CPU (about 50,000 calls a run is seconds), not the event loop's.
 */
export const maxCalls = 50_000;
const maxReplayCalls = 20_000;
/** A caller who went through more menus than this is replayed silent past them. */
const maxMenusPerCall = 16;

const Rates = Type.Array(Type.Number({ minimum: 0, maximum: 100_000 }), { minItems: 1, maxItems: 336 });

const TrafficSchema = Type.Object(
  {
    start: Type.Optional(Type.String({ format: 'date-time' })),
    hours: Type.Optional(Type.Number({ minimum: 0.5, maximum: 168 })),
    intervalMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 240 })),
    thresholdSec: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
    answerDelaySec: Type.Optional(Type.Number({ minimum: 0, maximum: 60 })),
    keyDelaySec: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 60,
        description: 'how long a caller takes to press a key after a menu prompt (2 s by default)',
      }),
    ),
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
        {
          number: Type.String({ maxLength: 40 }),
          callsPerHour: Rates,
          keys: Type.Optional(
            Type.Record(Type.String({ pattern: '^[0-9*#]{1,8}$' }), Type.Number({ minimum: 0, maximum: 1 }), {
              description:
                'Share of callers pressing each key sequence in the number’s IVR menus, one key per menu heard (e.g. {"1": 0.6, "21": 0.3}); the rest stay silent.',
              maxProperties: 32,
            }),
          ),
        },
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

/**
 * The keys recorded callers pressed in the menus of numbers that now answer with an IVR, so a
 * replay takes the same branches (callers of other numbers hear no menu to press in).
 */
async function recordedKeys(store: Store, live: WorkspaceState, calls: CallRecord[]): Promise<RecordedKeys> {
  const keys: RecordedKeys = new Map();
  for (const call of calls) {
    if (own(live.numbers, call.numberId)?.settings.route.kind !== 'ivr') continue;
    const choices = await store.history(live.id, {
      entityType: 'call',
      entityId: call.id,
      types: ['call.menu_choice'],
      limit: maxMenusPerCall,
    });
    const pressed = choices.flatMap((stored) =>
      stored.event.type === 'call.menu_choice' ? [stored.event.input] : [],
    );
    if (pressed.length > 0) keys.set(call.id, pressed);
  }
  return keys;
}

type Body = Static<typeof SimulationBody>;
/** The worker's figures, as the response schema names them (sim/what-if.ts builds them from the same Figures). */
type Result = Static<typeof SimulationResponse>;

/**
 * Everything a run needs, read and checked here (a bad field is refused before any job
 * starts): the configuration as its spec says, the traffic or the recorded calls, the changes.
 */
async function prepare(context: ServerContext, workspaceId: string, body: Body): Promise<WhatIfJob> {
  const live = await committedWorkspace(context.runtime, workspaceId);
  const seed = body.seed ?? 1;
  const changes: WhatIf = {
    ...(body.changes?.agents === undefined ? {} : { agents: body.changes.agents }),
    ...(body.changes?.strategy ? { strategy: body.changes.strategy } : {}),
    ...(body.changes?.alwaysOpen ? { hours: null } : {}),
    ...(body.changes?.trafficScale === undefined ? {} : { trafficScale: body.changes.trafficScale }),
  };
  const spec = exportSpec(live);
  if (body.replay) {
    const startAt = Date.parse(body.replay.from);
    const hours = body.replay.hours;
    const calls = await recordedCalls(context.store, workspaceId, startAt, startAt + hours * 3_600_000);
    const keys = await recordedKeys(context.store, live, calls);
    return {
      spec,
      seed,
      changes,
      replay: { startAt, hours, thresholdSec: body.replay.thresholdSec ?? 20, calls, keys },
    };
  }
  if (!body.traffic) throw invalid('traffic', 'traffic or replay is needed');
  const traffic = parseTraffic(body.traffic, context.runtime.clock.now());
  traffic.streams.forEach((stream, index) => {
    if (own(live.numberByE164, stream.number) === undefined)
      throw invalid(
        `streams[${index}].number`,
        `${stream.number} is not a number of workspace ${workspaceId}`,
      );
  });
  const expected = traffic.streams.reduce(
    (sum, stream) => sum + expectedCalls(stream.callsPerHour, traffic),
    0,
  );
  if (expected * Math.max(1, changes.trafficScale ?? 1) > maxCalls)
    throw invalid(
      'traffic.streams',
      `about ${Math.round(expected)} calls expected: at most ${maxCalls} per run`,
    );
  return { spec, seed, changes, traffic };
}

const JobParams = Type.Object({ workspaceId: Id, jobId: Id });

const JobSchema = Type.Object({
  id: Type.String(),
  status: Type.Enum(['queued', 'running', 'done', 'failed']),
  progress: Type.Number({ minimum: 0, maximum: 1, description: 'share of both runs done' }),
  createdAt: Type.String({ format: 'date-time' }),
  finishedAt: Type.Optional(Type.String({ format: 'date-time' })),
  result: Type.Optional(SimulationResponse),
  error: Type.Optional(
    Type.Object({ code: Type.String(), message: Type.String(), field: Type.Optional(Type.String()) }),
  ),
});

const jobView = (job: SimulationJob) => ({
  id: job.id,
  status: job.status,
  progress: job.progress,
  createdAt: iso(job.createdAt),
  ...(job.finishedAt === undefined ? {} : { finishedAt: iso(job.finishedAt) }),
  ...(job.result ? { result: job.result as Result } : {}),
  ...(job.error ? { error: job.error } : {}),
});

const description =
  'Runs the real routing engine on a virtual clock, twice: as configured and with the changes. Traffic is ' +
  `generated (traffic) or a recorded period replayed (replay). At most ${maxCalls} expected calls per run. ` +
  'The runs take a worker thread, one job at a time, never the server’s event loop.';

export function registerSimulations(app: App, context: ServerContext): void {
  const jobs = new SimulationJobs(() => context.runtime.clock.now());
  app.addHook('onClose', async () => jobs.close());

  app.post(
    '/workspaces/:workspaceId/simulations',
    {
      schema: {
        tags: ['simulation'],
        summary:
          'What if (admin, M4): the workspace’s configuration and a changed one under the same traffic',
        description: `${description} This request waits for the result; POST /simulation-jobs starts one to poll.`,
        params: WorkspaceParams,
        querystring: NoQuery,
        body: SimulationBody,
        response: { 200: SimulationResponse, ...errors },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'admin');
      const job = jobs.submit(workspaceId, await prepare(context, workspaceId, request.body));
      return (await jobs.result(workspaceId, job.id)) as Result;
    },
  );

  app.post(
    '/workspaces/:workspaceId/simulation-jobs',
    {
      schema: {
        tags: ['simulation'],
        summary:
          'What if (admin, M4) as a job: starts it and answers at once; GET it for progress and result',
        description,
        params: WorkspaceParams,
        querystring: NoQuery,
        body: SimulationBody,
        response: { 202: JobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'admin');
      const job = jobs.submit(workspaceId, await prepare(context, workspaceId, request.body));
      return reply
        .status(202)
        .header('location', `/v1/workspaces/${encodeURIComponent(workspaceId)}/simulation-jobs/${job.id}`)
        .send(jobView(job));
    },
  );

  app.get(
    '/workspaces/:workspaceId/simulation-jobs/:jobId',
    {
      schema: {
        tags: ['simulation'],
        summary: 'A what-if job: queued, running (with its progress), done (with its result) or failed (why)',
        params: JobParams,
        querystring: NoQuery,
        response: { 200: JobSchema, ...errors },
      },
    },
    async (request) => {
      const { workspaceId, jobId } = request.params;
      authorize(request, workspaceId, 'admin');
      return jobView(jobs.get(workspaceId, jobId));
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
