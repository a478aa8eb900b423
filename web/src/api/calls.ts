/** The shapes of a call as the calls routes answer (src/server/routes/calls.ts, views.ts). */
import type { HistoryEntry } from '../../../src/api/history.ts';

export type CallOutcome =
  | 'answered'
  | 'missed'
  | 'abandoned'
  | 'no_agent'
  | 'out_of_hours'
  | 'voicemail'
  | 'rejected'
  | 'forwarded'
  | 'voicedrop'
  | 'callback';

export interface CallRecord {
  id: string;
  direction: 'inbound' | 'outbound';
  numberId: string;
  from: string;
  to: string;
  contactId?: string;
  agentId?: string;
  status: 'ringing' | 'connected' | 'ended';
  outcome?: CallOutcome;
  startedAt: string;
  answeredAt?: string;
  endedAt?: string;
  /** With ?participant: how that user took part (GET /calls). */
  participation?: CallParticipation;
}

export interface CallParticipation {
  userId: string;
  offeredAt?: string;
  answeredAt?: string;
  placedAt?: string;
  transferredAt?: string;
}

export interface Leg {
  id: string;
  party: 'customer' | 'agent' | 'external';
  userId?: string;
  number?: string;
  status: 'ringing' | 'connected' | 'ended';
  startedAt: string;
}

export interface LiveTransfer {
  id: string;
  initiatorId: string;
  method: 'direct' | 'assisted';
  state: 'ringing_target' | 'consulting' | 'conference' | string;
  target: { kind: 'user' | 'external'; userId?: string; number?: string };
  note?: string;
  targetLegId: string;
  startedAt: string;
}

/** A call in progress: its phase, legs, hold and transfer. */
export interface LiveCall {
  phase: string;
  startedAt: string;
  answeredAt?: string;
  agentId?: string;
  legs: Leg[];
  held?: boolean;
  transfer?: LiveTransfer;
}

/** One entry of an entity's history, in the log's order: the API's versioned shape (issue 17). */
export type HistoryEvent = HistoryEntry;

/** GET /calls/:callId: the record, its legs while live, and its whole history (V18). */
export interface CallDetail extends CallRecord {
  live?: LiveCall;
  history: HistoryEvent[];
}
