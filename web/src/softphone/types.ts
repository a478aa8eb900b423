/** The telephony shapes the softphone and the desktop read (see src/server/routes/sim.ts, calls.ts). */

/** A line on the signed-in agent's phone, as GET /sim/phones/:userId shows it. */
export interface PhoneLine {
  callId: string;
  legId: string;
  direction: 'inbound' | 'outbound';
  state: 'ringing' | 'dialing' | 'connected';
  /** The calling number as the phone displays it. */
  from: string;
  /** The number called. */
  to: string;
  since: string;
  /** T3: who transferred the call, and their note. */
  transfer?: { fromUserId: string; note?: string };
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

export interface LiveCall {
  phase: string;
  startedAt: string;
  answeredAt?: string;
  agentId?: string;
  legs: Leg[];
  held?: boolean;
  transfer?: LiveTransfer;
}

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

export interface CallDetail extends CallRecord {
  live?: LiveCall;
}

export interface PhoneNumber {
  id: string;
  e164: string;
  kind: 'rented' | 'sip';
  label: string;
  assignedUserIds: string[];
}

export interface Contact {
  id: string;
  name: string;
  company?: string;
  phones: string[];
  responsibleUserId?: string;
}
