import { Type } from 'typebox';
import { callbackView } from '../../app/callbacks/view.ts';
import { visibleCallbacks } from '../../app/callbacks/visible.ts';
import { ownUserId, seesAll } from '../../app/principal.ts';
import { viewerOf } from '../../app/visibility.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id, NoQuery } from '../schemas.ts';

export const LiveCallbackSchema = Type.Object({
  callbackId: Type.String(),
  callId: Type.String({ description: 'The call in which the caller asked for it' }),
  numberId: Type.String(),
  to: Type.String({ description: 'The number to call back (E.164)' }),
  status: Type.Enum(['waiting', 'offered', 'dialing', 'retry']),
  position: Type.Optional(
    Type.Integer({ description: 'Place in the waiting list (1 = next), while waiting' }),
  ),
  queuedAt: Type.String({ format: 'date-time', description: 'When the caller started waiting: its place' }),
  requestedAt: Type.String({ format: 'date-time' }),
  attempts: Type.Integer(),
  userId: Type.Optional(Type.String({ description: 'The agent it is offered to, or who is placing it' })),
  placedCallId: Type.Optional(Type.String()),
  retryAt: Type.Optional(Type.String({ format: 'date-time' })),
});

const Params = Type.Object({ workspaceId: Id, callbackId: Id });
const AsUser = Type.Object(
  { userId: Type.Optional(Id) },
  {
    additionalProperties: false,
    description: 'Users act as themselves; API keys and supervisors name the agent',
  },
);

/** R3: the callbacks waiting or under way; agents accept or decline the one offered to them. */
export function registerCallbacks(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['callbacks'];

  app.get(
    '/workspaces/:workspaceId/callbacks',
    {
      schema: {
        tags,
        summary:
          'Callbacks not finished yet (R3): supervisors see all, agents those offered to or placed by them',
        params: Type.Object({ workspaceId: Id }),
        querystring: NoQuery,
        response: { 200: Type.Object({ items: Type.Array(LiveCallbackSchema) }), ...errors },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, workspaceId);
      const items = visibleCallbacks(state, viewerOf(principal)).map((callback) =>
        callbackView(state, callback),
      );
      return { items };
    },
  );

  const agentOf = (request: Parameters<typeof authorize>[0], workspaceId: string, named?: string) => {
    const principal = authorize(request, workspaceId, 'agent');
    const own = ownUserId(principal);
    const userId = named ?? own;
    if (!userId) throw forbidden('name the userId of the agent');
    if (userId !== own && !seesAll(principal)) throw forbidden('agents act only on their own callbacks');
    return { principal, userId };
  };

  const steps = {
    accept: [
      'callback.accept',
      'Accept the callback offered to you: the customer is called with you on the line',
    ],
    decline: ['callback.decline', 'Decline the callback offered to you: it goes back to its place'],
    cancel: [
      'callback.cancel',
      'Give the callback up (supervisors, or the agent it is offered to): abandoned',
    ],
  } as const;
  for (const [step, [type, summary]] of Object.entries(steps))
    app.post(
      `/workspaces/:workspaceId/callbacks/:callbackId/${step}`,
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
        const { workspaceId, callbackId } = request.params;
        const { principal, userId } = agentOf(request, workspaceId, request.body?.userId);
        await runtime.execute(workspaceId, { type, callbackId, userId }, actorOf(principal));
        return reply.status(204).send(null);
      },
    );
}
