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

/** The agent the decision's event at `index` may give room for a conversation, if any. */
function chatFreedBy(tx: Tx, index: number): string | undefined {
  // By the types beside the events (Tx.types): reading each event's type is a generic look-up.
  switch (tx.types[index]) {
    case 'conversation.resolved':
      return tx.eventOf(index, 'conversation.resolved').assigneeId || undefined;
    case 'conversation.unassigned':
      return tx.eventOf(index, 'conversation.unassigned').userId;
    case 'presence.changed': {
      const event = tx.eventOf(index, 'presence.changed');
      return event.to === 'online' ? event.userId : undefined;
    }
    case 'user.updated': {
      const event = tx.eventOf(index, 'user.updated');
      return event.changes.capacity || event.changes.skills || event.departmentIds ? event.userId : undefined;
    }
    case 'user.created':
      return tx.eventOf(index, 'user.created').user.id;
    case 'wrap_up.ended': {
      const event = tx.eventOf(index, 'wrap_up.ended');
      return event.channel === 'chat' ? event.userId : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Agents who may have room for a conversation because of the decision's first `count` events;
 * none (no set made: this runs after every decision, and most free nobody for chat) is undefined.
 */
function freedChatAgents(tx: Tx, count: number): Set<string> | undefined {
  let freed: Set<string> | undefined;
  for (let index = 0; index < count; index += 1) {
    const userId = chatFreedBy(tx, index);
    if (userId !== undefined) freed = withAdded(freed, userId);
  }
  return freed;
}

/** Departments whose queue may now be served: new members, or a strategy that is no longer manual. */
function changedDepartments(tx: Tx, count: number): Set<string> | undefined {
  let changed: Set<string> | undefined;
  for (let index = 0; index < count; index += 1) {
    switch (tx.types[index]) {
      case 'department.updated': {
        const event = tx.eventOf(index, 'department.updated');
        if (event.memberIds) changed = withAdded(changed, event.departmentId);
        break;
      }
      case 'chat.department_configured':
        changed = withAdded(changed, tx.eventOf(index, 'chat.department_configured').departmentId);
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
    if (tx.types[index] !== 'presence.changed') continue;
    const event = tx.eventOf(index, 'presence.changed');
    if (event.to === 'offline') handleStranded(tx, event.userId);
  }
  const freed = freedChatAgents(tx, tx.events.length);
  if (freed) serveAgents(tx, freed);
  for (const departmentId of changedDepartments(tx, decided) ?? []) serveDepartment(tx, departmentId);
}
