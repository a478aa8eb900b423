import { randomInt } from 'node:crypto';
import { Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { newId } from '../../runtime/ids.ts';
import { newToken, tokenHash } from '../../security/tokens.ts';
import { actorOf, authorize, principalOf } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden, HttpError } from '../errors.ts';
import {
  errors,
  Id,
  iso,
  MissedOfferPolicySchema,
  Nullable,
  PlanSchema,
  RoleSchema,
  WorkspaceParams,
  WorkspaceSchema,
} from '../schemas.ts';
import { workspaceView } from '../views.ts';

const WorkspaceBody = Type.Object(
  {
    id: Type.Optional(Id),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    plan: Type.Optional(PlanSchema),
    timeZone: Type.Optional(Type.String({ maxLength: 64 })),
    defaultCountry: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })),
  },
  { additionalProperties: false },
);

const WorkspacePatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    plan: Type.Optional(PlanSchema),
    timeZone: Type.Optional(Type.String({ maxLength: 64 })),
    defaultCountry: Type.Optional(Nullable(Type.String({ minLength: 2, maxLength: 2 }))),
    missedOfferPolicy: Type.Optional(Nullable(MissedOfferPolicySchema)),
    webchatOrigins: Type.Optional(
      Nullable(
        Type.Array(Type.String({ maxLength: 300 }), {
          maxItems: 50,
          description:
            'Sites allowed to embed the web-chat widget, as origins (https://shop.example.com); empty or null: any site',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

const ApiKeyView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  prefix: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  revokedAt: Type.Optional(Type.String({ format: 'date-time' })),
});

export function registerWorkspaces(app: App, { runtime, store }: ServerContext): void {
  app.post(
    '/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Create a workspace (server admin key only)',
        body: WorkspaceBody,
        response: { 201: WorkspaceSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.kind !== 'admin') throw forbidden('only the server admin key creates workspaces');
      const { id, ...fields } = request.body;
      const workspaceId = id ?? newId('ws');
      if (await runtime.committed(workspaceId))
        throw new HttpError(409, 'conflict', `workspace ${workspaceId} already exists`, 'id');
      await runtime.execute(
        workspaceId,
        { type: 'workspace.create', ...fields, seed: randomInt(1, 2 ** 31 - 1) },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, workspaceId);
      return reply.status(201).send(workspaceView(state));
    },
  );

  app.get(
    '/workspaces',
    {
      schema: {
        tags: ['workspaces'],
        summary: 'Workspaces you can see',
        response: { 200: Type.Object({ items: Type.Array(WorkspaceSchema) }) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const ids = principal.kind === 'admin' ? runtime.workspaceIds() : [principal.workspaceId];
      const items = [];
      for (const id of ids) {
        const view = await runtime.read(id, workspaceView);
        if (view) items.push(view);
      }
      return { items };
    },
  );

  app.get(
    '/workspaces/:workspaceId',
    {
      schema: {
        tags: ['workspaces'],
        params: WorkspaceParams,
        response: { 200: WorkspaceSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const state = await runtime.committed(request.params.workspaceId);
      if (!state)
        throw new HttpError(
          404,
          'not_found',
          `workspace ${request.params.workspaceId} does not exist`,
          'workspaceId',
        );
      return workspaceView(state);
    },
  );

  app.patch(
    '/workspaces/:workspaceId',
    {
      schema: {
        tags: ['workspaces'],
        params: WorkspaceParams,
        body: WorkspacePatch,
        response: { 200: WorkspaceSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'workspace.update', ...request.body },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return workspaceView(state);
    },
  );

  app.post(
    '/workspaces/:workspaceId/api-keys',
    {
      schema: {
        tags: ['api keys'],
        summary: 'Create a workspace API key; its token is shown once',
        params: WorkspaceParams,
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 100 }), role: Type.Optional(RoleSchema) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Intersect([ApiKeyView, Type.Object({ token: Type.String() })]), ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'admin');
      if (!(await runtime.committed(workspaceId)))
        throw new HttpError(404, 'not_found', `workspace ${workspaceId} does not exist`, 'workspaceId');
      const token = newToken('sbk');
      const key = {
        id: newId('key'),
        workspaceId,
        name: request.body.name.trim(),
        role: request.body.role ?? 'admin',
        hash: tokenHash(token),
        prefix: token.slice(0, 8),
        createdAt: runtime.clock.now(),
      };
      await store.saveApiKey(key);
      return reply.status(201).send({
        id: key.id,
        name: key.name,
        role: key.role,
        prefix: key.prefix,
        createdAt: iso(key.createdAt),
        token,
      });
    },
  );

  app.get(
    '/workspaces/:workspaceId/api-keys',
    {
      schema: {
        tags: ['api keys'],
        params: WorkspaceParams,
        response: { 200: Type.Object({ items: Type.Array(ApiKeyView) }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'admin');
      const keys = await store.listApiKeys(request.params.workspaceId);
      return {
        items: keys.map((key) => ({
          id: key.id,
          name: key.name,
          role: key.role,
          prefix: key.prefix,
          createdAt: iso(key.createdAt),
          ...(key.revokedAt ? { revokedAt: iso(key.revokedAt) } : {}),
        })),
      };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/api-keys/:keyId',
    {
      schema: {
        tags: ['api keys'],
        params: Type.Object({ workspaceId: Id, keyId: Id }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      authorize(request, request.params.workspaceId, 'admin');
      const revoked = await store.revokeApiKey(
        request.params.workspaceId,
        request.params.keyId,
        runtime.clock.now(),
      );
      if (!revoked)
        throw new HttpError(404, 'not_found', `API key ${request.params.keyId} does not exist`, 'keyId');
      return reply.status(204).send(null);
    },
  );
}
