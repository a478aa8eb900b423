import { Type } from 'typebox';
import { findUsers } from '../../app/directory/directory.ts';
import { ownUserId, seesAll } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { DomainError } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { newId } from '../../runtime/ids.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import {
  errors,
  Id,
  Nullable,
  PresenceSchema,
  RoleSchema,
  SkillSchema,
  UserSchema,
  WorkspaceParams,
} from '../schemas.ts';
import { userView } from '../views.ts';

const Password = Type.String({ minLength: 8, maxLength: 200 });

const userFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.String({ minLength: 3, maxLength: 320 }),
  role: RoleSchema,
  extension: Nullable(Type.String({ maxLength: 6 })),
  mobile: Nullable(Type.String({ maxLength: 40 })),
  capacity: Type.Partial(Type.Object({ voice: Type.Integer(), chat: Type.Integer() }), {
    additionalProperties: false,
  }),
  departmentIds: Type.Array(Id, { maxItems: 500 }),
  skills: Type.Array(SkillSchema, {
    maxItems: 20,
    description: 'R1: the whole list; it replaces the previous one',
  }),
};

const CreateUser = Type.Object(
  {
    id: Type.Optional(Id),
    name: userFields.name,
    email: userFields.email,
    role: Type.Optional(userFields.role),
    extension: Type.Optional(userFields.extension),
    mobile: Type.Optional(userFields.mobile),
    capacity: Type.Optional(userFields.capacity),
    departmentIds: Type.Optional(userFields.departmentIds),
    skills: Type.Optional(userFields.skills),
    numberIds: Type.Optional(Type.Array(Id, { maxItems: 5000 })),
    password: Type.Optional(Password),
  },
  { additionalProperties: false },
);

const UpdateUser = Type.Partial(Type.Object(userFields), { additionalProperties: false });

const UserParams = Type.Object({ workspaceId: Id, userId: Id });

const ListQuery = Type.Object(
  {
    search: Type.Optional(Type.String({ maxLength: 100 })),
    presence: Type.Optional(PresenceSchema),
    departmentId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

function requireUserView(state: WorkspaceState, userId: string) {
  const user = state.users[userId];
  if (!user) throw new DomainError('not_found', `user ${userId} does not exist`, 'userId');
  return userView(state, user);
}

export function registerUsers(app: App, context: ServerContext): void {
  const { runtime, store, passwords } = context;
  const tags = ['users'];

  app.get(
    '/workspaces/:workspaceId/users',
    {
      schema: {
        tags,
        summary: 'List users; search by name (transfer targets) with presence',
        params: WorkspaceParams,
        querystring: ListQuery,
        response: { 200: Type.Object({ items: Type.Array(UserSchema) }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      const items = findUsers(state, request.query).map((user) => userView(state, user));
      return { items };
    },
  );

  app.post(
    '/workspaces/:workspaceId/users',
    {
      schema: {
        tags,
        summary: 'Add a user (admin)',
        params: WorkspaceParams,
        body: CreateUser,
        response: { 201: UserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { id, password, ...fields } = request.body;
      const userId = id ?? newId('u');
      const passwordHash = password ? await passwords.hash(password) : undefined;
      await runtime.execute(
        request.params.workspaceId,
        { type: 'user.create', userId, ...fields },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      if (passwordHash) await store.setPassword(request.params.workspaceId, userId, passwordHash);
      return reply.status(201).send(requireUserView(state, userId));
    },
  );

  app.get(
    '/workspaces/:workspaceId/users/:userId',
    { schema: { tags, params: UserParams, response: { 200: UserSchema, ...errors } } },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      return requireUserView(
        await committedWorkspace(runtime, request.params.workspaceId),
        request.params.userId,
      );
    },
  );

  app.patch(
    '/workspaces/:workspaceId/users/:userId',
    {
      schema: {
        tags,
        summary: 'Change a user (admin)',
        params: UserParams,
        body: UpdateUser,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'user.update', userId: request.params.userId, ...request.body },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return requireUserView(state, request.params.userId);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/users/:userId',
    {
      schema: {
        tags,
        summary: 'Remove a user (admin)',
        params: UserParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'user.remove', userId: request.params.userId },
        actorOf(principal),
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/workspaces/:workspaceId/users/:userId/presence',
    {
      schema: {
        tags,
        summary: 'Set presence (W5): your own, or anyone’s as supervisor or admin',
        params: UserParams,
        body: Type.Object({ presence: PresenceSchema }, { additionalProperties: false }),
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      if (!seesAll(principal) && ownUserId(principal) !== request.params.userId)
        throw forbidden('agents set only their own presence');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'presence.set', userId: request.params.userId, presence: request.body.presence },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return requireUserView(state, request.params.userId);
    },
  );

  app.put(
    '/workspaces/:workspaceId/users/:userId/password',
    {
      schema: {
        tags,
        summary: 'Set a password: your own, or anyone’s as admin',
        params: UserParams,
        body: Type.Object({ password: Password }, { additionalProperties: false }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const own = principal.kind === 'user' && principal.userId === request.params.userId;
      if (!own) authorize(request, request.params.workspaceId, 'admin');
      requireUserView(await committedWorkspace(runtime, request.params.workspaceId), request.params.userId);
      await store.setPassword(
        request.params.workspaceId,
        request.params.userId,
        await passwords.hash(request.body.password),
      );
      return reply.status(204).send(null);
    },
  );
}
