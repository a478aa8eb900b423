/** The shapes of the history, media and simulator answers (see src/server/routes). */
import type { Answer, Query } from '../api/contract.ts';
import type { ConversationStatus } from '../chat/types.ts';

/** The outcomes the calls list can filter by (the API's enum). */
export const filterableOutcomes = [
  'answered',
  'missed',
  'abandoned',
  'no_agent',
  'voicemail',
  'rejected',
  'forwarded',
] as const satisfies readonly NonNullable<Query<'listCalls'>['outcome']>[];

/** The statuses the conversations list can filter by (besides "open"). */
export const conversationStatuses = [
  'queued',
  'assigned',
  'pending',
  'on_hold',
  'resolved',
] as const satisfies readonly ConversationStatus[];

/** GET /conversations/:conversationId: the conversation, its messages and notes, its history. */
export type ConversationDetail = Answer<'getConversation'>;

/** A voicemail as GET /voicemails lists it (V8). */
export type Voicemail = Answer<'listVoicemails'>['items'][number];
