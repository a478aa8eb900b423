import { Type } from 'typebox';
import { actOnLeg, type LegAction } from '../../app/calls/leg-actions.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { actorOf, authorize, requireOwnOrSupervisor } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id } from '../schemas.ts';
import { pressAgentKeys } from './agent-leg.ts';
import { PhoneSchema, phoneView } from './sim.ts';

/*
 * An agent's own phone, whatever carries the call (S6, issue 15): the console's softphone
 * answers, declines and hangs up its legs and sends keypad tones here, with the same commands
 * a SIP desk phone's answer, decline and BYE submit. The simulated network's /sim routes stay
 * for the outside world it stands in for (the customer's handset).
 */

const LegParams = Type.Object({ workspaceId: Id, callId: Id, legId: Id });
const PhoneParams = Type.Object({ workspaceId: Id, userId: Id });
const Digits = Type.Object(
  { digits: Type.String({ minLength: 1, maxLength: 32, description: 'Keys pressed: 0-9, * or #' }) },
  { additionalProperties: false },
);

export function registerPhone(app: App, context: ServerContext): void {
  const tags = ['phone'];

  app.get(
    '/workspaces/:workspaceId/users/:userId/phone',
    {
      schema: {
        tags,
        summary:
          'What an agent’s phone shows now: ringing, dialling and connected lines, on SIP or the simulated network (your own, or anyone’s as supervisor)',
        params: PhoneParams,
        response: { 200: PhoneSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const { workspaceId, userId } = request.params;
      requireOwnOrSupervisor(principal, userId, 'phone');
      if (!(await committedWorkspace(context.runtime, workspaceId)).users[userId])
        throw notFound('user', userId, 'userId');
      // Every driver's calls reach the phones' view: it follows the engine's ring, answer and hang-up effects.
      return phoneView(userId, context.sim.phone(workspaceId, userId));
    },
  );

  const actions: Record<LegAction, string> = {
    answer: 'Answer a ringing leg on this phone (the first answer wins)',
    reject: 'Decline a ringing leg',
    hangup: 'Hang up a leg',
  };
  for (const [action, summary] of Object.entries(actions) as [LegAction, string][])
    app.post(
      `/workspaces/:workspaceId/calls/:callId/legs/:legId/${action}`,
      {
        schema: {
          tags,
          summary: `${summary} (agents: their own legs only)`,
          params: LegParams,
          response: { 204: Type.Null(), ...errors },
        },
      },
      async (request, reply) => {
        const principal = authorize(request, request.params.workspaceId, 'agent');
        await actOnLeg(context.runtime, principal, request.params, action, actorOf(principal));
        return reply.status(204).send(null);
      },
    );

  app.post(
    '/workspaces/:workspaceId/calls/:callId/legs/:legId/digits',
    {
      schema: {
        tags,
        summary:
          'The agent’s keypad: tones to the other party (RFC 4733 on a SIP call; agents: their own connected legs only)',
        params: LegParams,
        body: Digits,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      await pressAgentKeys(context, principal, request.params, request.body.digits);
      return reply.status(204).send(null);
    },
  );
}
