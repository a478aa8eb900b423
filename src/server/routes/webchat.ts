import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { WebSocket } from 'ws';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { tokenHash } from '../../security/tokens.ts';
import type { VisitorRecord } from '../../store/port.ts';
import type { App, ServerContext } from '../context.ts';
import { unauthorized } from '../errors.ts';
import { tooMany } from '../limits/limits.ts';
import { ErrorSchema, errors, Id } from '../schemas.ts';
import { originAllowed, requireOrigin, spendMessage } from '../webchat/guards.ts';
import { webchatLanguage, webchatPage, webchatPageHeaders } from '../webchat/page.ts';
import { deliverContactMessage } from './channel-delivery.ts';
import { ContactMessageSchema, contactMessageView } from './conversation-views.ts';

/**
 * The built-in web-chat channel (C1): a browser gets a visitor token of its own, so it never
 * holds a workspace API key. The token is random and stored hashed, like a session: a leaked
 * database holds no usable token, and no server-wide secret exists whose leak would forge them.
 */

const channel = 'webchat';

const WorkspaceParams = Type.Object({ workspaceId: Id });

const SessionQuery = Type.Object(
  {
    departmentId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'Where the visitor’s conversations go; the first department by name when left out',
      }),
    ),
  },
  { additionalProperties: false },
);

const SessionBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    email: Type.Optional(
      Type.String({
        minLength: 3,
        maxLength: 320,
        // One @ with something either side and no spaces: enough to write back, no stricter.
        pattern: '^[^\\s@]+@[^\\s@]+$',
        description: 'The visitor’s email, if they give one: shown to agents with their name',
      }),
    ),
  },
  { additionalProperties: false },
);

const Session = Type.Object({
  visitorToken: Type.String({ description: 'Send as Authorization: Bearer <visitorToken>; shown once' }),
  address: Type.String({ description: 'The visitor’s address on the webchat channel' }),
  channel: Type.Literal(channel),
});

const VisitorMessage = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 2000 }),
    clientMessageId: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '^[A-Za-z0-9_-]+$',
      description: 'Made by the widget for each message: a resent message with the same id counts once',
    }),
  },
  { additionalProperties: false },
);

