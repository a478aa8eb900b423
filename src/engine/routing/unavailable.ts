import { takesNewWork } from '../../domain/presence.ts';
import type { User } from '../state.ts';

/**
 * Why an agent cannot take new work now, in words for the routing explanation. The routing
 * index keeps each member's reason beside their availability (availability.ts), so a decision
 * that passes over busy members reads a pointer from an array instead of fetching each
 * member's record and building a sentence: the same few sentences serve every agent.
 */
const presenceTexts = new Map<string, string>();
const capacityTexts = new Map<string, Map<number, string>>();

const presenceIs = (presence: string): string => {
  const known = presenceTexts.get(presence);
  if (known !== undefined) return known;
  const text = `presence is ${presence}`;
  presenceTexts.set(presence, text);
  return text;
};

/** "<channel> capacity busy/capacity is full"; capacities are whole numbers from 0 to 100. */
const capacityFull = (channel: string, busy: number, capacity: number): string => {
  let byChannel = capacityTexts.get(channel);
  if (!byChannel) {
    byChannel = new Map();
    capacityTexts.set(channel, byChannel);
  }
  const key = busy * 1024 + capacity;
  const memo = Number.isInteger(key) && busy >= 0 && busy < 1024 && capacity >= 0 && capacity < 1024;
  const known = memo ? byChannel.get(key) : undefined;
  if (known !== undefined) return known;
  const text = `${channel} capacity ${busy}/${capacity} is full`;
  if (memo) byChannel.set(key, text);
  return text;
};

/** Why a user cannot be offered a call now; undefined means they can (V5's eligibility rule). */
export function unavailableReason(user: User | undefined): string | undefined {
  if (!user) return 'no longer a user';
  if (!takesNewWork(user.presence)) return presenceIs(user.presence);
  if (user.sipDevice === 'none') return 'no registered device';
  if (user.ringingLegs > 0) return 'already ringing for another call';
  const busy = user.ringingLegs + user.connectedLegs;
  if (busy >= user.capacity.voice) return capacityFull('voice', busy, user.capacity.voice);
  if (user.wrapUp?.voice) return 'in wrap-up after a call';
  return undefined;
}

/** Why an agent cannot take a new conversation now; undefined means they can (W5: only online agents). */
export function chatUnavailable(user: User | undefined): string | undefined {
  if (!user) return 'no longer a user';
  if (user.presence !== 'online') return presenceIs(user.presence);
  if (user.chatSessions >= user.capacity.chat)
    return capacityFull('chat', user.chatSessions, user.capacity.chat);
  if (user.wrapUp?.chat) return 'in wrap-up after a conversation';
  return undefined;
}
