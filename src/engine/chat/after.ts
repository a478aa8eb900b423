import type { Event } from '../events.ts';
import type { Tx } from '../tx.ts';
import { chatSettingsOf, routeConversation, serveAgents, serveDepartment } from './routing.ts';

/** An agent went offline: their open conversations follow each department's rule (keep, requeue or reassign). */
function handleStranded(tx: Tx, userId: string): void {
  for (const conversation of Object.values(tx.state.conversations)) {
    if (
      conversation.assigneeId !== userId ||
      (conversation.status !== 'assigned' && conversation.status !== 'on_hold')
    )
      continue;
    const departmentId = conversation.departmentId;
    const rule = departmentId ? chatSettingsOf(tx.state, departmentId).onAgentOffline : 'keep';
    if (rule === 'keep' || !departmentId) continue;
    tx.emit({
      type: 'conversation.unassigned',
      conversationId: conversation.id,
      userId,
      reason: 'agent_offline',
    });
    if (rule === 'reassign') routeConversation(tx, conversation.id, departmentId);
    else
      tx.emit({
        type: 'conversation.queued',
        conversationId: conversation.id,
        departmentId,
        position: (tx.state.chatQueues[departmentId]?.length ?? 0) + 1,
      });
  }
}

/** The set with the value added: a new set when there was none yet. */
function withAdded(set: Set<string> | undefined, value: string): Set<string> {
  const result = set ?? new Set<string>();
  result.add(value);
  return result;
}

/** The agent this event may give room for a conversation, if any. */
function chatFreedBy(event: Event): string | undefined {
  // A switch reads the type once (an event's fields are generic look-ups: events have many shapes).
  switch (event.type) {
    case 'conversation.resolved':
      return event.assigneeId || undefined;
    case 'conversation.unassigned':
      return event.userId;
    case 'presence.changed':
      return event.to === 'online' ? event.userId : undefined;
    case 'user.updated':
      return event.changes.capacity || event.changes.skills || event.departmentIds ? event.userId : undefined;
    case 'user.created':
      return event.user.id;
    case 'wrap_up.ended':
      return event.channel === 'chat' ? event.userId : undefined;
    default:
      return undefined;
  }
}

/**
 * Agents who may have room for a conversation because of these events; none (no set made: this
 * runs after every decision, and most free nobody for chat) is undefined.
 */
function freedChatAgents(events: readonly Event[], count: number): Set<string> | undefined {
  let freed: Set<string> | undefined;
  for (let index = 0; index < count; index += 1) {
    const userId = chatFreedBy(events[index]!);
    if (userId !== undefined) freed = withAdded(freed, userId);
  }
  return freed;
}

/** Departments whose queue may now be served: new members, or a strategy that is no longer manual. */
function changedDepartments(events: readonly Event[], count: number): Set<string> | undefined {
  let changed: Set<string> | undefined;
  for (let index = 0; index < count; index += 1) {
    const event = events[index]!;
    switch (event.type) {
      case 'department.updated':
        if (event.memberIds) changed = withAdded(changed, event.departmentId);
        break;
      case 'chat.department_configured':
        changed = withAdded(changed, event.departmentId);
        break;
    }
  }
  return changed;
}

/**
 * Runs after every decision (like the voice queue): stranded conversations move, and any
 * capacity freed is used at once, so no conversation waits while an agent of its
 * department has room.
 */
export function afterChatEvents(tx: Tx): void {
  // The events as they stood on entry (handling stranded conversations emits more); indexes,
  // not copies, since this runs after every decision.
  const decided = tx.events.length;
  for (let index = 0; index < decided; index += 1) {
    const event = tx.events[index]!;
    if (event.type === 'presence.changed' && event.to === 'offline') handleStranded(tx, event.userId);
  }
  const freed = freedChatAgents(tx.events, tx.events.length);
  if (freed) serveAgents(tx, freed);
  for (const departmentId of changedDepartments(tx.events, decided) ?? []) serveDepartment(tx, departmentId);
}
