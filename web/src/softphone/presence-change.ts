import type { StreamMessageOf } from '../../../src/api/stream-messages.ts';
import type { User } from '../api/types.ts';

type PresenceChanged = StreamMessageOf<'presence.changed'>;

/** The user as the server's user list reads after the change (its time is the user's `presenceSince`). */
const changed = (user: User, message: PresenceChanged): User => ({
  ...user,
  presence: message.data.to,
  presenceSince: message.at,
});

/**
 * The users with one presence change applied, as the server's user list now reads it;
 * undefined for a user the list does not have yet, whom only reading the list again brings in.
 */
export function withPresenceChanged(
  users: Record<string, User>,
  message: PresenceChanged,
): Record<string, User> | undefined {
  const { userId } = message.data;
  if (!Object.hasOwn(users, userId)) return undefined;
  return { ...users, [userId]: changed(users[userId]!, message) };
}

/** The same for a list of users in the server's order. */
export function withPresenceChangedInList(users: User[], message: PresenceChanged): User[] | undefined {
  const index = users.findIndex((user) => user.id === message.data.userId);
  if (index < 0) return undefined;
  return users.with(index, changed(users[index]!, message));
}
