import type { StreamMessageOf } from '../../../src/api/stream-messages.ts';
import type { User } from '../api/types.ts';

/**
 * The users with one presence change applied, as the server's user list now reads it (the
 * message's time is the user's `presenceSince`); undefined for a user the list does not have
 * yet, whom only reading the list again brings in.
 */
export function withPresenceChanged(
  users: Record<string, User>,
  message: StreamMessageOf<'presence.changed'>,
): Record<string, User> | undefined {
  const { userId, to } = message.data;
  if (!Object.hasOwn(users, userId)) return undefined;
  const user = users[userId]!;
  return { ...users, [userId]: { ...user, presence: to, presenceSince: message.at } };
}
