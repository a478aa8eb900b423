import { Type } from 'typebox';
import { GroupNoAnswerSchema, GroupSchema } from '../../api/configuration.ts';
import { groupsByName } from '../../app/directory/directory.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { strategies } from '../../engine/routing/strategy.ts';
import { own } from '../../engine/table.ts';
import type { Group } from '../../engine/voice/groups.ts';
import { newId } from '../../runtime/ids.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, WorkspaceParams } from '../schemas.ts';

const fields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  memberIds: Type.Array(Id, { maxItems: 5000, description: 'In ring order for sequential' }),
  strategy: Type.Enum([...strategies]),
  ringTimeoutSec: Type.Integer({ description: '5 to 600 seconds' }),
  noAnswer: GroupNoAnswerSchema,
};

const CreateGroup = Type.Object(
  {
    id: Type.Optional(Id),
    name: fields.name,
    memberIds: Type.Optional(fields.memberIds),
    strategy: Type.Optional(fields.strategy),
    ringTimeoutSec: Type.Optional(fields.ringTimeoutSec),
    noAnswer: Type.Optional(fields.noAnswer),
  },
  { additionalProperties: false },
);
const UpdateGroup = Type.Partial(Type.Object(fields), { additionalProperties: false });
const Params = Type.Object({ workspaceId: Id, groupId: Id });

function requireGroup(groups: Record<string, Group>, groupId: string): Group {
  const group = own(groups, groupId);
  if (!group) throw notFound('group', groupId, 'groupId');
  return group;
}

/** V13: telephony groups; supervisors read them, only admins change telephony settings (W2). */
export function registerGroups(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['groups'];
  const base = '/workspaces/:workspaceId/groups';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'List telephony groups',
        params: WorkspaceParams,
        response: { 200: Type.Object({ items: Type.Array(GroupSchema) }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      return { items: groupsByName(await committedWorkspace(context.runtime, request.params.workspaceId)) };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Create a telephony group (admin)',
        params: WorkspaceParams,
        body: CreateGroup,
        response: { 201: GroupSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { id, ...rest } = request.body;
      const groupId = id ?? newId('grp');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'group.create', groupId, ...rest } as never,
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return reply.status(201).send(state.groups[groupId]!);
    },
  );

  app.get(
    `${base}/:groupId`,
    {
      schema: {
        tags,
        summary: 'One of the telephony groups',
        params: Params,
        response: { 200: GroupSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      return requireGroup(
        (await committedWorkspace(context.runtime, request.params.workspaceId)).groups,
        request.params.groupId,
      );
    },
  );

  app.patch(
    `${base}/:groupId`,
    {
      schema: {
        tags,
        summary: 'Change a group (admin)',
        params: Params,
        body: UpdateGroup,
        response: { 200: GroupSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'group.update', groupId: request.params.groupId, ...request.body } as never,
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return requireGroup(state.groups, request.params.groupId);
    },
  );

  app.delete(
    `${base}/:groupId`,
    {
      schema: {
        tags,
        summary: 'Remove a group not used by a number or menu (admin)',
        params: Params,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'group.remove', groupId: request.params.groupId },
        actorOf(principal),
      );
      return reply.status(204).send(null);
    },
  );
}
