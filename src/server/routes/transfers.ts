import { Type } from 'typebox';
import { ownUserId, seesAll } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { newId } from '../../runtime/ids.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id } from '../schemas.ts';
import { TransferTargetSchema, transferTargetOf } from '../transfer-target.ts';

const Params = Type.Object({ workspaceId: Id, callId: Id });

const AsUser = Type.Object(
  { userId: Type.Optional(Id) },
  {
    additionalProperties: false,
    description: 'Users act as themselves; API keys and supervisors name the agent',
  },
);

const TransferBody = Type.Object(
  {
    target: TransferTargetSchema,
    method: Type.Optional(
      Type.Enum(['direct', 'assisted'], { description: 'direct (T1, default) or assisted (T2)' }),
    ),
    note: Type.Optional(
      Type.String({ maxLength: 1000, description: 'T3: shown to the target with the incoming call' }),
    ),
    userId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

/** Hold, resume and transfer (seed 000): the agent on the call, or a supervisor naming them. */
export function registerTransfers(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['transfers'];

  const agentOf = (request: Parameters<typeof authorize>[0], workspaceId: string, named?: string) => {
    const principal = authorize(request, workspaceId, 'agent');
    const own = ownUserId(principal);
    const userId = named ?? own;
    if (!userId) throw forbidden('name the userId of the agent on the call');
    if (userId !== own && !seesAll(principal)) throw forbidden('agents act only on their own calls');
    return { principal, userId };
  };

  for (const action of ['hold', 'resume'] as const)
    app.post(
      `/workspaces/:workspaceId/calls/:callId/${action}`,
      {
        schema: {
          tags,
          summary: action === 'hold' ? 'Put the caller on hold (hold music)' : 'Take the caller off hold',
          params: Params,
          body: Type.Optional(AsUser),
          response: { 204: Type.Null(), ...errors },
        },
      },
      async (request, reply) => {
        const { workspaceId, callId } = request.params;
        const { principal, userId } = agentOf(request, workspaceId, request.body?.userId);
        await runtime.execute(
          workspaceId,
          { type: action === 'hold' ? 'call.hold' : 'call.resume', callId, userId },
          actorOf(principal),
        );
        return reply.status(204).send(null);
      },
    );

  const steps = {
    complete: ['call.transfer_complete', 'Leave the consult or conference: the caller is the target’s (T2)'],
    conference: ['call.transfer_conference', 'Bring the caller, the target and you together (T2)'],
    cancel: ['call.transfer_cancel', 'Go back to the held caller and end the consult (T2)'],
  } as const;
  for (const [step, [type, summary]] of Object.entries(steps))
    app.post(
      `/workspaces/:workspaceId/calls/:callId/transfer/${step}`,
      {
        schema: {
          tags,
          summary,
          params: Params,
          body: Type.Optional(AsUser),
          response: { 204: Type.Null(), ...errors },
        },
      },
      async (request, reply) => {
        const { workspaceId, callId } = request.params;
        const { principal, userId } = agentOf(request, workspaceId, request.body?.userId);
        await runtime.execute(workspaceId, { type, callId, userId }, actorOf(principal));
        return reply.status(204).send(null);
      },
    );

  app.post(
    '/workspaces/:workspaceId/calls/:callId/transfer',
    {
      schema: {
        tags,
        summary:
          'Transfer a held call to a member or an external number (T1, T3, T4; Business and Scale plans, W3)',
        params: Params,
        body: TransferBody,
        response: { 201: Type.Object({ transferId: Type.String() }), ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId, callId } = request.params;
      const { principal, userId } = agentOf(request, workspaceId, request.body.userId);
      if (!(await committedWorkspace(context.runtime, workspaceId)).calls.get(callId))
        throw notFound('call', callId, 'callId');
      const { target } = request.body;
      const transferId = newId('xfer');
      await runtime.execute(
        workspaceId,
        {
          type: 'call.transfer',
          callId,
          transferId,
          userId,
          target: transferTargetOf(target),
          method: request.body.method ?? 'direct',
          ...(request.body.note ? { note: request.body.note } : {}),
        },
        actorOf(principal),
      );
      return reply.status(201).send({ transferId });
    },
  );
}
