import { Type } from 'typebox';
import { ownUserId } from '../../app/principal.ts';
import { liveView } from '../../app/supervision/live-view.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { monitorModes } from '../../engine/supervision/monitor.ts';
import { newId } from '../../runtime/ids.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id, NoQuery } from '../schemas.ts';
import { TransferTargetSchema, transferTargetOf } from '../transfer-target.ts';
import { LiveCallbackSchema } from './callbacks.ts';

const Params = Type.Object({ workspaceId: Id, callId: Id });
const WorkspaceOnly = Type.Object({ workspaceId: Id });

const LiveLegSchema = Type.Object({
  legId: Type.String(),
  party: Type.String(),
  userId: Type.Optional(Type.String()),
  number: Type.Optional(Type.String()),
  status: Type.String(),
  monitor: Type.Optional(Type.Enum([...monitorModes])),
});

const LiveItemCall = Type.Object({
  callId: Type.String(),
  direction: Type.String(),
  numberId: Type.String(),
  from: Type.String(),
  to: Type.String(),
  phase: Type.String(),
  state: Type.Enum(['waiting', 'connected'], { description: 'waiting: not talking to anyone yet' }),
  held: Type.Boolean(),
  agentId: Type.Optional(Type.String()),
  startedAt: Type.String({ format: 'date-time' }),
  answeredAt: Type.Optional(Type.String({ format: 'date-time' })),
  queuedAt: Type.Optional(Type.String({ format: 'date-time' })),
  legs: Type.Array(LiveLegSchema),
});

const LiveItemConversation = Type.Object({
  conversationId: Type.String(),
  channel: Type.String(),
  contact: Type.String({ description: 'The contact’s name, else their address' }),
  departmentId: Type.Optional(Type.String()),
  assigneeId: Type.Optional(Type.String()),
  status: Type.String(),
  state: Type.Enum(['waiting', 'connected']),
  openedAt: Type.String({ format: 'date-time' }),
});

const LiveSchema = Type.Object({
  at: Type.String({ format: 'date-time' }),
  calls: Type.Array(LiveItemCall),
  conversations: Type.Array(LiveItemConversation),
  callbacks: Type.Array(LiveCallbackSchema),
});

/** Supervisors name themselves; the server admin key and API keys name the supervisor who acts. */
function supervisorOf(request: Parameters<typeof authorize>[0], workspaceId: string, named?: string) {
  const principal = authorize(request, workspaceId, 'supervisor');
  const own = ownUserId(principal);
  const userId = own ?? named;
  if (!userId) throw forbidden('name the userId of the supervisor who acts');
  if (own && named && named !== own) throw forbidden('supervisors act as themselves');
  return { principal, userId };
}

const MonitorBody = Type.Object(
  {
    mode: Type.Enum([...monitorModes], {
      description:
        'listen: hear both, heard by nobody; whisper: the agent hears you too; barge: all three talk',
    }),
    userId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

const SupervisorTransferBody = Type.Object(
  {
    target: TransferTargetSchema,
    userId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

/** R4: the live board, and listen / whisper / barge / transfer on any call of the workspace. */
export function registerSupervision(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['supervision'];

  app.get(
    '/workspaces/:workspaceId/live',
    {
      schema: {
        tags,
        summary: 'Every live call, conversation and callback of the workspace (R4; supervisors and admins)',
        params: WorkspaceOnly,
        querystring: NoQuery,
        response: { 200: LiveSchema, ...errors },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'supervisor');
      return liveView(await committedWorkspace(context.runtime, workspaceId), context.runtime.clock.now());
    },
  );

  app.post(
    '/workspaces/:workspaceId/calls/:callId/monitor',
    {
      schema: {
        tags,
        summary: 'Join a live call as a supervisor: your phone rings, and answering joins in the mode (R4)',
        params: Params,
        body: MonitorBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId, callId } = request.params;
      const { principal, userId } = supervisorOf(request, workspaceId, request.body.userId);
      await runtime.execute(
        workspaceId,
        { type: 'call.monitor', callId, userId, mode: request.body.mode },
        actorOf(principal),
      );
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/workspaces/:workspaceId/calls/:callId/monitor',
    {
      schema: {
        tags,
        summary: 'Switch between listen, whisper and barge on a call you supervise (R4)',
        params: Params,
        body: MonitorBody,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId, callId } = request.params;
      const { principal, userId } = supervisorOf(request, workspaceId, request.body.userId);
      await runtime.execute(
        workspaceId,
        { type: 'call.monitor_mode', callId, userId, mode: request.body.mode },
        actorOf(principal),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/workspaces/:workspaceId/calls/:callId/supervisor-transfer',
    {
      schema: {
        tags,
        summary:
          'Move a connected call on the agent’s behalf, or send a waiting one to an agent, group or department; the history says who did it (R4)',
        params: Params,
        body: SupervisorTransferBody,
        response: { 201: Type.Object({ transferId: Type.String() }), ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId, callId } = request.params;
      const { principal, userId } = supervisorOf(request, workspaceId, request.body.userId);
      const transferId = newId('tr');
      await runtime.execute(
        workspaceId,
        {
          type: 'call.supervisor_transfer',
          callId,
          transferId,
          userId,
          target: transferTargetOf(request.body.target),
        },
        actorOf(principal),
      );
      return reply.status(201).send({ transferId });
    },
  );
}
