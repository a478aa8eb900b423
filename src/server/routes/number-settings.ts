import { Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { weekdays } from '../../domain/hours.ts';
import { strategies } from '../../engine/routing/strategy.ts';
import { callActionKinds } from '../../engine/voice/number-settings.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, Nullable } from '../schemas.ts';

const Text = Type.String({ maxLength: 2000 });

export const CallActionSchema = Type.Object(
  {
    kind: Type.Enum([...callActionKinds]),
    message: Type.Optional(Text),
    greeting: Type.Optional(Text),
    to: Type.Optional(Type.String({ maxLength: 40, description: 'E.164, for forward' })),
  },
  { additionalProperties: false, description: 'V6: ring_free, busy, hang_up, message, voicemail or forward' },
);

const Interval = Type.Object({ start: Type.String(), end: Type.String() }, { additionalProperties: false });

export const WorkingHoursSchema = Type.Object(
  {
    timeZone: Type.String({ maxLength: 64 }),
    weekly: Type.Partial(
      Type.Object(Object.fromEntries(weekdays.map((day) => [day, Type.Array(Interval, { maxItems: 12 })]))),
      {
        additionalProperties: false,
      },
    ),
    holidays: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 400 }),
    holidayNames: Type.Optional(
      Type.Record(Type.String({ maxLength: 10 }), Type.String({ maxLength: 100 }), {
        description: 'What each holiday is called, keyed by its entry in holidays',
      }),
    ),
    closures: Type.Array(
      Type.Object({ from: Type.String(), to: Type.String() }, { additionalProperties: false }),
      { maxItems: 400 },
    ),
  },
  {
    additionalProperties: false,
    description: 'V3: wall-clock hours in the time zone; holidays YYYY-MM-DD or MM-DD',
  },
);

const RouteSchema = Type.Object(
  {
    kind: Type.Enum(['agents', 'group', 'ivr']),
    groupId: Type.Optional(Id),
    menuId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

const QueueSchema = Type.Object({
  enabled: Type.Boolean(),
  maxWaitSec: Type.Integer(),
  maxLength: Type.Integer(),
  priority: Type.Integer({ description: '0-9; higher is served first where agents are shared' }),
});

const CallbackSettingsSchema = Type.Object({
  enabled: Type.Boolean(),
  key: Type.String({ maxLength: 1, description: 'R3: the key a waiting caller presses: 0-9 or *' }),
  mode: Type.Enum(['agent_first', 'auto'], {
    description:
      'agent_first: offered to an agent who accepts; auto: placed at once with the agent on the line',
  }),
  retries: Type.Integer({ description: 'Further attempts after an unanswered one (0-5)' }),
  retryDelaySec: Type.Integer({ description: 'Seconds between attempts (30-86400)' }),
  prompt: Type.Optional(Type.String({ maxLength: 500, description: 'What the waiting caller hears' })),
});

const settingsFields = {
  record: Type.Boolean(),
  mode: Type.Enum(['receive', 'forward_all', 'reject']),
  forwardTo: Type.String({ maxLength: 40 }),
  strategy: Type.Enum([...strategies]),
  ringTimeoutSec: Type.Integer(),
  offlineAction: CallActionSchema,
  noAnswerAction: CallActionSchema,
  welcomeMessage: Text,
  voicedropMessage: Text,
  passCallerId: Type.Boolean(),
  hours: WorkingHoursSchema,
  outOfHoursAction: CallActionSchema,
  route: RouteSchema,
  ownerRouting: Type.Boolean(),
  extensionDialing: Type.Boolean(),
  queue: QueueSchema,
};

export const NumberSettingsSchema = Type.Object(
  {
    ...settingsFields,
    forwardTo: Type.Optional(settingsFields.forwardTo),
    welcomeMessage: Type.Optional(Text),
    voicedropMessage: Type.Optional(Text),
    hours: Type.Optional(WorkingHoursSchema),
    callback: Type.Optional(CallbackSettingsSchema),
  },
  { description: 'V1: every setting of one number' },
);

const SettingsPatch = Type.Object(
  {
    record: Type.Optional(settingsFields.record),
    mode: Type.Optional(settingsFields.mode),
    forwardTo: Type.Optional(Nullable(settingsFields.forwardTo)),
    strategy: Type.Optional(settingsFields.strategy),
    ringTimeoutSec: Type.Optional(settingsFields.ringTimeoutSec),
    offlineAction: Type.Optional(CallActionSchema),
    noAnswerAction: Type.Optional(CallActionSchema),
    welcomeMessage: Type.Optional(Nullable(Text)),
    voicedropMessage: Type.Optional(Nullable(Text)),
    passCallerId: Type.Optional(settingsFields.passCallerId),
    hours: Type.Optional(Nullable(WorkingHoursSchema)),
    outOfHoursAction: Type.Optional(CallActionSchema),
    route: Type.Optional(RouteSchema),
    ownerRouting: Type.Optional(settingsFields.ownerRouting),
    extensionDialing: Type.Optional(settingsFields.extensionDialing),
    queue: Type.Optional(Type.Partial(QueueSchema, { additionalProperties: false })),
    callback: Type.Optional(Nullable(Type.Partial(CallbackSettingsSchema, { additionalProperties: false }))),
  },
  { additionalProperties: false },
);

const Params = Type.Object({ workspaceId: Id, numberId: Id });

export function registerNumberSettings(app: App, context: ServerContext): void {
  const tags = ['numbers'];

  app.get(
    '/workspaces/:workspaceId/numbers/:numberId/settings',
    {
      schema: {
        tags,
        summary: 'A number’s call handling settings (V1–V7, V10–V17)',
        params: Params,
        response: { 200: NumberSettingsSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'supervisor');
      const number = (await committedWorkspace(context.runtime, request.params.workspaceId)).numbers[
        request.params.numberId
      ];
      if (!number) throw notFound('number', request.params.numberId, 'numberId');
      return number.settings;
    },
  );

  app.patch(
    '/workspaces/:workspaceId/numbers/:numberId/settings',
    {
      schema: {
        tags,
        summary: 'Change a number’s settings (admins only, W2); unset a field with null',
        params: Params,
        body: SettingsPatch,
        response: { 200: NumberSettingsSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await context.runtime.execute(
        request.params.workspaceId,
        { type: 'number.configure', numberId: request.params.numberId, settings: request.body as never },
        actorOf(principal),
      );
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      return state.numbers[request.params.numberId]!.settings;
    },
  );
}
