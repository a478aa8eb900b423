import { DateTime } from 'luxon';
import { Type } from 'typebox';
import { presences } from '../../domain/presence.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import type { Call } from '../../engine/voice/call.ts';
import type { CallRecord, Store } from '../../store/port.ts';
import { authorize, seesAll } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, iso, WorkspaceParams } from '../schemas.ts';
import { requireState } from './workspace-state.ts';

/*
 * The live wallboard: what a supervisor watches on a screen on the wall. Everything is
 * computed from the engine's state (now) and the calls projection (today), at the server's
 * clock, so a virtual clock gives the same board a real one would at that instant.
 */

/** Contact centres commonly measure service level as calls answered within 20 seconds. */
export const defaultServiceLevelSec = 20;

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

/** Where a caller still waiting for a person is: in the welcome/IVR, queued, or ringing agents. */
const waitingPhases = ['playing', 'menu', 'queued', 'ringing'] as const;

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

const isWaiting = (call: Call) =>
  call.direction === 'inbound' &&
  call.answeredAt === undefined &&
  (waitingPhases as readonly string[]).includes(call.phase);

function waitingCalls(state: WorkspaceState, showCaller: boolean) {
  return Object.values(state.calls)
    .filter(isWaiting)
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((call) => ({
      callId: call.id,
      numberId: call.numberId,
      ...(showCaller ? { from: call.from } : {}),
      phase: call.phase as (typeof waitingPhases)[number],
      since: iso(call.startedAt),
    }));
}

function waitingChats(state: WorkspaceState) {
  return Object.values(state.conversations)
    .filter((conversation) => conversation.status === 'queued' || conversation.status === 'pending')
    .map((conversation) => ({
      conversationId: conversation.id,
      channel: conversation.channel,
      ...(conversation.departmentId ? { departmentId: conversation.departmentId } : {}),
      status: conversation.status as 'queued' | 'pending',
      at: conversation.queuedAt ?? conversation.transfer?.at ?? conversation.openedAt,
    }))
    .sort((a, b) => a.at - b.at)
    .map(({ at, ...chat }) => ({ ...chat, since: iso(at) }));
}

function agents(state: WorkspaceState) {
  const onCall = new Set<string>();
  for (const call of Object.values(state.calls))
    for (const leg of Object.values(call.legs))
      if (leg.userId && leg.status === 'connected') onCall.add(leg.userId);
  const openChats: Record<string, number> = {};
  for (const conversation of Object.values(state.conversations))
    if (conversation.assigneeId && conversation.status !== 'pending' && conversation.status !== 'queued')
      openChats[conversation.assigneeId] = (openChats[conversation.assigneeId] ?? 0) + 1;
  return Object.values(state.users)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((user) => ({
      userId: user.id,
      name: user.name,
      presence: user.presence,
      presenceSince: iso(user.presenceSince),
      onCall: onCall.has(user.id),
      openChats: openChats[user.id] ?? 0,
      ...(user.wrapUp ? { wrapUp: Object.keys(user.wrapUp) as Array<'voice' | 'chat'> } : {}),
    }));
}

/** Today's inbound calls in figures: the service level and a per-hour count. */
export function todayFigures(
  calls: CallRecord[],
  since: number,
  now: number,
  zone: string,
  thresholdSec: number,
) {
  const hours = Math.min(24, Math.floor((now - since) / 3_600_000) + 1);
  const byHour = Array.from({ length: Math.max(1, hours) }, (_, hour) => ({ hour, answered: 0, missed: 0 }));
  const figures = { offered: 0, answered: 0, answeredWithinThreshold: 0, missed: 0, forwarded: 0 };
  let answerMs = 0;
  for (const call of calls) {
    if (call.direction !== 'inbound') continue;
    const answered = call.answeredAt !== undefined && call.agentId !== undefined;
    if (!answered && call.status !== 'ended') continue;
    figures.offered += 1;
    const hour = DateTime.fromMillis(call.startedAt, { zone }).hour;
    const slot = byHour[hour] ?? byHour.at(-1)!;
    if (answered) {
      figures.answered += 1;
      answerMs += call.answeredAt! - call.startedAt;
      if (call.answeredAt! - call.startedAt <= thresholdSec * 1000) figures.answeredWithinThreshold += 1;
      slot.answered += 1;
    } else if (call.outcome === 'forwarded') {
      figures.forwarded += 1;
    } else {
      figures.missed += 1;
      slot.missed += 1;
    }
  }
  return {
    ...figures,
    serviceLevel: figures.offered === 0 ? null : figures.answeredWithinThreshold / figures.offered,
    averageAnswerSec: figures.answered === 0 ? null : Math.round(answerMs / figures.answered / 100) / 10,
    byHour,
  };
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
      const state = requireState(context, workspaceId);
      const thresholdSec = request.query.serviceLevelSec ?? defaultServiceLevelSec;
      const now = context.runtime.clock.now();
      const since = DateTime.fromMillis(now, { zone: state.timeZone }).startOf('day').toMillis();
      const calls = await callsSince(context.store, workspaceId, since);
      const open = Object.values(state.conversations).filter(
        (conversation) => conversation.assigneeId && ['assigned', 'on_hold'].includes(conversation.status),
      ).length;
      return {
        now: iso(now),
        timeZone: state.timeZone,
        serviceLevelSec: thresholdSec,
        calls: {
          waiting: waitingCalls(state, seesAll(principal)),
          connected: Object.values(state.calls).filter((call) => call.phase === 'connected').length,
        },
        chats: { waiting: waitingChats(state), open },
        agents: agents(state),
        today: { since: iso(since), ...todayFigures(calls, since, now, state.timeZone, thresholdSec) },
      };
    },
  );
}
