import { callbackTouched } from '../callback/evolve.ts';
import { eventPrefix } from '../event-prefix.ts';
import type { Event } from '../events.ts';
import type { WorkspaceState } from '../state.ts';
import { invalidateRouting, syncUser } from './availability.ts';

/** Events that change who belongs to a pool or department, or an agent's capacity: rebuild. */
const configuration = new Set(['user', 'number', 'group', 'department', 'routing_rules']);

/** What an event may change in the routing index: some agents, the whole configuration, or nothing. */
export type RoutingTouch = string[] | 'configuration' | undefined;

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
): RoutingTouch {
  if (configuration.has(prefix)) return 'configuration';
  const userId = userIdOf(event);
  // A SIP user's first device registering, or the last going, makes them reachable or not (S2).
  // R2: wrap-up holds an agent back from new work, and its end frees them.
  if (prefix === 'presence' || prefix === 'sip' || prefix === 'wrap_up') return userId ? [userId] : undefined;
  // R3: a callback offered to an agent reserves them like a ringing phone.
  if (prefix === 'callback') return callbackTouched(state, event);
  if (prefix === 'call') {
    const legId = (event as { legId?: unknown }).legId;
    const call = state.calls[(event as { callId: string }).callId];
    const legUser = typeof legId === 'string' && call ? call.legs[legId]?.userId : undefined;
    return either(userId, legUser);
  }
  if (prefix === 'conversation') {
    const conversation = state.conversations[(event as { conversationId: string }).conversationId];
    return either(userId, conversation?.assigneeId);
  }
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
  if (touched === 'configuration') return invalidateRouting(state);
  for (const userId of touched) syncUser(state, userId);
}
