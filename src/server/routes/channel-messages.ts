import { Type } from 'typebox';
import type { Principal } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id } from '../schemas.ts';
import { deliverContactMessage, sameContact } from './channel-delivery.ts';
import { ContactMessageSchema, contactMessageView } from './conversation-views.ts';

const Channel = Type.String({
  minLength: 1,
  maxLength: 50,
  pattern: '^[A-Za-z0-9_.-]+$',
  description: 'The channel: webchat, whatsapp, …',
});
const Address = Type.String({ minLength: 1, maxLength: 200 });

const ChannelParams = Type.Object({ workspaceId: Id, channel: Channel });

const Incoming = Type.Object(
  {
    conversationId: Type.Optional(Id),
    contact: Type.Object(
      { address: Address, name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) },
      { additionalProperties: false },
    ),
    channelMessageId: Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        'The channel’s id for this message: a retried delivery with the same id is not a new message',
    }),
    text: Type.String({ minLength: 1, maxLength: 10_000 }),
    departmentId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'Where a new conversation goes; the first department by name when left out',
      }),
    ),
  },
  { additionalProperties: false },
);

const ContactParams = Type.Object({ workspaceId: Id, channel: Channel, conversationId: Id });
const ContactQuery = Type.Object(
  {
    address: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'The contact’s address: only their own conversation answers',
    }),
    afterSeq: Type.Optional(Type.Integer({ minimum: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);

/** Channel integrations are machines: a workspace API key (any role), or an admin. */
function requireIntegration(principal: Principal): void {
  if (principal.kind === 'admin' || principal.kind === 'api_key' || principal.role === 'admin') return;
  throw forbidden('channel integrations use a workspace API key');
}

export function registerChannelMessages(app: App, context: ServerContext): void {
  const { store } = context;
  const tags = ['channels'];

  app.post(
    '/workspaces/:workspaceId/channels/:channel/messages',
    {
      schema: {
        tags,
        summary:
          'A channel integration delivers a contact’s message (C1): it opens a conversation, or adds to the open one',
        description: [
          'Without conversationId, the message joins the open conversation of this contact on this channel, or opens a new one.',
          'A contact whose conversation was resolved and who writes again opens a NEW conversation (a new id is returned), also',
          'when the resolved conversation’s id is sent: resolved conversations stay closed, with their history intact.',
          'A retried delivery (same channelMessageId) is acknowledged with duplicate: true and adds nothing.',
          'Needs a workspace API key (any role) or an admin.',
        ].join(' '),
        params: ChannelParams,
        body: Incoming,
        response: {
          200: Type.Object({ conversationId: Type.String(), duplicate: Type.Boolean() }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { workspaceId, channel } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      requireIntegration(principal);
      await committedWorkspace(context.runtime, workspaceId);
      return deliverContactMessage(context, { workspaceId, channel, ...request.body }, actorOf(principal));
    },
  );

  app.get(
    '/workspaces/:workspaceId/channels/:channel/conversations/:conversationId/messages',
    {
      schema: {
        tags,
        summary:
          'Contact-facing: a conversation as its contact sees it, without internal notes or transfer reasons (C3)',
        description: [
          'For the web-chat widget and channel integrations: only the contact’s messages and the agents’ replies, never',
          'internal notes or transfer reasons. The contact is named by channel and address; another contact’s',
          'conversation answers 404. For now it needs a workspace API key (any role) or an admin; the widget will get its',
          'own contact session later.',
        ].join(' '),
        params: ContactParams,
        querystring: ContactQuery,
        response: {
          200: Type.Object({
            conversationId: Type.String(),
            status: Type.Enum(['open', 'resolved']),
            items: Type.Array(ContactMessageSchema),
            nextAfterSeq: Type.Optional(
              Type.Integer({ description: 'Pass as afterSeq; absent on the last page' }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { workspaceId, channel, conversationId } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      requireIntegration(principal);
      await committedWorkspace(context.runtime, workspaceId);
      const record = await store.getConversation(workspaceId, conversationId);
      if (!record || !sameContact(record, channel, request.query.address.trim()))
        throw notFound('conversation', conversationId, 'conversationId');
      const limit = request.query.limit ?? 100;
      const messages = await store.listMessages(workspaceId, conversationId, {
        includeInternal: false,
        afterSeq: request.query.afterSeq,
        limit,
      });
      const last = messages.at(-1);
      const state = await committedWorkspace(context.runtime, workspaceId);
      return {
        conversationId,
        status: record.status === 'resolved' ? ('resolved' as const) : ('open' as const),
        items: messages.map((message) => contactMessageView(state, message)),
        ...(messages.length === limit && last ? { nextAfterSeq: last.seq } : {}),
      };
    },
  );
}
