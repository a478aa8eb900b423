import { invalid } from '../../domain/errors.ts';
import { type Presence, presences, settlePresence } from '../../domain/presence.ts';
import type { WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { requireUser } from './users.ts';

export type PresenceCommand = { type: 'presence.set'; userId: string; presence: Presence };

export type PresenceReason = 'requested' | 'last_session_ended' | 'missed_offers';

export type PresenceEvent = {
  type: 'presence.changed';
  userId: string;
  from: Presence;
  to: Presence;
  reason: PresenceReason;
};

/** Sessions an agent has open: voice legs that ring or are connected, and assigned conversations. */
export function openSessions(state: WorkspaceState, userId: string): number {
  const user = state.users[userId];
  return user ? user.ringingLegs + user.connectedLegs + user.chatSessions : 0;
}

export function decidePresence(tx: Tx, command: PresenceCommand): void {
  if (!(presences as readonly string[]).includes(command.presence))
    throw invalid('presence', `presence must be one of ${presences.join(', ')}`);
  const user = requireUser(tx.state, command.userId);
  const to = settlePresence(command.presence, openSessions(tx.state, user.id));
  if (to === user.presence) return;
  tx.emit({ type: 'presence.changed', userId: user.id, from: user.presence, to, reason: 'requested' });
}

/** W5: once an agent in pre_pause ends their last session, they move to pause. */
export function settleAfterSession(tx: Tx, userId: string): void {
  const user = tx.state.users[userId];
  if (user?.presence !== 'pre_pause') return;
  if (openSessions(tx.state, userId) > 0) return;
  tx.emit({ type: 'presence.changed', userId, from: 'pre_pause', to: 'pause', reason: 'last_session_ended' });
}

export function evolvePresence(state: WorkspaceState, event: PresenceEvent, at: number): WorkspaceState {
  const user = state.users[event.userId];
  if (!user) return state;
  user.presence = event.to;
  user.presenceSince = at;
  return state;
}
