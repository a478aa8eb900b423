import { Type } from 'typebox';
import { DomainError } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { actorOf, authorize, ownUserId, seesAll } from '../auth/principal.ts';
import { type App, newId, type ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id, Nullable, PresenceSchema, RoleSchema, UserSchema, WorkspaceParams } from '../schemas.ts';
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

function requireState(context: ServerContext, workspaceId: string): WorkspaceState {
  const state = context.runtime.state(workspaceId);
  if (!state) throw new DomainError('not_found', `workspace ${workspaceId} does not exist`, 'workspaceId');
  return state;
}

function requireUserView(state: WorkspaceState, userId: string) {
  const user = state.users[userId];
  if (!user) throw new DomainError('not_found', `user ${userId} does not exist`, 'userId');
  return userView(state, user);
}

/** Name search for transfer targets (T4): case- and accent-insensitive, matching any word start. */
export function matchesName(name: string, search: string): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const needle = fold(search.trim());
  if (needle === '') return true;
  const haystack = fold(name);
  return haystack.startsWith(needle) || haystack.includes(` ${needle}`);
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
      const state = requireState(context, request.params.workspaceId);
      const { search, presence, departmentId } = request.query;
      const members = departmentId ? new Set(state.departments[departmentId]?.memberIds ?? []) : undefined;
      const items = Object.values(state.users)
        .filter((user) => !search || matchesName(user.name, search))
        .filter((user) => !presence || user.presence === presence)
        .filter((user) => !members || members.has(user.id))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((user) => userView(state, user));
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
      const { state } = await runtime.execute(
        request.params.workspaceId,
        { type: 'user.create', userId, ...fields },
        actorOf(principal),
      );
      if (passwordHash) await store.setPassword(request.params.workspaceId, userId, passwordHash);
      return reply.status(201).send(requireUserView(state, userId));
    },
  );

  app.get(
    '/workspaces/:workspaceId/users/:userId',
    { schema: { tags, params: UserParams, response: { 200: UserSchema, ...errors } } },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      return requireUserView(requireState(context, request.params.workspaceId), request.params.userId);
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
      const { state } = await runtime.execute(
        request.params.workspaceId,
        { type: 'user.update', userId: request.params.userId, ...request.body },
        actorOf(principal),
      );
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
      const { state } = await runtime.execute(
        request.params.workspaceId,
        { type: 'presence.set', userId: request.params.userId, presence: request.body.presence },
        actorOf(principal),
      );
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
      requireUserView(requireState(context, request.params.workspaceId), request.params.userId);
      await store.setPassword(
        request.params.workspaceId,
        request.params.userId,
        await passwords.hash(request.body.password),
      );
      return reply.status(204).send(null);
    },
  );
}
