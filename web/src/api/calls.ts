/** The shapes of a call as the calls routes answer, from the API's contract (contract.ts). */
import type { Answer } from './contract.ts';
import type { components } from './openapi.ts';

export type CallRecord = Answer<'listCalls'>['items'][number];
export type CallParticipation = NonNullable<CallRecord['participation']>;

/** A call in progress: its phase, legs, hold and transfer. */
export type LiveCall = NonNullable<Answer<'getCall'>['live']>;
export type Leg = LiveCall['legs'][number];
export type LiveTransfer = NonNullable<LiveCall['transfer']>;

/**
 * One entry of an entity's history, in the log's order: the API's versioned shape, one member
 * per entry type with its data's fields (src/api/history-entry-data.ts, issue 17).
 */
export type HistoryEvent = components['schemas']['HistoryEntry'];

/** GET /calls/:callId: the record, its legs while live, and its whole history (V18). */
export type CallDetail = Answer<'getCall'>;
