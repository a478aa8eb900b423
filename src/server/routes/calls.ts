import type { CountryCode } from 'libphonenumber-js/max';
import { Type } from 'typebox';
import { HistoryEntryRef, historyEntriesOf } from '../../api/history.ts';
import { type Principal, seesAll } from '../../app/principal.ts';
import { mayViewCall, usersOnCall, viewerOf } from '../../app/visibility.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { toE164 } from '../../domain/phone.ts';
import type { StoredEvent } from '../../engine/events.ts';
import type { Call } from '../../engine/voice/call.ts';
import type { CallRecord, Store } from '../../store/port.ts';
import { authorize, requireOwnUser } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden, HttpError } from '../errors.ts';
import {
  CallOutcomeSchema,
  CallSchema,
  errors,
  Id,
  LiveCallSchema,
  NoQuery,
  WorkspaceParams,
} from '../schemas.ts';
import { timeRange } from '../time-range.ts';
import { callView, liveCallView } from '../views.ts';

const defaultLimit = 50;

const ListQuery = Type.Object(
  {
    numberId: Type.Optional(Id),
    agentId: Type.Optional(Id),
    participant: Type.Optional({
      ...Id,
      description:
        'Calls this user took part in: rang them, answered, placed or transferred by them (or filed to them); each item then says how. An agent may ask only for themself',
    }),
    outcome: Type.Optional(CallOutcomeSchema),
    direction: Type.Optional(Type.Enum(['inbound', 'outbound'])),
    status: Type.Optional(
      Type.Enum(['ringing', 'connected', 'ended'], { description: 'ended: finished calls' }),
    ),
    phone: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        description: 'Calls from or to this number (normalised as any typed number, W6)',
      }),
    ),
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'Calls started at or after this time' }),
    ),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Calls started before this time' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: defaultLimit })),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);

const CallParams = Type.Object({ workspaceId: Id, callId: Id });

const CallDetail = Type.Object({
  ...CallSchema.properties,
  live: Type.Optional(LiveCallSchema),
  history: Type.Array(HistoryEntryRef, {
    description: 'V18: everything that happened to the call, in order',
  }),
});

/** A history page size: big enough that most calls fit in one read. */
const historyPage = 500;

/** V18: the call's whole history, read page by page so a long call is never cut short. */
async function callHistory(store: Store, workspaceId: string, callId: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for (let afterSeq = 0; ; ) {
    const page = await store.history(workspaceId, {
      entityType: 'call',
      entityId: callId,
      afterSeq,
      limit: historyPage,
    });
    events.push(...page);
    if (page.length < historyPage) return events;
    afterSeq = page.at(-1)!.seq;
  }
}

/**
 * Who may see a call: supervisors and admins any; an agent the calls they answered, ring or
 * are connected on now, or took part in before (rang them, placed, transferred).
 */
export async function canSee(
  store: Store,
  principal: Principal,
  workspaceId: string,
  record: CallRecord | undefined,
  live: Call | undefined,
): Promise<boolean> {
  const viewer = viewerOf(principal);
  const facts = { agentId: record?.agentId, onNow: usersOnCall(live?.legs.values() ?? []) };
  if (mayViewCall(viewer, facts)) return true;
  if (viewer.kind !== 'agent') return false;
  // Only then the log: did they take part before (rung, placed, transferred)?
  const id = record?.id ?? live?.id;
  if (id === undefined) return false;
  const tookPart = (await store.callParticipation(workspaceId, id, viewer.userId)) !== undefined;
  return mayViewCall(viewer, { ...facts, tookPart });
}

export function registerCalls(app: App, context: ServerContext): void {
  const { store } = context;
  const tags = ['calls'];

  app.get(
    '/workspaces/:workspaceId/calls',
    {
      schema: {
        tags,
        summary:
          'Calls, newest first, with filters and a cursor; agents see the calls they answered, or with participant=<themself> every call they took part in',
        params: WorkspaceParams,
        querystring: ListQuery,
        response: {
          200: Type.Object({ items: Type.Array(CallSchema), nextCursor: Type.Optional(Type.String()) }),
          ...errors,
        },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      const { numberId, outcome, direction, status, cursor } = request.query;
      const phone =
        request.query.phone === undefined
          ? undefined
          : toE164(request.query.phone, 'phone', state.defaultCountry as CountryCode | undefined);
      const { participant } = request.query;
      const own = seesAll(principal) ? undefined : requireOwnUser(principal, 'calls');
      if (own !== undefined && participant !== undefined && participant !== own)
        throw new HttpError(
          403,
          'forbidden',
          'agents may list only the calls they took part in',
          'participant',
        );
      // Without participant an agent's list is the calls they answered; with it (their own), the
      // calls they took part in, which agentId may narrow further.
      const agentId = own !== undefined && participant === undefined ? own : request.query.agentId;
      const page = await store.listCalls(request.params.workspaceId, {
        numberId,
        agentId,
        participant,
        outcome,
        direction,
        status,
        phone,
        ...timeRange(request.query.from, request.query.to),
        limit: request.query.limit ?? defaultLimit,
        cursor,
      });
      return { items: page.items.map(callView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    },
  );

  app.get(
    '/workspaces/:workspaceId/calls/:callId',
    {
      schema: {
        tags,
        summary: 'One call: its record, its legs while live, and its complete ordered history (V18)',
        params: CallParams,
        querystring: NoQuery,
        response: { 200: CallDetail, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const { workspaceId, callId } = request.params;
      const record = await store.getCall(workspaceId, callId);
      if (!record) throw notFound('call', callId, 'callId');
      const live = (await committedWorkspace(context.runtime, workspaceId)).calls.get(callId);
      // Taken now: the call changes in place as later commands are decided.
      const liveView = live && liveCallView(live);
      if (!(await canSee(store, principal, workspaceId, record, live)))
        throw forbidden('agents see only their own calls');
      const history = await callHistory(store, workspaceId, callId);
      return {
        ...callView(record),
        ...(liveView ? { live: liveView } : {}),
        history: historyEntriesOf(history),
      };
    },
  );
}
