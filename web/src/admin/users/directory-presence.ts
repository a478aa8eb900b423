import type { StreamMessageOf } from '../../../../src/api/stream-messages.ts';
import { withPresenceChangedInList } from '../../softphone/presence-change.ts';
import type { Directory } from './useDirectory.ts';

/**
 * The admin directory with one presence change applied, as the server's lists now read: the
 * user's presence, and the online count of each department they are in (members whose presence
 * is online). undefined for a user the lists do not have yet: read them again.
 */
export function withPresenceInDirectory(
  directory: Directory,
  message: StreamMessageOf<'presence.changed'>,
): Directory | undefined {
  const { userId, to } = message.data;
  const before = directory.users.find((user) => user.id === userId);
  const users = withPresenceChangedInList(directory.users, message);
  if (!before || !users) return undefined;
  const change = Number(to === 'online') - Number(before.presence === 'online');
  if (change === 0) return { ...directory, users };
  const departments = directory.departments.map((department) =>
    department.memberIds.includes(userId)
      ? { ...department, onlineCount: department.onlineCount + change }
      : department,
  );
  return { users, departments };
}
