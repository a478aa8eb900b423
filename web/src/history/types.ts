/** The shapes of the history, media and simulator answers (see src/server/routes). */

export type CallOutcome =
  | 'answered'
  | 'missed'
  | 'abandoned'
  | 'no_agent'
  | 'out_of_hours'
  | 'voicemail'
  | 'rejected'
  | 'forwarded'
  | 'voicedrop';

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

export interface CallRecord {
  id: string;
  direction: 'inbound' | 'outbound';
  numberId: string;
  from: string;
  to: string;
  contactId?: string;
  agentId?: string;
  status: 'ringing' | 'connected' | 'ended';
  outcome?: string;
  startedAt: string;
  answeredAt?: string;
  endedAt?: string;
}

/** One event of an entity's history, in the log's order. */
export interface HistoryEvent {
  seq: number;
  at: string;
  type: string;
  // biome-ignore lint/suspicious/noExplicitAny: each event type has its own data.
  data: Record<string, any>;
}

export interface Leg {
  id: string;
  party: 'customer' | 'agent' | 'external';
  userId?: string;
  number?: string;
  status: 'ringing' | 'connected' | 'ended';
  startedAt: string;
}

export interface CallDetail extends CallRecord {
  live?: { phase: string; startedAt: string; agentId?: string; legs: Leg[] };
  history: HistoryEvent[];
}

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
