import type { StoredEvent } from '../../engine/events.ts';
import { ownUserId, type Principal, seesAll } from '../principal.ts';
import { mayViewCallback, viewerOf } from '../visibility.ts';
import { type ConversationViewer, conversationVisible } from './conversations.ts';

/**
 * What a stream remembers to judge visibility: the calls its agent has had a leg in, and
 * their conversations and departments' queues. Ended calls and resolved conversations leave
 * the engine's state, so the stream keeps this itself.
 */
export interface ViewerState extends ConversationViewer {
  calls: Set<string>;
  /** Numbers the agent is assigned to (W8): their voicemails reach the agent (V8). */
  numbers?: ReadonlySet<string>;
}

/** V8: a voicemail notifies the users assigned to its number, whether or not they were rung. */
function voicemailNumberOf(event: StoredEvent['event']): string | undefined {
  if (event.type === 'call.voicemail_left' || event.type === 'voicemail.heard') return event.numberId;
  return undefined;
}

/**
 * Workspace configuration an agent's desktop needs: who is who, presence, teams, numbers,
 * groups and menus, and the CRM contacts they answer. Billing and unknown kinds of event
 * stay hidden from agents until someone decides otherwise.
 */
const agentConfigPrefixes = [
  'workspace.',
  'user.',
  'presence.',
  'department.',
  'number.',
  'group.',
  'ivr_menu.',
  'contact.',
  'chat.',
  // R1/R2: routing rules are configuration; wrap-up is shown beside presence.
  'routing_rules.',
  'wrap_up.',
];

/** The user a call event puts on one of the call's legs: an agent rung, or an agent calling out. */
function legUserOf(event: StoredEvent['event']): string | undefined {
  switch (event.type) {
    case 'call.leg_ringing':
    case 'call.leg_answered':
    case 'call.leg_ended':
    case 'call.placed':
      return event.userId;
    default:
      return undefined;
  }
}

/** Calls a batch puts this user on: a later leg event makes the same batch's earlier ones visible. */
export function callsJoined(batch: StoredEvent[], userId: string): string[] {
  const joined: string[] = [];
  for (const { event } of batch)
    if (legUserOf(event) === userId && 'callId' in event) joined.push(event.callId);
  return joined;
}

/**
 * May this principal see this event? Timers never (they are the engine's bookkeeping).
 * Supervisors, admins and the server admin key see everything in their workspace; an API key
 * has its role's reach. Agents see workspace configuration, the events of calls where they
 * have a leg (`state.calls`), the voicemails of numbers they are assigned to (`state.numbers`),
 * and the events of their conversations and of their departments' queues (see
 * conversations.ts). An agent-role API key is no user, so it has none of its own.
 */
export function visibleTo(stored: StoredEvent, principal: Principal, state: ViewerState): boolean {
  const { type } = stored.event;
  if (type.startsWith('timer.')) return false;
  if (principal.kind !== 'admin' && principal.workspaceId !== stored.workspaceId) return false;
  if (seesAll(principal)) return true;
  const voicemailNumber = voicemailNumberOf(stored.event);
  if (voicemailNumber !== undefined && state.numbers?.has(voicemailNumber)) return true;
  if (type.startsWith('call.')) return 'callId' in stored.event && state.calls.has(stored.event.callId);
  // R3: an agent follows the callbacks offered to them or placed by them.
  if (type.startsWith('callback.'))
    return mayViewCallback(viewerOf(principal), stored.event as { userId?: string });
  if (type.startsWith('conversation.'))
    return principal.kind === 'user' && conversationVisible(stored.event, principal.userId, state);
  return agentConfigPrefixes.some((prefix) => type.startsWith(prefix));
}

/**
 * The event as this principal may see it. An agent sees another user's name, role and
 * presence but not their email or mobile: a user's own changes reach them whole. Returns
 * undefined when nothing of the event is left to show.
 */
export function redactFor(stored: StoredEvent, principal: Principal): StoredEvent | undefined {
  if (seesAll(principal)) return stored;
  const own = ownUserId(principal);
  const { event } = stored;
  if (event.type === 'user.created' && event.user.id !== own) {
    const { email: _email, mobile: _mobile, ...user } = event.user;
    return { ...stored, event: { ...event, user: user as typeof event.user } };
  }
  if (event.type === 'user.updated' && event.userId !== own) {
    const { email: _email, mobile: _mobile, ...changes } = event.changes;
    if (Object.keys(changes).length === 0 && event.departmentIds === undefined) return undefined;
    return { ...stored, event: { ...event, changes } };
  }
  return stored;
}
