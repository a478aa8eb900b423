import { Type } from 'typebox';
import { HistoryEntryRef, historyEntriesOf } from '../../api/history.ts';
import { type Principal, seesAll } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { invalid } from '../../domain/errors.ts';
import type { StoredEvent } from '../../engine/events.ts';
import type { Store } from '../../store/port.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id, NoQuery } from '../schemas.ts';
import { timeRange } from '../time-range.ts';
import {
  agentScope,
  ConversationSchema,
  conversationStatuses,
  conversationView,
  MessageSchema,
  messageView,
  requireVisible,
} from './conversation-views.ts';

const defaultLimit = 50;
/** A detail shows this many messages and history events; the messages route pages on. */
const detailPage = 500;

const Me = Type.Union([Type.Literal('me'), Id], { description: '`me`, or a user id' });

const ListQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Enum(['open', ...conversationStatuses], { description: 'open: anything not resolved' }),
    ),
    assignee: Type.Optional(Me),
    departmentId: Type.Optional(Id),
    pending: Type.Optional(Me),
    channel: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'webchat, whatsapp, …' })),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'Opened at or after this time' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Opened before this time' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: defaultLimit })),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);

export const ConversationParams = Type.Object({ workspaceId: Id, conversationId: Id });

const MessagesQuery = Type.Object(
  {
    afterSeq: Type.Optional(Type.Integer({ minimum: 0, description: 'Messages after this seq' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: detailPage, default: 100 })),
  },
  { additionalProperties: false },
);

const ConversationDetail = Type.Object({
  ...ConversationSchema.properties,
  messages: Type.Array(MessageSchema, {
    description: `Messages and internal notes in order (the first ${detailPage}); agents see notes, contacts never do`,
  }),
  history: Type.Array(HistoryEntryRef, {
    description: `C3: the conversation’s events in order (the first ${detailPage}): routing, transfers with reasons, …`,
  }),
});

/** `me` is the signed-in user; an agent may name nobody else (W2). */
function userFilter(principal: Principal, value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  const me = principal.kind === 'user' ? principal.userId : undefined;
  if (value === 'me') {
    if (!me) throw invalid(field, `${field}=me needs a signed-in user`);
    return me;
  }
  if (seesAll(principal)) return value;
  if (value !== me) throw forbidden(`agents see only their own conversations, not ${value}'s`);
  return value;
}

async function conversationHistory(store: Store, workspaceId: string, conversationId: string) {
  const events: StoredEvent[] = await store.history(workspaceId, {
    entityType: 'conversation',
    entityId: conversationId,
    limit: detailPage,
  });
  return historyEntriesOf(events);
}

export function registerConversations(app: App, context: ServerContext): void {
  const { store } = context;
  const tags = ['conversations'];

  app.get(
    '/workspaces/:workspaceId/conversations',
    {
      schema: {
        tags,
        summary:
          'Conversations, newest first (C1). Agents see their own and their departments’ queues; supervisors and admins all',
        params: Type.Object({ workspaceId: Id }),
        querystring: ListQuery,
        response: {
          200: Type.Object({
            items: Type.Array(ConversationSchema),
            nextCursor: Type.Optional(Type.String()),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      const { status, departmentId, channel, cursor } = request.query;
      const scope = agentScope(principal, state);
      const opened = timeRange(request.query.from, request.query.to);
      const page = await store.listConversations(state.id, {
        status,
        assigneeId: userFilter(principal, request.query.assignee, 'assignee'),
        departmentId,
        channel,
        openedFrom: opened.from,
        openedTo: opened.to,
        pendingFor: userFilter(principal, request.query.pending, 'pending'),
        ...(scope ? { scope } : {}),
        limit: request.query.limit ?? defaultLimit,
        cursor,
      });
      const now = await committedWorkspace(context.runtime, state.id);
      return {
        items: page.items.map((record) => conversationView(now, record)),
        ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/conversations/:conversationId',
    {
      schema: {
        tags,
        summary:
          'One conversation with its messages, internal notes and history; shows a transfer’s sender and reason (C4)',
        params: ConversationParams,
        querystring: NoQuery,
        response: { 200: ConversationDetail, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      const record = await requireVisible(store, principal, state, request.params.conversationId);
      const messages = await store.listMessages(state.id, record.id, {
        includeInternal: true,
        limit: detailPage,
      });
      const now = await committedWorkspace(context.runtime, state.id);
      return {
        ...conversationView(now, record),
        messages: messages.map(messageView),
        history: await conversationHistory(store, state.id, record.id),
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/conversations/:conversationId/messages',
    {
      schema: {
        tags,
        summary: 'A conversation’s messages and internal notes in order, page by page (afterSeq)',
        params: ConversationParams,
        querystring: MessagesQuery,
        response: {
          200: Type.Object({
            items: Type.Array(MessageSchema),
            nextAfterSeq: Type.Optional(
              Type.Integer({ description: 'Pass as afterSeq; absent on the last page' }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      const record = await requireVisible(store, principal, state, request.params.conversationId);
      const limit = request.query.limit ?? 100;
      const items = await store.listMessages(state.id, record.id, {
        includeInternal: true,
        afterSeq: request.query.afterSeq,
        limit,
      });
      const last = items.at(-1);
      return {
        items: items.map(messageView),
        ...(items.length === limit && last ? { nextAfterSeq: last.seq } : {}),
      };
    },
  );
}
