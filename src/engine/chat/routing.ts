import type { User, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import type { CandidateExplanation } from '../voice/events.ts';
import { type DepartmentChatSettings, defaultChatSettings } from './conversation.ts';

const listedMax = 20;

export const chatSettingsOf = (state: WorkspaceState, departmentId: string): DepartmentChatSettings =>
  state.chatSettings[departmentId] ?? defaultChatSettings;

/** Can this agent take a new conversation now? (W5: only online agents, within chat capacity.) */
const hasChatRoom = (user: User | undefined) =>
  user?.presence === 'online' && user.chatSessions < user.capacity.chat;

/** Why an agent cannot take a new conversation now; undefined means they can (W5: only online agents). */
export function chatUnavailable(user: User | undefined): string | undefined {
  if (!user) return 'no longer a user';
  if (user.presence !== 'online') return `presence is ${user.presence}`;
  if (user.chatSessions >= user.capacity.chat)
    return `chat capacity ${user.chatSessions}/${user.capacity.chat} is full`;
  return undefined;
}

interface Choice {
  userId?: string;
  position?: number;
  candidates: CandidateExplanation[];
  unlisted: number;
}

const explain = (choice: Choice, userId: string, reason: string | undefined, offered: boolean) => {
  if (choice.candidates.length >= listedMax) {
    choice.unlisted += 1;
    return;
  }
  choice.candidates.push({
    userId,
    offered,
    reason: reason ?? (offered ? 'available' : 'available, not chosen'),
  });
};

/** round_robin: the first member with room after the one given a conversation last. */
function nextInTurn(state: WorkspaceState, departmentId: string, members: string[]): Choice {
  const last = state.rotation[`department:${departmentId}`] ?? -1;
  const choice: Choice = { candidates: [], unlisted: 0 };
  for (let i = 0; i < members.length; i += 1) {
    const position = (last + 1 + i) % members.length;
    const userId = members[position]!;
    const user = state.users[userId];
    if (hasChatRoom(user)) {
      explain(choice, userId, undefined, true);
      return { ...choice, userId, position };
    }
    if (choice.candidates.length < listedMax) explain(choice, userId, chatUnavailable(user), false);
    else choice.unlisted += 1;
  }
  return choice;
}

/** least_busy: one pass for the member with room and the fewest open conversations (ties: member order). */
function leastBusy(state: WorkspaceState, members: string[]): Choice {
  const choice: Choice = { candidates: [], unlisted: 0 };
  let best: { userId: string; position: number; load: number } | undefined;
  members.forEach((userId, position) => {
    const user = state.users[userId];
    if (hasChatRoom(user)) {
      if (!best || user!.chatSessions < best.load) best = { userId, position, load: user!.chatSessions };
      return;
    }
    // Reasons are words: build them only for the members the event will list.
    if (choice.candidates.length < listedMax) explain(choice, userId, chatUnavailable(user), false);
    else choice.unlisted += 1;
  });
  if (!best) return choice;
  explain(choice, best.userId, undefined, true);
  return { ...choice, userId: best.userId, position: best.position };
}

function choose(state: WorkspaceState, departmentId: string): Choice {
  const members = state.departments[departmentId]?.memberIds ?? [];
  if (chatSettingsOf(state, departmentId).strategy === 'round_robin')
    return nextInTurn(state, departmentId, members);
  return leastBusy(state, members);
}

/** Hands a conversation to its department: an agent with room by the department's strategy, or its queue. */
export function routeConversation(tx: Tx, conversationId: string, departmentId: string): void {
  const settings = chatSettingsOf(tx.state, departmentId);
  if (settings.strategy === 'manual') {
    tx.emit({
      type: 'conversation.routed',
      conversationId,
      departmentId,
      strategy: 'manual',
      candidates: [],
    });
    return enqueue(tx, conversationId, departmentId);
  }
  const choice = choose(tx.state, departmentId);
  tx.emit({
    type: 'conversation.routed',
    conversationId,
    departmentId,
    strategy: settings.strategy,
    candidates: choice.candidates,
    ...(choice.unlisted > 0 ? { unlisted: choice.unlisted } : {}),
  });
  if (!choice.userId) return enqueue(tx, conversationId, departmentId);
  tx.emit({
    type: 'conversation.assigned',
    conversationId,
    userId: choice.userId,
    by: 'routing',
    position: choice.position,
  });
}

function enqueue(tx: Tx, conversationId: string, departmentId: string): void {
  const position = (tx.state.chatQueues[departmentId]?.length ?? 0) + 1;
  tx.emit({ type: 'conversation.queued', conversationId, departmentId, position });
}

/**
 * Capacity freed for these agents: first the conversations waiting in their own pending
 * lists (C5), then the oldest of their departments' queues, until they are full.
 */
export function serveAgents(tx: Tx, userIds: Set<string>): void {
  for (const userId of userIds) {
    for (const conversationId of [...(tx.state.pendingFor[userId] ?? [])]) {
      if (chatUnavailable(tx.state.users[userId])) break;
      tx.emit({ type: 'conversation.assigned', conversationId, userId, by: 'transfer' });
    }
    const departments = Object.values(tx.state.departments).filter((department) =>
      department.memberIds.includes(userId),
    );
    for (const department of departments) serveDepartment(tx, department.id);
  }
}

/** While the department has waiting conversations and an agent with room, the oldest goes first. */
export function serveDepartment(tx: Tx, departmentId: string): void {
  if (chatSettingsOf(tx.state, departmentId).strategy === 'manual') return;
  for (;;) {
    const next = tx.state.chatQueues[departmentId]?.[0];
    const waiting = next ? tx.state.conversations[next] : undefined;
    // A queue only ever holds its own waiting conversations; anything else is a bug, not a reason to spin.
    if (waiting?.status !== 'queued' || waiting.departmentId !== departmentId) return;
    const choice = choose(tx.state, departmentId);
    if (!choice.userId) return;
    tx.emit({
      type: 'conversation.assigned',
      conversationId: next,
      userId: choice.userId,
      by: 'routing',
      position: choice.position,
    });
  }
}
