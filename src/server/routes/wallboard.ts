import { Type } from 'typebox';
import { seesAll } from '../../app/principal.ts';
import {
  defaultServiceLevelSec,
  startOfDay,
  waitingPhases,
  wallboard,
} from '../../app/wallboard/wallboard.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { presences } from '../../domain/presence.ts';
import type { CallRecord, Store } from '../../store/port.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, iso, WorkspaceParams } from '../schemas.ts';

/* The wallboard's wire format; the board itself is the wallboard query (src/app/wallboard). */

const Time = Type.String({ format: 'date-time' });

const WallboardQuery = Type.Object(
  {
    serviceLevelSec: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 600,
        default: defaultServiceLevelSec,
        description:
          'The service-level threshold: a call answered within this many seconds counts as on time',
      }),
    ),
  },
  { additionalProperties: false },
);

const WaitingCallSchema = Type.Object({
  callId: Type.String(),
  numberId: Type.String(),
  from: Type.Optional(Type.String({ description: 'The caller (supervisors and admins only)' })),
  phase: Type.Enum([...waitingPhases]),
  since: Type.String({
    format: 'date-time',
    description: 'When the caller started waiting (the call began)',
  }),
});

const WaitingChatSchema = Type.Object({
  conversationId: Type.String(),
  channel: Type.String(),
  departmentId: Type.Optional(Type.String()),
  status: Type.Enum(['queued', 'pending']),
  since: Type.String({ format: 'date-time', description: 'When it started waiting for an agent' }),
});

const AgentSchema = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  presence: Type.Enum([...presences]),
  presenceSince: Time,
  onCall: Type.Boolean({ description: 'Connected to a call now' }),
  openChats: Type.Integer({ description: 'Conversations assigned to them now' }),
  wrapUp: Type.Optional(
    Type.Array(Type.Enum(['voice', 'chat']), { description: 'R2: the channels they are wrapping up on now' }),
  ),
});

const HourSchema = Type.Object({
  hour: Type.Integer({ minimum: 0, maximum: 23, description: 'Local hour in the workspace’s time zone' }),
  answered: Type.Integer(),
  missed: Type.Integer(),
});

const WallboardSchema = Type.Object({
  now: Type.String({ format: 'date-time', description: 'The server clock’s time the board was computed at' }),
  timeZone: Type.String(),
  serviceLevelSec: Type.Integer(),
  calls: Type.Object({
    waiting: Type.Array(WaitingCallSchema, { description: 'Inbound callers not yet answered, oldest first' }),
    connected: Type.Integer({ description: 'Calls in conversation with an agent now' }),
  }),
  chats: Type.Object({
    waiting: Type.Array(WaitingChatSchema, {
      description: 'Queued in a department or pending for an agent, oldest first',
    }),
    open: Type.Integer({ description: 'Conversations assigned to an agent now' }),
  }),
  agents: Type.Array(AgentSchema, { description: 'Every user of the workspace, by name' }),
  today: Type.Object({
    since: Type.String({ format: 'date-time', description: 'Midnight in the workspace’s time zone' }),
    offered: Type.Integer({
      description:
        'Inbound calls today that were answered or ended (those still waiting are not counted yet)',
    }),
    answered: Type.Integer(),
    answeredWithinThreshold: Type.Integer(),
    missed: Type.Integer({
      description: 'Ended without an agent answering (abandoned, voicemail, no agent, …)',
    }),
    forwarded: Type.Integer({ description: 'Sent on to an outside number' }),
    serviceLevel: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
      description: 'answeredWithinThreshold / offered; null before any call today',
    }),
    averageAnswerSec: Type.Union([Type.Number(), Type.Null()], {
      description: 'Mean time to answer of today’s answered calls',
    }),
    byHour: Type.Array(HourSchema, { description: 'Today’s hours so far, from midnight' }),
  }),
});

const pageSize = 1000;

async function callsSince(store: Store, workspaceId: string, from: number): Promise<CallRecord[]> {
  const calls: CallRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listCalls(workspaceId, { from, limit: pageSize, cursor });
    calls.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return calls;
}

export function registerWallboard(app: App, context: ServerContext): void {
  app.get(
    '/workspaces/:workspaceId/wallboard',
    {
      schema: {
        tags: ['wallboard'],
        summary:
          'The live wallboard: callers and chats waiting, agents by presence, today’s calls and service level',
        description:
          'Agents may read it too; only supervisors and admins see the callers’ numbers. Today is midnight to now in the workspace’s time zone, at the server’s clock.',
        params: WorkspaceParams,
        querystring: WallboardQuery,
        response: { 200: WallboardSchema, ...errors },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      const now = context.runtime.clock.now();
      const { timeZone } = await committedWorkspace(context.runtime, workspaceId);
      const calls = await callsSince(context.store, workspaceId, startOfDay(now, timeZone));
      const board = wallboard(await committedWorkspace(context.runtime, workspaceId), calls, {
        now,
        thresholdSec: request.query.serviceLevelSec ?? defaultServiceLevelSec,
        showCallers: seesAll(principal),
      });
      return {
        ...board,
        now: iso(board.now),
        calls: {
          ...board.calls,
          waiting: board.calls.waiting.map((call) => ({ ...call, since: iso(call.since) })),
        },
        chats: {
          ...board.chats,
          waiting: board.chats.waiting.map((chat) => ({ ...chat, since: iso(chat.since) })),
        },
        agents: board.agents.map((agent) => ({ ...agent, presenceSince: iso(agent.presenceSince) })),
        today: { ...board.today, since: iso(board.today.since) },
      };
    },
  );
}
