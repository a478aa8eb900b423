import { Type } from 'typebox';
import { actOnLeg, type LegAction } from '../../app/calls/leg-actions.ts';
import { requireWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { type HandsetCall, handsetStates, type PhoneLine } from '../../telephony/sim/network.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, iso, WorkspaceParams } from '../schemas.ts';
import { pressAgentKeys } from './agent-leg.ts';

/*
 * The simulated phone network, driven over the API (ARCHITECTURE: "a person can try
 * everything in a browser and tests can drive real scenarios end to end").
 *
 * Roles: the customer's side (placing a call, answering an agent's outgoing call, pressing
 * digits, hanging up, the customer's view of a call) is open to any authenticated principal of the workspace, agents included,
 * because the simulator stands in for the outside world. The agent's side is guarded as a
 * real phone would be: an agent sees and acts on their own phone and legs only; supervisors,
 * admins and API keys of those roles act on any leg, external ones included.
 */

const PhoneNumberText = Type.String({ minLength: 1, maxLength: 40 });

const PlaceCall = Type.Object(
  {
    from: Type.String({ ...PhoneNumberText, description: 'The customer’s number, E.164' }),
    to: Type.String({ ...PhoneNumberText, description: 'A number of this workspace, E.164' }),
  },
  { additionalProperties: false },
);

const Digits = Type.Object(
  { digits: Type.String({ minLength: 1, maxLength: 32, description: 'Keys pressed: 0-9, * or #' }) },
  { additionalProperties: false },
);

const CallParams = Type.Object({ workspaceId: Id, callId: Id });
const LegParams = Type.Object({ workspaceId: Id, callId: Id, legId: Id });

const DirectionSchema = Type.Enum(['inbound', 'outbound']);

const LegAudioSchema = Type.Object({
  legId: Type.String(),
  party: Type.Enum(['customer', 'agent', 'external']),
  userId: Type.Optional(Type.String({ description: 'An agent’s leg: whose phone' })),
  number: Type.Optional(Type.String({ description: 'An external leg: the E.164 number' })),
  hears: Type.Union(
    [
      Type.Enum(['silence', 'ringback', 'busy', 'prompt', 'hold_music']),
      Type.Object(
        { legIds: Type.Array(Type.String()) },
        { description: 'The legs it talks to: one (a bridge) or more (a conference)' },
      ),
    ],
    {
      description:
        'hold_music while held (during an assisted transfer’s consult too), ringback while phones ring, prompt for a message or menu, busy for the busy tone, silence otherwise, or the legs it talks to',
    },
  ),
});

const HandsetCallSchema = Type.Object({
  callId: Type.String(),
  direction: DirectionSchema,
  from: Type.String(),
  to: Type.String(),
  state: Type.Enum([...handsetStates]),
  playing: Type.Optional(Type.Object({ media: Type.String(), text: Type.Optional(Type.String()) })),
  queuePosition: Type.Optional(Type.Integer()),
  announcements: Type.Optional(
    Type.Array(Type.String(), { description: 'R3: what the waiting caller was told over the hold music' }),
  ),
  recording: Type.Boolean(),
  connectedTo: Type.Array(Type.String(), { description: 'User ids of agents, or external E.164 numbers' }),
  legs: Type.Array(LegAudioSchema, {
    description:
      'Every leg on the line (the caller, agents’ phones, external numbers) and what it hears now; ringing legs join once answered',
  }),
  digits: Type.String(),
  heardDigits: Type.String({ description: 'Tones the agents’ keypads sent to the customer (DTMF)' }),
  startedAt: Type.String({ format: 'date-time' }),
  answeredAt: Type.Optional(Type.String({ format: 'date-time' })),
  endedAt: Type.Optional(Type.String({ format: 'date-time' })),
  outcome: Type.Optional(Type.String()),
});

export const PhoneSchema = Type.Object({
  userId: Type.String(),
  lines: Type.Array(
    Type.Object({
      callId: Type.String(),
      legId: Type.String(),
      direction: DirectionSchema,
      state: Type.Enum(['ringing', 'dialing', 'connected']),
      from: Type.String({ description: 'The calling number as the phone displays it' }),
      to: Type.String({ description: 'The number called' }),
      since: Type.String({ format: 'date-time' }),
      transfer: Type.Optional(
        Type.Object({
          fromUserId: Type.String(),
          note: Type.Optional(
            Type.String({ description: 'T3: the transfer note, shown with the incoming call' }),
          ),
        }),
      ),
    }),
  ),
});

function handsetView(call: HandsetCall) {
  const { customerLegId: _leg, startedAt, answeredAt, endedAt, ...rest } = call;
  return {
    ...rest,
    startedAt: iso(startedAt),
    ...(answeredAt !== undefined ? { answeredAt: iso(answeredAt) } : {}),
    ...(endedAt !== undefined ? { endedAt: iso(endedAt) } : {}),
  };
}

export const phoneView = (userId: string, lines: PhoneLine[]) => ({
  userId,
  lines: lines.map((line) => ({ ...line, since: iso(line.since) })),
});

/** An agent acts on their own phone only; supervisors and admins on anyone's. */
export function registerSim(app: App, context: ServerContext): void {
  const { sim } = context;
  const tags = ['simulator'];
  const base = '/workspaces/:workspaceId/sim';

  const handset = (workspaceId: string, callId: string) => {
    const call = sim.handsetCall(workspaceId, callId);
    if (!call) throw notFound('call', callId, 'callId');
    return handsetView(call);
  };

  app.post(
    `${base}/calls`,
    {
      schema: {
        tags,
        summary: 'A customer calls a workspace number (any member of the workspace may simulate this)',
        params: WorkspaceParams,
        body: PlaceCall,
        response: { 201: Type.Object({ callId: Type.String() }), ...errors },
      },
    },
    async (request, reply) => {
      authorize(request, request.params.workspaceId, 'agent');
      requireWorkspace(context.runtime, request.params.workspaceId);
      const placed = await sim.placeInboundCall(request.params.workspaceId, request.body);
      return reply.status(201).send(placed);
    },
  );

  app.get(
    `${base}/calls/:callId`,
    {
      schema: {
        tags,
        summary:
          'The call as the customer’s handset knows it, with what every leg on the line hears now (ended calls stay visible a while)',
        params: CallParams,
        response: { 200: HandsetCallSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      return handset(request.params.workspaceId, request.params.callId);
    },
  );

  app.post(
    `${base}/calls/:callId/digits`,
    {
      schema: {
        tags,
        summary: 'The customer presses keys (DTMF)',
        params: CallParams,
        body: Digits,
        response: { 200: HandsetCallSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const { workspaceId, callId } = request.params;
      await sim.sendDigits(workspaceId, callId, request.body.digits);
      return handset(workspaceId, callId);
    },
  );

  app.post(
    `${base}/calls/:callId/answer`,
    {
      schema: {
        tags,
        summary: 'The customer picks up an agent’s outgoing call',
        params: CallParams,
        response: { 200: HandsetCallSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const { workspaceId, callId } = request.params;
      await sim.customerAnswer(workspaceId, callId);
      return handset(workspaceId, callId);
    },
  );

  app.post(
    `${base}/calls/:callId/hangup`,
    {
      schema: {
        tags,
        summary: 'The customer hangs up',
        params: CallParams,
        response: { 200: HandsetCallSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const { workspaceId, callId } = request.params;
      const ended = await sim.customerHangUp(workspaceId, callId);
      return ended ? handsetView(ended) : handset(workspaceId, callId);
    },
  );

  app.post(
    `${base}/legs/:callId/:legId/digits`,
    {
      schema: {
        tags,
        summary:
          'The agent’s keypad sends tones (DTMF) on their connected leg to the other party (agents: their own legs only)',
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

  // The phone routes' command handler: the same check on committed state and the same actor
  // (the agent, or the supervisor acting for their phone), so a call's history reads the same
  // whether the agent answered on a simulated phone or a real one.
  const legActions: Record<LegAction, string> = {
    answer: 'Answer a ringing leg',
    reject: 'Decline a ringing leg',
    hangup: 'Hang up a leg',
  };
  for (const [action, summary] of Object.entries(legActions) as [LegAction, string][]) {
    app.post(
      `${base}/legs/:callId/:legId/${action}`,
      {
        schema: {
          tags,
          summary: `${summary} as the phone it rings on (agents: their own legs only)`,
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
  }
}
