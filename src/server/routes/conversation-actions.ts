import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { executeChecked } from '../../app/execute.ts';
import { type Principal, seesAll } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import type { TransferTarget } from '../../engine/chat/events.ts';
import type { Command } from '../../engine/commands.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { newId } from '../../runtime/ids.ts';
import type { ConversationRecord } from '../../store/port.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id } from '../schemas.ts';
import {
  ConversationSchema,
  conversationView,
  MessageSchema,
  messageView,
  requireVisible,
} from './conversation-views.ts';
import { ConversationParams } from './conversations.ts';

const maxText = 10_000;
const Text = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: maxText }) },
  { additionalProperties: false },
);

const Assign = Type.Object({ userId: Type.Optional(Id) }, { additionalProperties: false });

const Transfer = Type.Object(
  {
    to: Type.Object(
      {
        kind: Type.Enum(['department', 'agent']),
        departmentId: Type.Optional(Id),
        userId: Type.Optional(Id),
      },
      { additionalProperties: false },
    ),
    reason: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 1000,
        description: 'C3: kept as an internal message the contact never sees, and shown to the receiver (C4)',
      }),
    ),
  },
  { additionalProperties: false },
);

type Params = { workspaceId: string; conversationId: string };

/** Replies and notes are written by someone: a signed-in user, not a machine key. */
function signedInUser(principal: Principal): string {
  if (principal.kind !== 'user') throw forbidden('only a signed-in user writes in a conversation');
  return principal.userId;
}

const userOf = (principal: Principal) => (principal.kind === 'user' ? principal.userId : undefined);

/** The engine forgets resolved conversations; say so rather than "does not exist". */
function requireOpen(state: WorkspaceState, record: ConversationRecord): void {
  if (!state.conversations[record.id])
    throw conflict(`conversation ${record.id} is resolved`, 'conversationId');
}

function target(to: {
  kind: 'department' | 'agent';
  departmentId?: string;
  userId?: string;
}): TransferTarget {
  const agent = to.kind === 'agent';
  const [needed, other] = agent
    ? (['userId', 'departmentId'] as const)
    : (['departmentId', 'userId'] as const);
  const what = agent ? 'an agent' : 'a department';
  const id = to[needed];
  if (!id) throw invalid(`to.${needed}`, `to.${needed} is required for a transfer to ${what}`);
  if (to[other] !== undefined)
    throw invalid(`to.${other}`, `to.${other} does not belong in a transfer to ${what}`);
  return agent ? { kind: 'agent', userId: id } : { kind: 'department', departmentId: id };
}

export function registerConversationActions(app: App, context: ServerContext): void {
  const { runtime, store } = context;
  const tags = ['conversations'];

  /**
   * Authorises, finds the conversation the caller may see, runs the command on it while it
   * is open, and answers the conversation as committed after it.
   */
  async function act(
    request: FastifyRequest<{ Params: Params }>,
    command: (principal: Principal) => Command,
  ) {
    const { workspaceId, conversationId } = request.params;
    const principal = authorize(request, workspaceId, 'agent');
    const record = await requireVisible(
      store,
      principal,
      await committedWorkspace(runtime, workspaceId),
      conversationId,
    );
    await executeChecked(
      runtime,
      workspaceId,
      (state) => {
        requireOpen(state, record);
        return command(principal);
      },
      actorOf(principal),
    );
    const after = await store.getConversation(workspaceId, record.id);
    if (!after) throw notFound('conversation', record.id, 'conversationId');
    return conversationView(await committedWorkspace(runtime, workspaceId), after);
  }

  const route = (path: string, summary: string) => ({
    schema: { tags, summary, params: ConversationParams, response: { 200: ConversationSchema, ...errors } },
    path: `/workspaces/:workspaceId/conversations/:conversationId/${path}`,
  });

  const written = async (
    request: FastifyRequest<{ Params: Params; Body: { text: string } }>,
    kind: 'reply' | 'note',
  ) => {
    const principal = authorize(request, request.params.workspaceId, 'agent');
    const userId = signedInUser(principal);
    const { workspaceId } = request.params;
    const record = await requireVisible(
      store,
      principal,
      await committedWorkspace(runtime, workspaceId),
      request.params.conversationId,
    );
    const id = newId(kind === 'reply' ? 'msg' : 'note');
    const { text } = request.body;
    const command: Command =
      kind === 'reply'
        ? { type: 'conversation.reply', conversationId: record.id, userId, messageId: id, text }
        : { type: 'conversation.note', conversationId: record.id, userId, noteId: id, text };
    await executeChecked(
      runtime,
      workspaceId,
      (state) => {
        requireOpen(state, record);
        return command;
      },
      actorOf(principal),
    );
    const message = await store.getMessage(workspaceId, record.id, id);
    if (!message) throw notFound('message', id, 'text');
    return messageView(message);
  };

  app.post(
    '/workspaces/:workspaceId/conversations/:conversationId/reply',
    {
      schema: {
        tags,
        summary: 'Reply to the contact: agents on their own conversations, supervisors and admins on any',
        params: ConversationParams,
        body: Text,
        response: { 201: MessageSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await written(request, 'reply')),
  );

  app.post(
    '/workspaces/:workspaceId/conversations/:conversationId/notes',
    {
      schema: {
        tags,
        summary: 'Add an internal note: shown to agents, never to the contact',
        params: ConversationParams,
        body: Text,
        response: { 201: MessageSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await written(request, 'note')),
  );

  const assign = route(
    'assign',
    'Take a conversation from a queue or your pending list (userId: you by default), or hand it to an agent (supervisor, admin)',
  );
  app.post(assign.path, { schema: { ...assign.schema, body: Assign } }, async (request) =>
    act(request, (principal) => {
      const me = userOf(principal);
      const userId = request.body.userId ?? me;
      if (!userId) throw invalid('userId', 'userId is required with an API key');
      if (!seesAll(principal) && userId !== me)
        throw forbidden('agents take conversations only for themselves');
      return {
        type: 'conversation.assign',
        conversationId: request.params.conversationId,
        userId,
        ...(me ? { by: me } : {}),
      };
    }),
  );

  const transfer = route(
    'transfer',
    'Transfer to a department or an agent (C2), with an optional reason (C3); an unavailable agent gets it in their pending list (C5)',
  );
  app.post(transfer.path, { schema: { ...transfer.schema, body: Transfer } }, async (request) =>
    act(request, (principal) => {
      const by = userOf(principal);
      const { reason } = request.body;
      return {
        type: 'conversation.transfer',
        conversationId: request.params.conversationId,
        to: target(request.body.to),
        ...(by ? { by } : {}),
        ...(reason !== undefined ? { reason } : {}),
        noteId: newId('note'),
      };
    }),
  );

  const simple = [
    ['hold', 'conversation.hold', 'Put your conversation on hold: it keeps its capacity slot'],
    ['resume', 'conversation.resume', 'Take a held conversation back'],
    [
      'resolve',
      'conversation.resolve',
      'Resolve: the conversation closes; the contact writing again opens a new one',
    ],
  ] as const;
  for (const [path, type, summary] of simple) {
    const definition = route(path, summary);
    app.post(definition.path, { schema: definition.schema }, async (request) =>
      act(request, (principal) => {
        const userId = userOf(principal);
        return { type, conversationId: request.params.conversationId, ...(userId ? { userId } : {}) };
      }),
    );
  }
}
