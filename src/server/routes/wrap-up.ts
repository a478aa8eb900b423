import { Type } from 'typebox';
import { ownUserId, seesAll } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { wrapUpChannels } from '../../engine/workspace/wrap-up.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id, UserSchema } from '../schemas.ts';
import { userView } from '../views.ts';

const Params = Type.Object({ workspaceId: Id, userId: Id, action: Type.Enum(['end', 'extend']) });
const Body = Type.Object({ channel: Type.Enum([...wrapUpChannels]) }, { additionalProperties: false });

/** R2: an agent ends their wrap-up early or extends it once; supervisors may do it for anyone. */
export function registerWrapUp(app: App, context: ServerContext): void {
  app.post(
    '/workspaces/:workspaceId/users/:userId/wrap-up/:action',
    {
      schema: {
        tags: ['users'],
        summary: 'End your wrap-up now, or extend it once by its length (R2)',
        params: Params,
        body: Body,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request) => {
      const { workspaceId, userId, action } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      if (!seesAll(principal) && ownUserId(principal) !== userId)
        throw forbidden('agents end or extend only their own wrap-up');
      await context.runtime.execute(
        workspaceId,
        { type: action === 'end' ? 'wrap_up.end' : 'wrap_up.extend', userId, channel: request.body.channel },
        actorOf(principal),
      );
      const state = await committedWorkspace(context.runtime, workspaceId);
      return userView(state, state.users[userId]!);
    },
  );
}
