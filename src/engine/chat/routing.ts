import { type ChatPool, routingIndex } from '../routing/availability.ts';
import { narrowedCursor, qualifiedChatPool } from '../routing/qualified.ts';
import { conversationSkills, explainSkills } from '../routing/requirements.ts';
import type { EffectiveSkill } from '../routing/skills.ts';
import { chatUnavailable } from '../routing/unavailable.ts';
import type { WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import type { CandidateExplanation } from '../voice/events.ts';
import { type DepartmentChatSettings, defaultChatSettings } from './conversation.ts';

const listedMax = 5;

export const chatSettingsOf = (state: WorkspaceState, departmentId: string): DepartmentChatSettings =>
  state.chatSettings[departmentId] ?? defaultChatSettings;

export { chatUnavailable } from '../routing/unavailable.ts';

export interface Choice {
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

/** Unavailable members at positions [from, to): reasons for the first few, a count for the rest. */
function passOver(pool: ChatPool, choice: Choice, from: number, to: number): void {
  let position = from;
  for (; position < to && choice.candidates.length < listedMax; position += 1) {
    explain(choice, pool.ids[position]!, pool.reasons[position], false);
  }
  choice.unlisted += to - position;
}

function chosen(pool: ChatPool, choice: Choice, position: number, fullPosition?: Int32Array): Choice {
  const userId = pool.ids[position]!;
  explain(choice, userId, undefined, true);
  return { ...choice, userId, position: fullPosition ? fullPosition[position]! : position };
}

/** round_robin: the first member with room after the one given a conversation last. */
function nextInTurn(
  state: WorkspaceState,
  departmentId: string,
  pool: ChatPool,
  fullPosition: Int32Array | undefined,
): Choice {
  const choice: Choice = { candidates: [], unlisted: 0 };
  const size = pool.ids.length;
  if (size === 0) return choice;
  const last = narrowedCursor(fullPosition, state.rotation[`department:${departmentId}`] ?? -1);
  const start = (last + 1) % size;
  const after = pool.free.nextFrom(start);
  if (after !== -1) {
    passOver(pool, choice, start, after);
    return chosen(pool, choice, after, fullPosition);
  }
  passOver(pool, choice, start, size);
  const wrapped = pool.free.nextFrom(0);
  passOver(pool, choice, 0, wrapped === -1 || wrapped >= start ? start : wrapped);
  return wrapped === -1 || wrapped >= start ? choice : chosen(pool, choice, wrapped, fullPosition);
}

/** least_busy: the member with room and the fewest open conversations (ties: member order). */
function leastBusy(pool: ChatPool, fullPosition: Int32Array | undefined): Choice {
  const choice: Choice = { candidates: [], unlisted: 0 };
  const busy = pool.ids.length - pool.free.count;
  // Reasons are words: build them only for the members the event will list.
  let listed = 0;
  for (; listed < busy && choice.candidates.length < listedMax; listed += 1) {
    const position = pool.free.kthAbsent(listed);
    explain(choice, pool.ids[position]!, pool.reasons[position], false);
  }
  choice.unlisted += busy - listed;
  const best = pool.byLoad.first();
  return best === undefined ? choice : chosen(pool, choice, best, fullPosition);
}

export function choose(state: WorkspaceState, departmentId: string): Choice {
  const { unqualified: _none, ...choice } = chooseQualified(state, departmentId, []);
  return choice;
}

/** R1: with skills required, only the department's qualified members (qualified.ts) are chosen from. */
export function chooseQualified(
  state: WorkspaceState,
  departmentId: string,
  required: readonly EffectiveSkill[] = [],
): Choice & { unqualified: number } {
  const index = routingIndex(state);
  const whole = index.chat.get(departmentId);
  if (!whole) return { candidates: [], unlisted: 0, unqualified: 0 };
  const { pool, fullPosition, unqualified } = qualifiedChatPool(state, index, departmentId, whole, required);
  if (chatSettingsOf(state, departmentId).strategy === 'round_robin')
    return { ...nextInTurn(state, departmentId, pool, fullPosition), unqualified };
  const choice = leastBusy(pool, fullPosition);
  return { ...choice, unqualified };
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
  const conversation = tx.state.conversations[conversationId];
  const skills = conversation && conversationSkills(tx.state, conversation, departmentId, tx.now);
  const choice = chooseQualified(tx.state, departmentId, skills?.required);
  const explained = skills && explainSkills(skills, choice.unqualified);
  tx.emit({
    type: 'conversation.routed',
    conversationId,
    departmentId,
    strategy: settings.strategy,
    candidates: choice.candidates,
    ...(choice.unlisted > 0 ? { unlisted: choice.unlisted } : {}),
    ...(explained ? { skills: explained } : {}),
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
  // With no conversation queued anywhere there is no department to serve, and no need for the
  // routing index: building workspaces user by user would otherwise rebuild it per user (N²).
  const anyQueued = someChatQueued(tx);
  for (const userId of userIds) {
    for (const conversationId of [...(tx.state.pendingFor[userId] ?? [])]) {
      if (chatUnavailable(tx.state.users[userId])) break;
      tx.emit({ type: 'conversation.assigned', conversationId, userId, by: 'transfer' });
    }
    if (!anyQueued) continue;
    for (const departmentId of routingIndex(tx.state).departmentsOf.get(userId) ?? [])
      serveDepartment(tx, departmentId);
  }
}

function someChatQueued(tx: Tx): boolean {
  for (const departmentId in tx.state.chatQueues)
    if ((tx.state.chatQueues[departmentId]?.length ?? 0) > 0) return true;
  return false;
}

/** While the department has waiting conversations and an agent with room, the oldest goes first. */
export function serveDepartment(tx: Tx, departmentId: string): void {
  if (chatSettingsOf(tx.state, departmentId).strategy === 'manual') return;
  for (;;) {
    const next = tx.state.chatQueues[departmentId]?.[0];
    const waiting = next ? tx.state.conversations[next] : undefined;
    // A queue only ever holds its own waiting conversations; anything else is a bug, not a reason to spin.
    if (waiting?.status !== 'queued' || waiting.departmentId !== departmentId) return;
    const skills = conversationSkills(tx.state, waiting, departmentId, tx.now);
    const choice = chooseQualified(tx.state, departmentId, skills.required);
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
