import { useSyncExternalStore } from 'react';

/**
 * What each agent has read, kept in this browser: the time of the contact's last message
 * when they last had the conversation open. A later message from the contact is unread.
 */
type Seen = Record<string, string>;

const listeners = new Set<() => void>();
const cache = new Map<string, Seen>();
const keyOf = (userId: string) => `switchboard.chat.seen.${userId}`;

function read(userId: string): Seen {
  let seen = cache.get(userId);
  if (!seen) {
    try {
      seen = JSON.parse(localStorage.getItem(keyOf(userId)) ?? '{}') as Seen;
    } catch {
      seen = {};
    }
    cache.set(userId, seen);
  }
  return seen;
}

export function markSeen(userId: string, conversationId: string, lastIncomingAt: string | undefined): void {
  if (!lastIncomingAt) return;
  const seen = read(userId);
  if (seen[conversationId] === lastIncomingAt) return;
  const next = { ...seen, [conversationId]: lastIncomingAt };
  cache.set(userId, next);
  localStorage.setItem(keyOf(userId), JSON.stringify(next));
  for (const listener of listeners) listener();
}

/** The agent's read marks; re-renders when one changes. */
export function useSeen(userId: string): Seen {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => read(userId),
  );
}

export const isUnread = (seen: Seen, conversation: { id: string; lastIncomingAt?: string }) =>
  conversation.lastIncomingAt !== undefined &&
  (seen[conversation.id] === undefined || seen[conversation.id]! < conversation.lastIncomingAt);
