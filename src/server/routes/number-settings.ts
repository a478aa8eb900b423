import { Type } from 'typebox';
import {
  CallActionSchema,
  CallbackSettingsSchema,
  NumberRouteSchema,
  NumberSettingsSchema,
  numberSettingsFields,
  QueueSchema,
  WorkingHoursSchema,
} from '../../api/configuration.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, Nullable } from '../schemas.ts';

const Text = Type.String({ maxLength: 2000 });

const SettingsPatch = Type.Object(
  {
    record: Type.Optional(numberSettingsFields.record),
    mode: Type.Optional(numberSettingsFields.mode),
    forwardTo: Type.Optional(Nullable(numberSettingsFields.forwardTo)),
    strategy: Type.Optional(numberSettingsFields.strategy),
    ringTimeoutSec: Type.Optional(numberSettingsFields.ringTimeoutSec),
    offlineAction: Type.Optional(CallActionSchema),
    noAnswerAction: Type.Optional(CallActionSchema),
    welcomeMessage: Type.Optional(Nullable(Text)),
    voicedropMessage: Type.Optional(Nullable(Text)),
    passCallerId: Type.Optional(numberSettingsFields.passCallerId),
    hours: Type.Optional(Nullable(WorkingHoursSchema)),
    outOfHoursAction: Type.Optional(CallActionSchema),
    route: Type.Optional(NumberRouteSchema),
    ownerRouting: Type.Optional(numberSettingsFields.ownerRouting),
    extensionDialing: Type.Optional(numberSettingsFields.extensionDialing),
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
