import type { StoredEvent } from '../engine/events.ts';
import type { ConversationRecord, ConversationRecordStatus, MessageRecord } from './port.ts';

/** What an event changes in a conversation's row; null clears a column. */
export interface ConversationUpdate {
  status?: ConversationRecordStatus;
  departmentId?: string;
  assigneeId?: string | null;
  lastIncomingAt?: number;
  lastOutgoingAt?: number;
  resolvedAt?: number;
  resolvedBy?: string | null;
  transfer?: NonNullable<ConversationRecord['transfer']>;
}

export type ConversationChange =
  /** `seq` orders conversations by opening, also those opened in the same millisecond. */
  | { kind: 'conversation.open'; conversation: ConversationRecord; seq: number }
  | { kind: 'conversation.update'; conversationId: string; fields: ConversationUpdate }
  | { kind: 'message.add'; message: MessageRecord };

const update = (conversationId: string, fields: ConversationUpdate): ConversationChange => ({
  kind: 'conversation.update',
  conversationId,
  fields,
});

function message(
  stored: StoredEvent,
  conversationId: string,
  fields: Pick<MessageRecord, 'id' | 'kind' | 'text'> & { userId?: string },
): ConversationChange {
  return {
    kind: 'message.add',
    message: {
      workspaceId: stored.workspaceId,
      conversationId,
      seq: stored.seq,
      id: fields.id,
      kind: fields.kind,
      // C3: only the contact's own messages and the agents' replies are theirs to see.
      visibility: fields.kind === 'incoming' || fields.kind === 'reply' ? 'contact' : 'internal',
      ...(fields.userId ? { userId: fields.userId } : {}),
      text: fields.text,
      at: stored.at,
    },
  };
}

/**
 * C1: conversations and their messages, kept after the engine forgets a resolved one. The
 * row follows the engine's statuses (queued, assigned, pending, on_hold) and ends resolved.
 */
export function conversationChanges(stored: StoredEvent): ConversationChange[] {
  const { event, at, workspaceId } = stored;
  switch (event.type) {
    case 'conversation.opened':
      return [
        {
          kind: 'conversation.open',
          conversation: {
            id: event.conversationId,
            workspaceId,
            channel: event.channel,
            contact: { ...event.contact },
            ...(event.departmentId ? { departmentId: event.departmentId } : {}),
            status: 'queued',
            openedAt: at,
          },
          seq: stored.seq,
        },
      ];
    case 'conversation.message_received':
      return [
        update(event.conversationId, { lastIncomingAt: at }),
        message(stored, event.conversationId, { id: event.messageId, kind: 'incoming', text: event.text }),
      ];
    case 'conversation.reply_sent':
      return [
        update(event.conversationId, { lastOutgoingAt: at }),
        message(stored, event.conversationId, {
          id: event.messageId,
          kind: 'reply',
          text: event.text,
          userId: event.userId,
        }),
      ];
    case 'conversation.note_added':
      return [
        message(stored, event.conversationId, {
          id: event.noteId,
          kind: event.kind,
          text: event.text,
          userId: event.userId,
        }),
      ];
    case 'conversation.queued':
      return [
        update(event.conversationId, {
          status: 'queued',
          departmentId: event.departmentId,
          assigneeId: null,
        }),
      ];
    case 'conversation.assigned':
      return [update(event.conversationId, { status: 'assigned', assigneeId: event.userId })];
    case 'conversation.unassigned':
      return [update(event.conversationId, { status: 'queued', assigneeId: null })];
    case 'conversation.pending':
      return [update(event.conversationId, { status: 'pending', assigneeId: event.userId })];
    case 'conversation.transferred':
      return [
        update(event.conversationId, {
          ...(event.to.kind === 'department' ? { departmentId: event.to.departmentId } : {}),
          transfer: {
            ...(event.fromUserId ? { fromUserId: event.fromUserId } : {}),
            ...(event.by ? { by: event.by } : {}),
            ...(event.byKey ? { byKey: event.byKey } : {}),
            ...(event.reason ? { reason: event.reason } : {}),
            to: event.to,
            at,
          },
        }),
      ];
    case 'conversation.held':
      return [update(event.conversationId, { status: 'on_hold' })];
    case 'conversation.resumed':
      return [update(event.conversationId, { status: 'assigned' })];
    case 'conversation.resolved':
      // The agent who had it stays on the record; a queued or pending one had nobody.
      return [
        update(event.conversationId, {
          status: 'resolved',
          resolvedAt: at,
          resolvedBy: event.userId ?? null,
          assigneeId: event.assigneeId ?? null,
        }),
      ];
    default:
      return [];
  }
}
