import type { WorkspaceState } from '../state.ts';
import { type Conversation, recentMessageIdsKept } from './conversation.ts';
import type { ChatEvent } from './events.ts';

function leaveQueue(state: WorkspaceState, conversation: Conversation): void {
  // Only conversation.queued puts one in a queue, and it sets queuedAt: a new conversation has none to leave.
  if (conversation.status !== 'queued' || !conversation.departmentId || conversation.queuedAt === undefined)
    return;
  const queue = state.chatQueues[conversation.departmentId];
  // Refilling a freed slot takes the head: drop it without copying a 10,000-deep queue.
  if (queue?.[0] === conversation.id) queue.shift();
  else if (queue) state.chatQueues[conversation.departmentId] = queue.filter((id) => id !== conversation.id);
}

/** Out of an agent's pending list, whatever happens to it next. */
function leavePending(state: WorkspaceState, conversation: Conversation): void {
  if (conversation.status !== 'pending' || !conversation.assigneeId) return;
  const list = state.pendingFor[conversation.assigneeId]?.filter((id) => id !== conversation.id) ?? [];
  if (list.length > 0) state.pendingFor[conversation.assigneeId] = list;
  else delete state.pendingFor[conversation.assigneeId];
}

/** Conversations assigned or on hold take a slot of the agent's chat capacity; queued and pending ones do not. */
function releaseSlot(state: WorkspaceState, conversation: Conversation): void {
  if (conversation.status !== 'assigned' && conversation.status !== 'on_hold') return;
  const user = conversation.assigneeId ? state.users[conversation.assigneeId] : undefined;
  if (user) user.chatSessions -= 1;
}

export function evolveChat(state: WorkspaceState, event: ChatEvent, at: number): WorkspaceState {
  if (event.type === 'chat.department_configured') {
    state.chatSettings[event.departmentId] = event.settings;
    return state;
  }
  if (event.type === 'conversation.opened') {
    state.conversations[event.conversationId] = {
      id: event.conversationId,
      channel: event.channel,
      contact: event.contact,
      ...(event.departmentId ? { departmentId: event.departmentId } : {}),
      status: 'queued',
      openedAt: at,
      recentMessageIds: [],
    };
    return state;
  }
  const conversation = state.conversations[event.conversationId];
  if (!conversation) return state;
  switch (event.type) {
    case 'conversation.message_received':
      conversation.lastIncomingAt = at;
      conversation.recentMessageIds.push(event.messageId);
      if (conversation.recentMessageIds.length > recentMessageIdsKept) conversation.recentMessageIds.shift();
      break;
    case 'conversation.reply_sent':
      conversation.lastOutgoingAt = at;
      break;
    case 'conversation.queued':
      leavePending(state, conversation);
      leaveQueue(state, conversation);
      releaseSlot(state, conversation);
      conversation.status = 'queued';
      conversation.departmentId = event.departmentId;
      conversation.assigneeId = undefined;
      conversation.queuedAt ??= at;
      if (!state.chatQueues[event.departmentId]) state.chatQueues[event.departmentId] = [];
      state.chatQueues[event.departmentId]!.push(conversation.id);
      break;
    case 'conversation.assigned': {
      leavePending(state, conversation);
      leaveQueue(state, conversation);
      releaseSlot(state, conversation);
      conversation.status = 'assigned';
      conversation.assigneeId = event.userId;
      conversation.queuedAt = undefined;
      const user = state.users[event.userId];
      if (user) user.chatSessions += 1;
      if (event.position !== undefined && conversation.departmentId)
        state.rotation[`department:${conversation.departmentId}`] = event.position;
      break;
    }
    case 'conversation.unassigned':
      leavePending(state, conversation);
      releaseSlot(state, conversation);
      conversation.assigneeId = undefined;
      conversation.status = 'queued';
      break;
    case 'conversation.transferred':
      // Out of the old department's queue before it belongs to the new one.
      leaveQueue(state, conversation);
      conversation.transfer = {
        ...(event.fromUserId ? { fromUserId: event.fromUserId } : {}),
        ...(event.by ? { by: event.by } : {}),
        ...(event.byKey ? { byKey: { ...event.byKey } } : {}),
        ...(event.reason ? { reason: event.reason } : {}),
        at,
      };
      if (event.to.kind === 'department') conversation.departmentId = event.to.departmentId;
      break;
    case 'conversation.pending':
      leavePending(state, conversation);
      leaveQueue(state, conversation);
      releaseSlot(state, conversation);
      conversation.status = 'pending';
      conversation.assigneeId = event.userId;
      if (!state.pendingFor[event.userId]) state.pendingFor[event.userId] = [];
      state.pendingFor[event.userId]!.push(conversation.id);
      break;
    case 'conversation.held':
      conversation.status = 'on_hold';
      break;
    case 'conversation.resumed':
      conversation.status = 'assigned';
      break;
    case 'conversation.resolved':
      leavePending(state, conversation);
      leaveQueue(state, conversation);
      releaseSlot(state, conversation);
      delete state.conversations[conversation.id];
      break;
  }
  return state;
}
