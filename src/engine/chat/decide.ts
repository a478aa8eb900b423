import { conflict, DomainError, invalid, notFound } from '../../domain/errors.ts';
import { requiredText } from '../../domain/text.ts';
import { unhandledCommand } from '../command-routing.ts';
import type { WorkspaceState } from '../state.ts';
import type { Actor, Tx } from '../tx.ts';
import { requireDepartment } from '../workspace/departments.ts';
import { settleAfterSession } from '../workspace/presence.ts';
import { requireUser } from '../workspace/users.ts';
import { wrapUpAfterConversation } from '../workspace/wrap-up.ts';
import type { Conversation, KeyActor } from './conversation.ts';
import type { ChatCommand } from './events.ts';
import { chatSettingsOf, chatUnavailable, routeConversation } from './routing.ts';

const maxText = 10_000;

function requireConversation(state: WorkspaceState, conversationId: string): Conversation {
  const conversation = state.conversations[conversationId];
  if (!conversation) throw notFound('open conversation', conversationId, 'conversationId');
  return conversation;
}

/** Where a new conversation goes when the channel names no department: the first by name. */
function defaultDepartment(state: WorkspaceState): string | undefined {
  return Object.values(state.departments).sort((a, b) => a.name.localeCompare(b.name))[0]?.id;
}

function incoming(tx: Tx, command: Extract<ChatCommand, { type: 'conversation.incoming' }>): void {
  const text = requiredText(command.text, 'text', maxText);
  const existing = tx.state.conversations[command.conversationId];
  if (existing) {
    // A retried delivery of the same channel message is acknowledged, never duplicated.
    if (existing.recentMessageIds.includes(command.channelMessageId)) return;
    tx.emit({
      type: 'conversation.message_received',
      conversationId: existing.id,
      messageId: command.channelMessageId,
      text,
    });
    return;
  }
  if (command.departmentId) requireDepartment(tx.state, command.departmentId);
  const address = requiredText(command.contact.address, 'contact.address');
  const departmentId = command.departmentId ?? defaultDepartment(tx.state);
  tx.emit({
    type: 'conversation.opened',
    conversationId: command.conversationId,
    channel: requiredText(command.channel, 'channel', 50),
    contact: { ...command.contact, address },
    ...(departmentId ? { departmentId } : {}),
    ...(command.reopen ? { reopened: true } : {}),
  });
  tx.emit({
    type: 'conversation.message_received',
    conversationId: command.conversationId,
    messageId: command.channelMessageId,
    text,
  });
  if (!departmentId) return;
  const previous = command.reopen?.previousAssigneeId;
  const member = previous && tx.state.departments[departmentId]?.memberIds.includes(previous);
  if (member && !chatUnavailable(tx.state.users[previous])) {
    tx.emit({
      type: 'conversation.routed',
      conversationId: command.conversationId,
      departmentId,
      strategy: 'previous_agent',
      candidates: [{ userId: previous, offered: true, reason: 'reopened: back to the agent who had it' }],
    });
    tx.emit({
      type: 'conversation.assigned',
      conversationId: command.conversationId,
      userId: previous,
      by: 'routing',
    });
    return;
  }
  // A reopened conversation whose agent is away is routed again like a new one.
  routeConversation(tx, command.conversationId, departmentId);
}

/** Agents act on their own conversations; supervisors and admins on any (W2). */
function checkActor(tx: Tx, conversation: Conversation, userId: string | undefined): void {
  if (!userId || tx.actor.kind !== 'user') return;
  const actor = tx.state.users[tx.actor.userId];
  if (actor && actor.role !== 'agent') return;
  if (conversation.assigneeId !== tx.actor.userId)
    throw new DomainError('forbidden', 'agents act only on conversations assigned to them', 'conversationId');
}

function keyActor(actor: Actor): KeyActor | undefined {
  if (actor.kind === 'admin') return { kind: 'admin' };
  if (actor.kind === 'api_key') return { kind: 'api_key', keyId: actor.keyId };
  return undefined;
}

