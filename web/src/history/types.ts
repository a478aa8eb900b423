/** The shapes of the history, media and simulator answers (see src/server/routes). */
import type { HistoryEvent } from '../api/calls.ts';

/** The outcomes the calls list can filter by (the API's enum). */
export const filterableOutcomes = [
  'answered',
  'missed',
  'abandoned',
  'no_agent',
  'voicemail',
  'rejected',
  'forwarded',
] as const;

export const conversationStatuses = ['queued', 'assigned', 'pending', 'on_hold', 'resolved'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export interface Conversation {
  id: string;
  channel: string;
  contact: { address: string; name?: string; contactId?: string };
  departmentId?: string;
  assigneeId?: string;
  status: ConversationStatus;
  openedAt: string;
  resolvedAt?: string;
}

export interface Message {
  seq: number;
  id: string;
  kind: 'incoming' | 'reply' | 'note' | 'transfer_reason';
  visibility: 'contact' | 'internal';
  userId?: string;
  text: string;
  at: string;
}

export interface ConversationDetail extends Conversation {
  messages: Message[];
  history: HistoryEvent[];
}

export interface Media {
  id: string;
  callId: string;
  numberId: string;
  from: string;
  durationMs: number;
  createdAt: string;
  audioUrl: string;
  heard?: boolean;
}

export interface ListPage<T> {
  items: T[];
  nextCursor?: string;
}