const MessagesQuery = Type.Object(
  {
    afterSeq: Type.Optional(Type.Integer({ minimum: 0, description: 'Only messages after this seq' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);

const tokenPrefix = 'sbv_';

/** What a contact sees change: their messages, the agents' replies, the conversation closing. Never notes. */
const visibleToContact = new Set([
  'conversation.message_received',
  'conversation.reply_sent',
  'conversation.resolved',
  'conversation.opened',
]);
const newVisitorToken = () => `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
const newVisitorAddress = () => `visitor_${randomBytes(12).toString('base64url')}`;

/** The visitor behind the bearer token, in this workspace; anything else is 401. */
async function requireVisitor(
  context: ServerContext,
  request: FastifyRequest,
  workspaceId: string,
): Promise<VisitorRecord> {
  const header = request.headers.authorization ?? '';
  const token = header.startsWith(`Bearer ${tokenPrefix}`) ? header.slice(7).trim() : undefined;
  const visitor = token ? await context.store.findVisitor(tokenHash(token)) : undefined;
  if (!visitor || visitor.workspaceId !== workspaceId)
    throw unauthorized('start a web-chat session: Authorization: Bearer <visitorToken>');
  return visitor;
}

export function registerWebchat(app: App, context: ServerContext): void {
  const { store, runtime } = context;
  const tags = ['webchat'];

  // The visitor's stream: a nudge each time their conversation changes in a way they can see.
  app.get(
    '/webchat/:workspaceId/stream',
    {
      config: { public: true },
      websocket: true,
      schema: {
        tags,
        summary:
          'WebSocket: a {"type":"changed"} message when the visitor’s conversation changes; then GET messages',
        hide: true,
      },
    },
    async (socket: WebSocket, request: FastifyRequest) => {
      const { workspaceId } = request.params as { workspaceId: string };
      const state = await context.runtime.committed(workspaceId);
      if (state && !originAllowed(request, state))
        return socket.close(4403, 'this site may not embed the web chat');
      const token = (request.query as { token?: unknown }).token;
      const visitor =
        typeof token === 'string' && token.startsWith(tokenPrefix)
          ? await store.findVisitor(tokenHash(token))
          : undefined;
      if (!visitor || visitor.workspaceId !== workspaceId)
        return socket.close(4401, 'start a web-chat session first');
      const mine = new Set<string>();
      const latest = await store.latestConversationOf(workspaceId, channel, visitor.address);
      if (latest) mine.add(latest.id);
      const unsubscribe = runtime.subscribe((batch) => {
        let changed = false;
        for (const { workspaceId: ws, event } of batch) {
          if (ws !== workspaceId || !event.type.startsWith('conversation.') || !('conversationId' in event))
            continue;
          if (
            event.type === 'conversation.opened' &&
            event.contact.address === visitor.address &&
            event.channel === channel
          )
            mine.add(event.conversationId);
          if (mine.has(event.conversationId) && visibleToContact.has(event.type)) changed = true;
        }
        if (changed && socket.readyState === socket.OPEN) socket.send('{"type":"changed"}');
      });
      socket.on('close', unsubscribe);
      socket.on('message', () => {});
    },
  );

  app.post(
    '/webchat/:workspaceId/sessions',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The web-chat widget starts a visitor session: a visitor address and a token of its own',
        description:
          'No API key: the widget calls this from the customer’s browser. The workspace must exist; departmentId must name one of its departments.',
        params: WorkspaceParams,
        querystring: SessionQuery,
        body: SessionBody,
        security: [],
        response: { 201: Session, ...errors, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      const state = await committedWorkspace(context.runtime, workspaceId);
      requireOrigin(request, state);
      const wait = context.limits.webchatSessionsPerAddress.take(request.ip);
      if (wait !== undefined) throw tooMany(reply, wait, 'too many web-chat sessions from this address');
      const { departmentId } = request.query;
      if (departmentId && !state.departments[departmentId])
        throw notFound('department', departmentId, 'departmentId');
      const visitorToken = newVisitorToken();
      const address = newVisitorAddress();
      await store.saveVisitor({
        tokenHash: tokenHash(visitorToken),
        workspaceId,
        address,
        ...(request.body.name ? { name: request.body.name } : {}),
        ...(request.body.email ? { email: request.body.email } : {}),
        ...(departmentId ? { departmentId } : {}),
        createdAt: runtime.clock.now(),
      });
      return reply.status(201).send({ visitorToken, address, channel });
    },
  );

  app.post(
    '/webchat/:workspaceId/messages',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'A web-chat visitor writes (C1): it opens their conversation, or adds to the open one',
        params: WorkspaceParams,
        body: VisitorMessage,
        security: [{ bearer: [] }],
        response: {
          200: Type.Object({ conversationId: Type.String(), duplicate: Type.Boolean() }),
          ...errors,
          429: ErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      const visitor = await requireVisitor(context, request, workspaceId);
      requireOrigin(request, await committedWorkspace(context.runtime, workspaceId));
      spendMessage(context.limits, reply, `${workspaceId}/${visitor.address}`, request.body.text.length);
      return deliverContactMessage(
        context,
        {
          workspaceId,
          channel,
          contact: {
            address: visitor.address,
            ...(visitor.name ? { name: visitor.name } : {}),
            ...(visitor.email ? { email: visitor.email } : {}),
          },
          channelMessageId: request.body.clientMessageId,
          text: request.body.text,
          ...(visitor.departmentId ? { departmentId: visitor.departmentId } : {}),
        },
        // The widget is the channel's own driver: no user or API key stands behind the visitor.
        { kind: 'driver' },
      );
    },
  );

  app.get(
    '/webchat/:workspaceId/messages',
    {
      config: { public: true },
      schema: {
        tags,
        summary:
          'The visitor’s conversation as they see it: their messages and the agents’ replies, never internal notes or transfer reasons (C3)',
        params: WorkspaceParams,
        querystring: MessagesQuery,
        security: [{ bearer: [] }],
        response: {
          200: Type.Object({
            conversationId: Type.Optional(Type.String({ description: 'Absent until the visitor writes' })),
            status: Type.Optional(Type.Enum(['open', 'resolved'])),
            items: Type.Array(ContactMessageSchema),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      const visitor = await requireVisitor(context, request, workspaceId);
      const state = await committedWorkspace(context.runtime, workspaceId);
      requireOrigin(request, state);
      const record = await store.latestConversationOf(workspaceId, channel, visitor.address);
      if (!record) return { items: [] };
      const messages = await store.listMessages(workspaceId, record.id, {
        includeInternal: false,
        afterSeq: request.query.afterSeq,
        limit: request.query.limit ?? 100,
      });
      const now = await committedWorkspace(context.runtime, workspaceId);
      return {
        conversationId: record.id,
        status: record.status === 'resolved' ? ('resolved' as const) : ('open' as const),
        items: messages.map((message) => contactMessageView(now, message)),
      };
    },
  );
}

/** The widget page itself, outside /v1: what a customer's site embeds in an iframe or links to. */
export function registerWebchatPage(app: App, context: ServerContext): void {
  app.get(
    '/webchat/:workspaceId',
    { schema: { hide: true, params: WorkspaceParams } },
    async (request, reply) => {
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      const language = webchatLanguage(request.headers['accept-language'], state.defaultCountry);
      return reply
        .headers(webchatPageHeaders(state.webchatOrigins))
        .type('text/html; charset=utf-8')
        .send(webchatPage(request.params.workspaceId, state.name, language));
    },
  );
}
