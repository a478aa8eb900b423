import type { Event, StoredEvent } from '../../engine/events.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { departmentsOf } from '../../engine/workspace/users.ts';
import { mayViewConversation, type Viewer } from '../visibility.ts';

/**
 * What a stream remembers to show an agent their conversations (X1, C4): the engine forgets
 * a conversation once it is resolved, and an event does not always say whose it is.
 */
export interface ConversationViewer {
  /** The agent's: assigned to them, on hold, or waiting in their pending list (C5). */
  conversations?: Set<string>;
  /** Waiting in the queue of one of the agent's departments. */
  queued?: Set<string>;
  /** The agent's departments, whose queues they see. */
  departments?: ReadonlySet<string>;
}

type ConversationEvent = Extract<Event, { type: `conversation.${string}` }>;

const isConversationEvent = (event: Event): event is ConversationEvent =>
  event.type.startsWith('conversation.');

/** The user an event hands the conversation to: assigned to them, or put in their pending list. */
function receiverOf(event: Event): string | undefined {
  if (event.type === 'conversation.assigned' || event.type === 'conversation.pending') return event.userId;
  return undefined;
}

/** Does the event itself name this user as a party to the conversation? */
function names(event: ConversationEvent, userId: string): boolean {
  switch (event.type) {
    case 'conversation.assigned':
    case 'conversation.pending':
    case 'conversation.unassigned':
      return event.userId === userId;
    case 'conversation.transferred':
      return event.fromUserId === userId || (event.to.kind === 'agent' && event.to.userId === userId);
    default:
      return false;
  }
}

function remember(viewer: ConversationViewer, set: 'conversations' | 'queued', conversationId: string): void {
  const ids = viewer[set] ?? new Set<string>();
  ids.add(conversationId);
  viewer[set] = ids;
}

/**
 * The viewer state of an agent joining now: the conversations the shared rule
 * (src/app/visibility.ts) lets them see, theirs and those queued in their departments.
 */
export function conversationViewerOf(workspace: WorkspaceState, userId: string): ConversationViewer {
  const departments = new Set(departmentsOf(workspace, userId));
  const viewer: Viewer = { kind: 'agent', userId, departmentIds: departments };
  const conversations = new Set<string>();
  const queued = new Set<string>();
  for (const conversation of Object.values(workspace.conversations)) {
    if (!mayViewConversation(viewer, conversation)) continue;
    if (conversation.assigneeId === userId) conversations.add(conversation.id);
    else queued.add(conversation.id);
  }
  // A queue may hold a conversation the live table no longer describes as queued.
  for (const id of [...departments].flatMap((department) => workspace.chatQueues[department] ?? []))
    queued.add(id);
  return { conversations, queued, departments };
}

/**
 * Before a batch is shown: the conversations it hands to this agent or queues in their
 * departments become visible from the batch's first event, so the agent also sees the
 * opening, the first message and the transfer that led there.
 */
export function joinConversations(batch: StoredEvent[], userId: string, viewer: ConversationViewer): void {
  for (const { event } of batch) {
    if (isConversationEvent(event) && receiverOf(event) === userId)
      remember(viewer, 'conversations', event.conversationId);
    if (event.type === 'conversation.queued' && viewer.departments?.has(event.departmentId))
      remember(viewer, 'queued', event.conversationId);
  }
}

/**
 * May this agent see this conversation event? Their own conversations, the queues of their
 * departments, and any event that names them (handed to them, taken from them).
 */
export function conversationVisible(event: Event, userId: string, viewer: ConversationViewer): boolean {
  if (!isConversationEvent(event)) return false;
  if (viewer.conversations?.has(event.conversationId) || viewer.queued?.has(event.conversationId))
    return true;
  if (names(event, userId)) return true;
  return event.type === 'conversation.queued' && viewer.departments?.has(event.departmentId) === true;
}

/** After each event: a conversation handed elsewhere, taken from a queue or resolved leaves the agent's view. */
export function followConversation(event: Event, userId: string, viewer: ConversationViewer): void {
  if (!isConversationEvent(event)) return;
  const id = event.conversationId;
  const receiver = receiverOf(event);
  if (receiver !== undefined) {
    viewer.queued?.delete(id);
    if (receiver === userId) remember(viewer, 'conversations', id);
    else viewer.conversations?.delete(id);
  }
  if (event.type === 'conversation.queued') {
    if (viewer.departments?.has(event.departmentId)) remember(viewer, 'queued', id);
    else viewer.queued?.delete(id);
  }
  if (event.type === 'conversation.unassigned' && event.userId === userId) viewer.conversations?.delete(id);
  // A pending conversation a supervisor transfers on is no longer in this agent's list.
  if (event.type === 'conversation.transferred' && event.fromUserId === userId)
    viewer.conversations?.delete(id);
  if (event.type === 'conversation.resolved') {
    viewer.conversations?.delete(id);
    viewer.queued?.delete(id);
  }
}