function transfer(tx: Tx, command: Extract<ChatCommand, { type: 'conversation.transfer' }>): void {
  const conversation = requireConversation(tx.state, command.conversationId);
  checkActor(tx, conversation, command.by);
  const reason = command.reason === undefined ? undefined : requiredText(command.reason, 'reason', 1000);
  const { to } = command;
  if (to.kind === 'department') requireDepartment(tx.state, to.departmentId, 'to.departmentId');
  else requireUser(tx.state, to.userId, 'to.userId');
  if (to.kind === 'agent' && to.userId === conversation.assigneeId && conversation.status === 'assigned')
    throw conflict('the conversation is already with that agent', 'to.userId');
  const fromUserId = conversation.assigneeId;
  // C4: "from" is whose it was; who transferred it is the user, or else the key that did.
  const byKey = command.by ? undefined : keyActor(tx.actor);
  tx.emit({
    type: 'conversation.transferred',
    conversationId: conversation.id,
    ...(command.by ? { by: command.by } : {}),
    ...(byKey ? { byKey } : {}),
    ...(fromUserId ? { fromUserId } : {}),
    to,
    ...(reason ? { reason } : {}),
  });
  // C3: the reason goes into the conversation as an internal message the contact never sees.
  if (reason)
    tx.emit({
      type: 'conversation.note_added',
      conversationId: conversation.id,
      noteId: command.noteId,
      userId: command.by,
      text: reason,
      kind: 'transfer_reason',
    });
  if (fromUserId && conversation.status !== 'pending')
    tx.emit({
      type: 'conversation.unassigned',
      conversationId: conversation.id,
      userId: fromUserId,
      reason: 'transfer',
    });
  if (to.kind === 'department') routeConversation(tx, conversation.id, to.departmentId);
  else if (chatUnavailable(tx.state.users[to.userId]))
    tx.emit({ type: 'conversation.pending', conversationId: conversation.id, userId: to.userId });
  else
    tx.emit({
      type: 'conversation.assigned',
      conversationId: conversation.id,
      userId: to.userId,
      by: 'transfer',
    });
  if (fromUserId) settleAfterSession(tx, fromUserId);
}

function assign(tx: Tx, command: Extract<ChatCommand, { type: 'conversation.assign' }>): void {
  const conversation = requireConversation(tx.state, command.conversationId);
  const user = requireUser(tx.state, command.userId);
  if (conversation.status === 'assigned' || conversation.status === 'on_hold')
    throw conflict(
      `the conversation is already with ${tx.state.users[conversation.assigneeId!]?.name ?? 'an agent'}`,
      'conversationId',
    );
  const reason = chatUnavailable(user);
  if (reason) throw conflict(`${user.name} cannot take it: ${reason}`, 'userId');
  const by = command.by && command.by !== user.id ? 'supervisor' : 'pull';
  tx.emit({ type: 'conversation.assigned', conversationId: conversation.id, userId: user.id, by });
}

function resolve(tx: Tx, conversation: Conversation, userId: string | undefined): void {
  checkActor(tx, conversation, userId);
  const assigneeId =
    conversation.status === 'assigned' || conversation.status === 'on_hold'
      ? conversation.assigneeId
      : undefined;
  tx.emit({
    type: 'conversation.resolved',
    conversationId: conversation.id,
    ...(userId ? { userId } : {}),
    ...(assigneeId ? { assigneeId } : {}),
  });
  if (assigneeId) wrapUpAfterConversation(tx, assigneeId, conversation.id, conversation.departmentId);
  if (assigneeId) settleAfterSession(tx, assigneeId);
}

export function decideChat(tx: Tx, command: ChatCommand): void {
  switch (command.type) {
    case 'chat.configure_department': {
      requireDepartment(tx.state, command.departmentId);
      const settings = { ...chatSettingsOf(tx.state, command.departmentId), ...command.settings };
      if (!['least_busy', 'round_robin', 'manual'].includes(settings.strategy))
        throw invalid('strategy', 'strategy must be least_busy, round_robin or manual');
      if (!['keep', 'requeue', 'reassign'].includes(settings.onAgentOffline))
        throw invalid('onAgentOffline', 'onAgentOffline must be keep, requeue or reassign');
      tx.emit({ type: 'chat.department_configured', departmentId: command.departmentId, settings });
      return;
    }
    case 'conversation.incoming':
      return incoming(tx, command);
    case 'conversation.transfer':
      return transfer(tx, command);
    case 'conversation.assign':
      return assign(tx, command);
  }
  const conversation = requireConversation(tx.state, command.conversationId);
  switch (command.type) {
    case 'conversation.reply': {
      checkActor(tx, conversation, command.userId);
      const text = requiredText(command.text, 'text', maxText);
      tx.emit({
        type: 'conversation.reply_sent',
        conversationId: conversation.id,
        messageId: command.messageId,
        userId: command.userId,
        text,
      });
      return;
    }
    case 'conversation.note': {
      const text = requiredText(command.text, 'text', maxText);
      tx.emit({
        type: 'conversation.note_added',
        conversationId: conversation.id,
        noteId: command.noteId,
        userId: command.userId,
        text,
        kind: 'note',
      });
      return;
    }
    case 'conversation.hold':
      checkActor(tx, conversation, command.userId);
      if (conversation.status !== 'assigned')
        throw conflict('only an assigned conversation can be put on hold', 'conversationId');
      tx.emit({
        type: 'conversation.held',
        conversationId: conversation.id,
        ...(command.userId ? { userId: command.userId } : {}),
      });
      return;
    case 'conversation.resume':
      checkActor(tx, conversation, command.userId);
      if (conversation.status !== 'on_hold')
        throw conflict('the conversation is not on hold', 'conversationId');
      tx.emit({
        type: 'conversation.resumed',
        conversationId: conversation.id,
        ...(command.userId ? { userId: command.userId } : {}),
      });
      return;
    case 'conversation.resolve':
      return resolve(tx, conversation, command.userId);
    default:
      return unhandledCommand(command);
  }
}
