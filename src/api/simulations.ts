import { type Static, Type } from 'typebox';
import { StrategySchema } from './configuration.ts';

/*
 * M4: the "what if" requests and their answers: generated traffic or a recorded period replayed,
 * the changes to try, and the two runs' figures (sim/what-if.ts builds them from the same Figures).
 */

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
    strategy: Type.Optional(StrategySchema),
    /** true: the numbers are open around the clock; false or left out: their hours as configured. */
    alwaysOpen: Type.Optional(Type.Boolean()),
    trafficScale: Type.Optional(Type.Number({ minimum: 0, maximum: 10 })),
  },
  { additionalProperties: false },
);

export const SimulationBody = Type.Object(
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

export const SimulationResponse = Type.Object({
  startAt: Type.String({ format: 'date-time' }),
  thresholdSec: Type.Integer(),
  configured: RunSchema,
  changed: RunSchema,
  /** With replay: what the recorded day was (figures history cannot tell are null). */
  actual: Type.Optional(FiguresSchema),
});

export const JobSchema = Type.Object({
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

export type SimulationRequest = Static<typeof SimulationBody>;
export type SimulationResult = Static<typeof SimulationResponse>;
