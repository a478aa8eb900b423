export type { Department } from '../../../src/api/resources.ts';

import type { Presence } from '../api/types.ts';
import { formatPhone } from '../components/phone.ts';
import type { KeyActor } from './key-actor.ts';

/** The chat API's answers as the console reads them (src/server/routes/conversation-views.ts, chat.ts). */

export type ConversationStatus = 'queued' | 'assigned' | 'pending' | 'on_hold' | 'resolved';

export type TransferTarget = { kind: 'department' | 'agent'; departmentId?: string; userId?: string };

export interface Conversation {
  id: string;
  channel: string;
  contact: { address: string; name?: string; email?: string; contactId?: string };
  departmentId?: string;
  /** For status pending: whose pending list it waits in. */
  assigneeId?: string;
  status: ConversationStatus;
  queuePosition?: number;
  openedAt: string;
  lastIncomingAt?: string;
  lastOutgoingAt?: string;
  resolvedAt?: string;
  resolvedBy?: string;
  transfer?: {
    /** Whose it was. */
    fromUserId?: string;
    fromName?: string;
    /** Who transferred it: a user, or else a key (C4). */
    by?: string;
    byName?: string;
    byKey?: KeyActor;
    reason?: string;
    to: TransferTarget;
    at: string;
  };
  /** In lists: the last message to or from the contact (never an internal note), for the preview. */
  lastMessage?: {
    seq: number;
    kind: 'incoming' | 'reply';
    userId?: string;
    text: string;
    at: string;
  };
}

export type MessageKind = 'incoming' | 'reply' | 'note' | 'transfer_reason';

export interface Message {
  seq: number;
  id: string;
  kind: MessageKind;
  visibility: 'contact' | 'internal';
  userId?: string;
  text: string;
  at: string;
}

export interface ConversationDetail extends Conversation {
  messages: Message[];
  history: { seq: number; at: string; type: string; data: Record<string, unknown> }[];
}

export interface DepartmentTarget {
  id: string;
  name: string;
  memberCount: number;
  /** Members who could take a conversation now (online, with chat room). */
  readyCount: number;
}

export interface AgentTarget {
  id: string;
  name: string;
  presence: Presence;
  /** Open conversations / chat capacity, e.g. "1/10". */
  load: string;
  available: boolean;
  unavailableReason?: string;
}

export interface TransferTargets {
  departments: DepartmentTarget[];
  agents: AgentTarget[];
}

export const isInternal = (message: Message) => message.visibility === 'internal';

/** The contact as agents know them: their name, else their address (a phone number written for people). */
export const contactName = (conversation: Conversation) =>
  conversation.contact.name ??
  (/^\+\d{6,15}$/.test(conversation.contact.address)
    ? formatPhone(conversation.contact.address)
    : conversation.contact.address);
