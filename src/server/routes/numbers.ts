import { Type } from 'typebox';
import { visibleNumbers } from '../../app/directory/directory.ts';
import type { Principal } from '../../app/principal.ts';
import { mayUseNumber, viewerOf } from '../../app/visibility.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import type { PhoneNumber, WorkspaceState } from '../../engine/state.ts';
import { newId } from '../../runtime/ids.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id, NoQuery, NumberKindSchema, NumberSchema, WorkspaceParams } from '../schemas.ts';
import { numberView } from '../views.ts';

const AssignedUserIds = Type.Array(Id, { maxItems: 5000 });
const Label = Type.String({ maxLength: 200 });

const CreateNumber = Type.Object(
  {
    id: Type.Optional(Id),
    e164: Type.String({
      minLength: 1,
      maxLength: 40,
      description: 'International format, e.g. +34 911 234 567 (W6)',
    }),
    kind: NumberKindSchema,
    label: Type.Optional(Label),
    assignedUserIds: Type.Optional(
      Type.Array(Id, { maxItems: 5000, description: 'W8: leave out to assign the number to every user' }),
    ),
  },
  { additionalProperties: false },
);

const UpdateNumber = Type.Partial(
  Type.Object({ label: Label, kind: NumberKindSchema, assignedUserIds: AssignedUserIds }),
  { additionalProperties: false },
);

const NumberParams = Type.Object({ workspaceId: Id, numberId: Id });

/** W8: an agent works only the numbers assigned to them, so that is all they see (src/app/visibility.ts). */
const visibleTo = (principal: Principal, number: PhoneNumber) => mayUseNumber(viewerOf(principal), number);

function requireNumberView(state: WorkspaceState, numberId: string) {
  const number = state.numbers[numberId];
  if (!number) throw notFound('number', numberId, 'numberId');
  return numberView(number);
}

export function registerNumbers(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['numbers'];

  app.get(
    '/workspaces/:workspaceId/numbers',
    {
      schema: {
        tags,
        summary:
          'List phone numbers: all for supervisors and admins, an agent’s assigned ones for agents (W8)',
        params: WorkspaceParams,
        querystring: NoQuery,
        response: { 200: Type.Object({ items: Type.Array(NumberSchema) }), ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      return { items: visibleNumbers(state, viewerOf(principal)).map(numberView) };
    },
  );

  app.post(
    '/workspaces/:workspaceId/numbers',
    {
      schema: {
        tags,
        summary: 'Add a phone number (admin); without assignedUserIds it is assigned to every user (W8)',
        params: WorkspaceParams,
        body: CreateNumber,
        response: { 201: NumberSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { id, ...fields } = request.body;
      const numberId = id ?? newId('num');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'number.add', numberId, ...fields },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return reply.status(201).send(requireNumberView(state, numberId));
    },
  );

  app.get(
    '/workspaces/:workspaceId/numbers/:numberId',
    {
      schema: {
        tags,
        summary: 'One phone number; agents only their assigned ones',
        params: NumberParams,
        querystring: NoQuery,
        response: { 200: NumberSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      const view = requireNumberView(state, request.params.numberId);
      if (!visibleTo(principal, state.numbers[view.id]!))
        throw forbidden('agents see only the numbers assigned to them');
      return view;
    },
  );

  app.patch(
    '/workspaces/:workspaceId/numbers/:numberId',
    {
      schema: {
        tags,
        summary: 'Change a number’s label, kind or assigned users (admin)',
        params: NumberParams,
        body: UpdateNumber,
        response: { 200: NumberSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'number.update', numberId: request.params.numberId, ...request.body },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return requireNumberView(state, request.params.numberId);
    },
  );

  app.put(
    '/workspaces/:workspaceId/numbers/:numberId/assigned-users',
    {
      schema: {
        tags,
        summary: 'Set who may make and receive calls on a number (W8, admin)',
        params: NumberParams,
        body: Type.Object({ userIds: AssignedUserIds }, { additionalProperties: false }),
        response: { 200: NumberSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const command = {
        type: 'number.update',
        numberId: request.params.numberId,
        assignedUserIds: request.body.userIds,
      } as const;
      await runtime.execute(request.params.workspaceId, command, actorOf(principal)).catch((error) => {
        // The engine names its own field; this route's body calls it userIds.
        if (error instanceof DomainError && error.field === 'assignedUserIds')
          throw new DomainError(error.code, error.message, 'userIds');
        throw error;
      });
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return requireNumberView(state, request.params.numberId);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/numbers/:numberId',
    {
      schema: {
        tags,
        summary: 'Remove a phone number (admin); refused while it has live calls',
        params: NumberParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'number.remove', numberId: request.params.numberId },
        actorOf(principal),
      );
      return reply.status(204).send(null);
    },
  );
}
