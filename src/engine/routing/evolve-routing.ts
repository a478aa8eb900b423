import { callbackTouched } from '../callback/evolve.ts';
import { eventPrefix } from '../event-prefix.ts';
import type { Event } from '../events.ts';
import type { WorkspaceState } from '../state.ts';
import { configurationChanged, syncUser, usersChanged } from './availability.ts';

/** Events that may change who belongs to a pool or department: the pools that changed are built again. */
const configuration = (prefix: string) =>
  prefix === 'number' || prefix === 'group' || prefix === 'department';

/**
 * What an event may change in the routing index: some agents; pools' members (with an agent's
 * own settings, and whether their skills changed); a user created or removed (users.ts); or nothing.
 * Routing rules only say what a call requires: the qualified parts are keyed by that, so nothing.
 */
export type RoutingTouch =
  | string[]
  | 'configuration'
  | { configuration: true; userId: string; skills: boolean }
  | { created: string }
  | { removed: string }
  | undefined;

/** Events about one leg that carry that leg's agent as their userId, when it has one. */
const legOwnUser = (type: string) =>
  type === 'call.leg_ringing' || type === 'call.leg_answered' || type === 'call.leg_ended';

/**
 * Call events that name an agent but change nothing of theirs (evolve writes only the call, or
 * nothing): re-reading that agent into the index would find them as they were. A skipped
 * offer is one per agent passed over, held and resumed one per hold.
 */
const leavesAgents = (type: string) =>
  type === 'call.offer_skipped' || type === 'call.held' || type === 'call.resumed';

type UserCreated = Extract<Event, { type: 'user.created' }>;
type UserRemoved = Extract<Event, { type: 'user.removed' }>;
type UserUpdated = Extract<Event, { type: 'user.updated' }>;

const userIdOf = (event: Event): string | undefined => {
  const userId = (event as { userId?: unknown }).userId;
  return typeof userId === 'string' ? userId : undefined;
};

/**
 * Read before the event is applied: the agents whose availability it may change (a leg's
 * agent, a conversation's assignee before it moves), since afterwards the event alone may
 * no longer say who they were.
 */
export function routingTouchedBy(
  state: WorkspaceState,
  event: Event,
  prefix = eventPrefix(event.type),
  type = event.type,
): RoutingTouch {
  if (prefix === 'call') {
    if (leavesAgents(type)) return undefined;
    const userId = userIdOf(event);
    // A leg's own events name its agent (they are emitted with the leg's userId; a ringing
    // leg is new): the leg's look-up, a dictionary probe by a fresh id, is needed only without one.
    if (userId !== undefined && legOwnUser(type)) return [userId];
    const legId = (event as { legId?: unknown }).legId;
    // Most call events are about no leg (routed, queued, ended …): no call looked up for them.
    if (typeof legId !== 'string') return either(userId, undefined);
    const call = state.calls.get((event as { callId: string }).callId);
    return either(userId, call?.legs.get(legId)?.userId);
  }
  if (configuration(prefix)) return 'configuration';
  if (prefix === 'user') {
    if (type === 'user.created') return { created: (event as UserCreated).user.id };
    if (type === 'user.removed') return { removed: (event as UserRemoved).userId };
    if (type !== 'user.updated') return undefined;
    const updated = event as UserUpdated;
    return { configuration: true, userId: updated.userId, skills: updated.changes.skills !== undefined };
  }
  // A SIP user's first device registering, or the last going, makes them reachable or not (S2).
  // R2: wrap-up holds an agent back from new work, and its end frees them.
  if (prefix === 'presence' || prefix === 'sip' || prefix === 'wrap_up') {
    const userId = userIdOf(event);
    return userId ? [userId] : undefined;
  }
  // R3: a callback offered to an agent reserves them like a ringing phone.
  if (prefix === 'callback') return callbackTouched(state, event);
  if (prefix === 'conversation') {
    const conversation = state.conversations[(event as { conversationId: string }).conversationId];
    return either(userIdOf(event), conversation?.assigneeId);
  }
  // Timers and the rest change no agent.
  return undefined;
}

/** One or two agents, once each (most call events name the leg's own agent twice). */
function either(a: string | undefined, b: string | undefined): RoutingTouch {
  if (a === undefined) return b === undefined ? undefined : [b];
  return b === undefined || b === a ? [a] : [a, b];
}

/** Applied after the event: re-reads the touched agents into the index. */
export function syncRouting(state: WorkspaceState, touched: RoutingTouch): void {
  if (touched === undefined) return;
  if (touched === 'configuration') return configurationChanged(state);
  if ('created' in touched || 'removed' in touched) return usersChanged(state, touched);
  if (!Array.isArray(touched)) {
    // A user's capacity counts towards their availability; their departments are pools' members.
    configurationChanged(state, touched.skills);
    return syncUser(state, touched.userId);
  }
  for (const userId of touched) syncUser(state, userId);
}
