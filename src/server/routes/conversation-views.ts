import { Type } from 'typebox';
import { type Principal, seesAll } from '../../app/principal.ts';
import { mayViewConversation, viewerOf } from '../../app/visibility.ts';
import { notFound } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import type { ConversationRecord, MessageRecord, Store } from '../../store/port.ts';
import { requireOwnUser } from '../auth/principal.ts';
import { forbidden } from '../errors.ts';
import { iso } from '../schemas.ts';

/** How conversations and their messages look in the API, and who may see them. */

const Time = Type.String({ format: 'date-time' });

export const conversationStatuses = ['queued', 'assigned', 'pending', 'on_hold', 'resolved'] as const;

export const TransferTargetSchema = Type.Object({
  kind: Type.Enum(['department', 'agent']),
  departmentId: Type.Optional(Type.String()),
  userId: Type.Optional(Type.String()),
});

export const ConversationSchema = Type.Object({
  id: Type.String(),
  channel: Type.String({ description: 'webchat, whatsapp, …' }),
  contact: Type.Object({
    address: Type.String({ description: 'The contact on the channel: a visitor id, a phone number, …' }),
    name: Type.Optional(Type.String()),
    email: Type.Optional(Type.String({ description: 'Given by the contact (the web-chat page asks)' })),
    contactId: Type.Optional(Type.String()),
  }),
  departmentId: Type.Optional(Type.String()),
  assigneeId: Type.Optional(
    Type.String({
      description: 'The agent who has it; for status pending, whose pending list it waits in (C5)',
    }),
  ),
  status: Type.Enum([...conversationStatuses]),
  queuePosition: Type.Optional(Type.Integer({ description: 'Place in its department’s queue (1 = next)' })),
  openedAt: Time,
  lastIncomingAt: Type.Optional(Time),
  lastOutgoingAt: Type.Optional(Time),
  resolvedAt: Type.Optional(Time),
  resolvedBy: Type.Optional(Type.String()),
  transfer: Type.Optional(
    Type.Object(
      {
        fromUserId: Type.Optional(Type.String({ description: 'Whose it was: the previous assignee' })),
        fromName: Type.Optional(Type.String()),
        by: Type.Optional(Type.String({ description: 'The user who transferred it' })),
        byName: Type.Optional(Type.String()),
        byKey: Type.Optional(
          Type.Object(
            {
              kind: Type.Enum(['admin', 'api_key']),
              keyId: Type.Optional(Type.String({ description: 'api_key: which key' })),
            },
            { description: 'When no user transferred it: the server admin key or a workspace API key' },
          ),
        ),
        reason: Type.Optional(Type.String()),
        to: TransferTargetSchema,
        at: Time,
      },
      { description: 'C4: the last transfer: whose it was, who transferred it, why, and to where' },
    ),
  ),
  lastMessage: Type.Optional(
    Type.Object(
      {
        seq: Type.Integer(),
        kind: Type.Enum(['incoming', 'reply'], { description: 'incoming: the contact’s; reply: an agent’s' }),
        userId: Type.Optional(Type.String({ description: 'The agent who replied' })),
        text: Type.String(),
        at: Time,
      },
      {
        description:
          'In lists: the last message of the exchange with the contact, for the inbox preview. Internal notes are never it (read them in the conversation)',
      },
    ),
  ),
});

export const MessageSchema = Type.Object({
  seq: Type.Integer({ description: 'Order in the conversation; pass as afterSeq to page' }),
  id: Type.String(),
  kind: Type.Enum(['incoming', 'reply', 'note', 'transfer_reason']),
  visibility: Type.Enum(['contact', 'internal'], {
    description: 'internal: notes and transfer reasons (C3), never shown to the contact',
  }),
  userId: Type.Optional(Type.String()),
  text: Type.String(),
  at: Time,
});

/** What the contact sees of a message: never internal ones, never an agent's id. */
export const ContactMessageSchema = Type.Object({
  seq: Type.Integer(),
  id: Type.String(),
  from: Type.Enum(['contact', 'agent']),
  agentName: Type.Optional(Type.String()),
  text: Type.String(),
  at: Time,
});

const optionalIso = (key: string, ms: number | undefined) => (ms === undefined ? {} : { [key]: iso(ms) });

