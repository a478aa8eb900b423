/** The shapes of a call as the calls routes answer, from the API's contract (contract.ts). */
import type { Answer } from './contract.ts';

export type CallRecord = Answer<'listCalls'>['items'][number];
export type CallParticipation = NonNullable<CallRecord['participation']>;

/** A call in progress: its phase, legs, hold and transfer. */
export type LiveCall = NonNullable<Answer<'getCall'>['live']>;
export type Leg = LiveCall['legs'][number];
export type LiveTransfer = NonNullable<LiveCall['transfer']>;

/** One event of an entity's history, in the log's order. */
export interface HistoryEvent {
  seq: number;
  at: string;
  type: string;
  // biome-ignore lint/suspicious/noExplicitAny: each event type has its own data.
  data: Record<string, any>;
}

/** GET /calls/:callId: the record, its legs while live, and its whole history (V18). */
export type CallDetail = Omit<Answer<'getCall'>, 'history'> & { history: HistoryEvent[] };
