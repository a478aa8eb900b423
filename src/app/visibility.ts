import type { WorkspaceState } from '../engine/state.ts';
import { departmentsOf } from '../engine/workspace/users.ts';
import { type Principal, seesAll } from './principal.ts';

/**
 * Who may see a conversation or a call (W2, X1): the one rule the REST reads and the
 * real-time stream both apply. Supervisors and admins see their whole workspace; an agent
 * sees their own conversations and calls and the queues of their departments; an agent-role
 * API key stands for no user, so it has none of its own.
 */
export type Viewer =
  | { kind: 'all' }
  | { kind: 'agent'; userId: string; departmentIds: ReadonlySet<string> }
  | { kind: 'nobody' };

/** `state` gives an agent's departments, whose queues they see; calls do not need it. */
export function viewerOf(principal: Principal, state?: WorkspaceState): Viewer {
  if (seesAll(principal)) return { kind: 'all' };
  if (principal.kind !== 'user') return { kind: 'nobody' };
  const departmentIds = new Set(state ? departmentsOf(state, principal.userId) : []);
  return { kind: 'agent', userId: principal.userId, departmentIds };
}

/** What the rule reads of a conversation: the live one and the stored record both have it. */
export interface ConversationFacts {
  /** The agent who has it, or (pending, C5) in whose pending list it waits. */
  assigneeId?: string;
  status: string;
  departmentId?: string;
}

/** An agent sees the conversations that are theirs (assigned, on hold, pending) and those queued in their departments. */
export function mayViewConversation(viewer: Viewer, conversation: ConversationFacts): boolean {
  if (viewer.kind !== 'agent') return viewer.kind === 'all';
  if (conversation.assigneeId === viewer.userId) return true;
  return (
    conversation.status === 'queued' &&
    conversation.departmentId !== undefined &&
    viewer.departmentIds.has(conversation.departmentId)
  );
}

/** What the rule reads of a call. */
export interface CallFacts {
  /** The agent who answered it. */
  agentId?: string;
  /** The users with a leg on it now (ringing or connected). */
  onNow: Iterable<string>;
  /** Whether the viewer took part before (was rung, placed it, transferred it): the caller knows. */
  tookPart?: boolean;
}

/** An agent sees the calls they answered, ring or are on now, or took part in before. */
export function mayViewCall(viewer: Viewer, call: CallFacts): boolean {
  if (viewer.kind !== 'agent') return viewer.kind === 'all';
  if (call.agentId === viewer.userId || call.tookPart === true) return true;
  for (const userId of call.onNow) if (userId === viewer.userId) return true;
  return false;
}

/** The users with a live (not ended) leg on a call. */
export const usersOnCall = (legs: Iterable<{ userId?: string; status: string }>): string[] =>
  [...legs].flatMap((leg) => (leg.userId !== undefined && leg.status !== 'ended' ? [leg.userId] : []));

/**
 * W8, V8: an agent works the numbers assigned to them (they see them, and hear their
 * voicemails whether or not they were rung); supervisors and admins every number.
 */
export function mayUseNumber(viewer: Viewer, number: { assignedUserIds: readonly string[] }): boolean {
  if (viewer.kind !== 'agent') return viewer.kind === 'all';
  return number.assignedUserIds.includes(viewer.userId);
}

/** R3: an agent follows the callbacks offered to them or placed by them. */
export function mayViewCallback(viewer: Viewer, callback: { userId?: string }): boolean {
  if (viewer.kind !== 'agent') return viewer.kind === 'all';
  return callback.userId === viewer.userId;
}
