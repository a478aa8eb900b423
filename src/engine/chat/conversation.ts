/** C1: a contact on a channel (web chat, WhatsApp-like, …), and where the conversation stands. */
export interface ChatContact {
  /** The contact's address on the channel: a web-chat visitor id, a phone number, … */
  address: string;
  name?: string;
  /** An email the contact gave (the web-chat page asks for one, optionally). */
  email?: string;
  /** The CRM contact, when known. */
  contactId?: string;
}

/**
 * queued: waiting in its department's queue; assigned: an agent has it; pending: it waits in
 * an unavailable agent's pending list (C5); on_hold: parked by its agent, still theirs.
 */
export type ConversationStatus = 'queued' | 'assigned' | 'pending' | 'on_hold';

export interface Conversation {
  id: string;
  channel: string;
  contact: ChatContact;
  departmentId?: string;
  assigneeId?: string;
  status: ConversationStatus;
  openedAt: number;
  lastIncomingAt?: number;
  lastOutgoingAt?: number;
  /** The channel's ids of the latest inbound messages: a retried delivery is not a new message. */
  recentMessageIds: string[];
  /** C4: the last transfer, shown to the receiving agent: whose it was, who moved it, why. */
  transfer?: { fromUserId?: string; by?: string; byKey?: KeyActor; reason?: string; at: number };
  /** When it entered its department's queue. */
  queuedAt?: number;
}

/** C4: a key that acted with no signed-in user: the server admin key, or a workspace API key. */
export type KeyActor = { kind: 'admin' } | { kind: 'api_key'; keyId: string };

/** C2: how a department hands out new conversations, and what happens to an agent's open ones when they go offline. */
export interface DepartmentChatSettings {
  strategy: 'least_busy' | 'round_robin' | 'manual';
  onAgentOffline: 'keep' | 'requeue' | 'reassign';
}

export const defaultChatSettings: DepartmentChatSettings = {
  strategy: 'least_busy',
  onAgentOffline: 'requeue',
};

export const recentMessageIdsKept = 100;
