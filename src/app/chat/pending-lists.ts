import type { User, WorkspaceState } from '../../engine/state.ts';
import type { ConversationRecord } from '../../store/port.ts';

export interface PendingList {
  userId: string;
  name: string;
  presence: User['presence'];
  conversations: ConversationRecord[];
}

/**
 * C5: pending conversations (transferred to agents who could not take them) grouped by the
 * agent they wait for, agents by name; conversations keep the order the read model gave.
 * An agent removed since is left out: nobody can take their list from them any more.
 */
export function pendingLists(state: WorkspaceState, pending: ConversationRecord[]): PendingList[] {
  const byUser = new Map<string, ConversationRecord[]>();
  for (const record of pending) {
    if (!record.assigneeId) continue;
    byUser.set(record.assigneeId, [...(byUser.get(record.assigneeId) ?? []), record]);
  }
  return [...byUser]
    .flatMap(([userId, conversations]) => {
      const user = state.users[userId];
      return user ? [{ userId, name: user.name, presence: user.presence, conversations }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
