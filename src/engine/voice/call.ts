import type { E164 } from '../../domain/phone.ts';

export type LegStatus = 'ringing' | 'connected' | 'ended';

/** One party's connection to a call: the customer, an agent's phone, or an external number. */
export interface Leg {
  id: string;
  party: 'customer' | 'agent' | 'external';
  userId?: string;
  number?: E164;
  status: LegStatus;
  startedAt: number;
}

export type CallOutcome = 'answered' | 'missed' | 'abandoned' | 'no_agent';

export interface Call {
  id: string;
  direction: 'inbound' | 'outbound';
  numberId: string;
  from: E164;
  to: E164;
  contactId?: string;
  status: 'ringing' | 'connected';
  legs: Record<string, Leg>;
  /** Counter for deterministic leg ids within this call. */
  legCount: number;
  startedAt: number;
  answeredAt?: number;
  agentId?: string;
}

export type LegEndReason = 'answered_elsewhere' | 'rejected' | 'no_answer' | 'hung_up' | 'call_ended';

export const customerLeg = (call: Call) => Object.values(call.legs).find((leg) => leg.party === 'customer');

export const liveLegs = (call: Call) => Object.values(call.legs).filter((leg) => leg.status !== 'ended');

export const ringingLegs = (call: Call) => Object.values(call.legs).filter((leg) => leg.status === 'ringing');