function transferView(state: WorkspaceState, transfer: NonNullable<ConversationRecord['transfer']>) {
  const fromName = transfer.fromUserId ? state.users[transfer.fromUserId]?.name : undefined;
  const byName = transfer.by ? state.users[transfer.by]?.name : undefined;
  return {
    ...(transfer.fromUserId ? { fromUserId: transfer.fromUserId } : {}),
    ...(fromName ? { fromName } : {}),
    ...(transfer.by ? { by: transfer.by } : {}),
    ...(byName ? { byName } : {}),
    ...(transfer.byKey ? { byKey: { ...transfer.byKey } } : {}),
    ...(transfer.reason ? { reason: transfer.reason } : {}),
    to: { ...transfer.to },
    at: iso(transfer.at),
  };
}

export function conversationView(state: WorkspaceState, record: ConversationRecord) {
  const queue =
    record.status === 'queued' && record.departmentId ? state.chatQueues[record.departmentId] : undefined;
  const position = queue ? queue.indexOf(record.id) + 1 : 0;
  return {
    id: record.id,
    channel: record.channel,
    contact: { ...record.contact },
    ...(record.departmentId ? { departmentId: record.departmentId } : {}),
    ...(record.assigneeId ? { assigneeId: record.assigneeId } : {}),
    status: record.status,
    ...(position > 0 ? { queuePosition: position } : {}),
    openedAt: iso(record.openedAt),
    ...optionalIso('lastIncomingAt', record.lastIncomingAt),
    ...optionalIso('lastOutgoingAt', record.lastOutgoingAt),
    ...optionalIso('resolvedAt', record.resolvedAt),
    ...(record.resolvedBy ? { resolvedBy: record.resolvedBy } : {}),
    ...(record.transfer ? { transfer: transferView(state, record.transfer) } : {}),
    ...(record.lastMessage ? { lastMessage: lastMessageView(record.lastMessage) } : {}),
  };
}

function lastMessageView(message: MessageRecord) {
  return {
    seq: message.seq,
    kind: message.kind === 'incoming' ? ('incoming' as const) : ('reply' as const),
    ...(message.userId ? { userId: message.userId } : {}),
    text: message.text,
    at: iso(message.at),
  };
}

export function messageView(message: MessageRecord) {
  return {
    seq: message.seq,
    id: message.id,
    kind: message.kind,
    visibility: message.visibility,
    ...(message.userId ? { userId: message.userId } : {}),
    text: message.text,
    at: iso(message.at),
  };
}

export function contactMessageView(state: WorkspaceState, message: MessageRecord) {
  const agentName = message.userId ? state.users[message.userId]?.name : undefined;
  return {
    seq: message.seq,
    id: message.id,
    from: message.kind === 'incoming' ? ('contact' as const) : ('agent' as const),
    ...(agentName ? { agentName } : {}),
    text: message.text,
    at: iso(message.at),
  };
}

/** An agent's reach (W2): conversations that are theirs, and the queues of their departments. */
export function agentScope(principal: Principal, state: WorkspaceState) {
  if (!seesAll(principal)) requireOwnUser(principal, 'conversations');
  // The store's query form of the rule in src/app/visibility.ts (mayViewConversation).
  const viewer = viewerOf(principal, state);
  if (viewer.kind !== 'agent') return undefined;
  return { userId: viewer.userId, departmentIds: [...viewer.departmentIds] };
}

/** The rule is src/app/visibility.ts, the stream's too; an agent-role API key is refused by name here. */
export function canSee(principal: Principal, state: WorkspaceState, record: ConversationRecord): boolean {
  if (!seesAll(principal)) requireOwnUser(principal, 'conversations');
  return mayViewConversation(viewerOf(principal, state), record);
}

/** The conversation, if it exists (404) and the caller may see it (403). */
export async function requireVisible(
  store: Store,
  principal: Principal,
  state: WorkspaceState,
  conversationId: string,
): Promise<ConversationRecord> {
  const record = await store.getConversation(state.id, conversationId);
  if (!record) throw notFound('conversation', conversationId, 'conversationId');
  if (!canSee(principal, state, record))
    throw forbidden('agents see their own conversations and the queues of their departments');
  return record;
}
