import { Type } from 'typebox';
import { IvrActionSchema, IvrMenuSchema } from '../../api/configuration.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { own } from '../../engine/table.ts';
import type { IvrMenu } from '../../engine/voice/ivr-menus.ts';
import { newId } from '../../runtime/ids.ts';
import { menuPromptMediaId } from '../../telephony/prompts/kinds.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, WorkspaceParams } from '../schemas.ts';

const fields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  prompt: Type.String({ minLength: 1, maxLength: 2000 }),
  options: Type.Record(Type.String({ maxLength: 1 }), IvrActionSchema, {
    description: 'Digit 0-9, * or # to action',
  }),
  timeoutSec: Type.Integer({ description: 'Seconds to wait for a digit (1-60)' }),
  noInput: IvrActionSchema,
  invalidInput: IvrActionSchema,
  maxRepeats: Type.Integer({ description: '0-5' }),
};
const CreateMenu = Type.Object(
  {
    id: Type.Optional(Id),
    name: fields.name,
    prompt: fields.prompt,
    options: Type.Optional(fields.options),
    timeoutSec: Type.Optional(fields.timeoutSec),
    noInput: Type.Optional(fields.noInput),
    invalidInput: Type.Optional(fields.invalidInput),
    maxRepeats: Type.Optional(fields.maxRepeats),
  },
  { additionalProperties: false },
);
const UpdateMenu = Type.Partial(Type.Object(fields), { additionalProperties: false });
const Params = Type.Object({ workspaceId: Id, menuId: Id });

function requireMenu(menus: Record<string, IvrMenu>, menuId: string): IvrMenu {
  const menu = own(menus, menuId);
  if (!menu) throw notFound('menu', menuId, 'menuId');
  return menu;
}

/** V10: IVR menus; only admins change telephony settings (W2). */
export function registerIvrMenus(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['ivr menus'];
  const base = '/workspaces/:workspaceId/ivr-menus';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'List IVR menus',
        params: WorkspaceParams,
        response: { 200: Type.Object({ items: Type.Array(IvrMenuSchema) }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'supervisor');
      return {
        items: Object.values(
          (await committedWorkspace(context.runtime, request.params.workspaceId)).ivrMenus,
        ),
      };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Create an IVR menu (admin)',
        params: WorkspaceParams,
        body: CreateMenu,
        response: { 201: IvrMenuSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { id, ...rest } = request.body;
      const menuId = id ?? newId('ivr');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'ivr_menu.create', menuId, ...rest } as never,
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return reply.status(201).send(state.ivrMenus[menuId]!);
    },
  );

  app.get(
    `${base}/:menuId`,
    {
      schema: {
        tags,
        summary: 'One of the IVR menus',
        params: Params,
        response: { 200: IvrMenuSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'supervisor');
      return requireMenu(
        (await committedWorkspace(context.runtime, request.params.workspaceId)).ivrMenus,
        request.params.menuId,
      );
    },
  );

  app.patch(
    `${base}/:menuId`,
    {
      schema: {
        tags,
        summary: 'Change an IVR menu (admin)',
        params: Params,
        body: UpdateMenu,
        response: { 200: IvrMenuSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'ivr_menu.update', menuId: request.params.menuId, ...request.body } as never,
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return requireMenu(state.ivrMenus, request.params.menuId);
    },
  );

  app.delete(
    `${base}/:menuId`,
    {
      schema: {
        tags,
        summary: 'Remove an IVR menu not used by a number (admin)',
        params: Params,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'ivr_menu.remove', menuId: request.params.menuId },
        actorOf(principal),
      );
      // Its recorded prompt goes with it: a menu made later under the same id starts silent.
      await context.media.remove(request.params.workspaceId, menuPromptMediaId(request.params.menuId));
      return reply.status(204).send(null);
    },
  );
}
