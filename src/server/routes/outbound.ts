import { Type } from 'typebox';
import { ownUserId, seesAll } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { newId } from '../../runtime/ids.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id, WorkspaceParams } from '../schemas.ts';

const PlaceCall = Type.Object(
  {
    numberId: Id,
    to: Type.String({ minLength: 1, maxLength: 40, description: 'The number to call, E.164 (W6)' }),
    userId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

/** Outgoing calls (W8) and voicedrop (V9): an agent's own actions. */
export function registerOutbound(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['calls'];

  app.post(
    '/workspaces/:workspaceId/calls',
    {
      schema: {
        tags,
        summary: 'Call an external number from a number assigned to you (W8); charged like a forward (V17)',
        description: 'Users call as themselves. API keys and supervisors may name `userId`.',
        params: WorkspaceParams,
        body: PlaceCall,
        response: { 201: Type.Object({ callId: Type.String() }), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const own = ownUserId(principal);
      const userId = request.body.userId ?? own;
      if (!userId) throw forbidden('name the userId who places the call');
      if (userId !== own && !seesAll(principal)) throw forbidden('agents place calls only as themselves');
      const callId = newId('call');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'call.outbound', callId, userId, numberId: request.body.numberId, to: request.body.to },
        actorOf(principal),
      );
      return reply.status(201).send({ callId });
    },
  );

  app.post(
    '/workspaces/:workspaceId/calls/:callId/voicedrop',
    {
      schema: {
        tags,
        summary:
          'Drop the number’s pre-recorded message into the voicemail box that answered; you are free at once (V9)',
        params: Type.Object({ workspaceId: Id, callId: Id }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const call = (await committedWorkspace(context.runtime, request.params.workspaceId)).calls.get(
        request.params.callId,
      );
      if (!call) throw notFound('call', request.params.callId, 'callId');
      if (!seesAll(principal) && call.agentId !== ownUserId(principal))
        throw forbidden('only the agent on the call drops the voicemail');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'call.voicedrop', callId: call.id },
        actorOf(principal),
      );
      return reply.status(204).send(null);
    },
  );
}
