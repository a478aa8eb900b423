/** The shapes of a call as the calls routes answer, from the API's contract (contract.ts). */
import type { HistoryEntry } from '../../../src/api/history.ts';
import type { Answer } from './contract.ts';

export type CallRecord = Answer<'listCalls'>['items'][number];
export type CallParticipation = NonNullable<CallRecord['participation']>;

/** A call in progress: its phase, legs, hold and transfer. */
export type LiveCall = NonNullable<Answer<'getCall'>['live']>;
export type Leg = LiveCall['legs'][number];
export type LiveTransfer = NonNullable<LiveCall['transfer']>;

/** One entry of an entity's history, in the log's order: the API's versioned shape (issue 17). */
export type HistoryEvent = HistoryEntry;

/** GET /calls/:callId: the record, its legs while live, and its whole history (V18). */
export type CallDetail = Omit<Answer<'getCall'>, 'history'> & { history: HistoryEvent[] };

/**
 * An answer with its history typed entry by entry: the server builds each entry with
 * src/api/history.ts, whose type is that union; the OpenAPI schema names every entry's type
 * and version but leaves its data's fields to the catalog (src/api/history-entries.ts).
 */
export function withHistory<T extends { history: unknown[] }>(
  answer: T,
): Omit<T, 'history'> & { history: HistoryEvent[] } {
  return answer as Omit<T, 'history'> & { history: HistoryEvent[] };
}
