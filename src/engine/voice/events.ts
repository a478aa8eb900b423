import type { E164 } from '../../domain/phone.ts';
import type { CallOutcome, LegEndReason } from './call.ts';

export type CallCommand =
  | { type: 'call.inbound'; callId: string; from: string; to: string }
  | { type: 'call.answer_leg'; callId: string; legId: string }
  | { type: 'call.reject_leg'; callId: string; legId: string }
  | { type: 'call.hangup_leg'; callId: string; legId: string }
  | { type: 'call.dtmf'; callId: string; digits: string }
  | { type: 'call.ring_timeout'; callId: string };

export type CallEvent =
  | {
      type: 'call.received';
      callId: string;
      numberId: string;
      from: E164;
      to: E164;
      contactId?: string;
      customerLegId: string;
    }
  | { type: 'call.leg_ringing'; callId: string; legId: string; userId: string }
  | { type: 'call.leg_answered'; callId: string; legId: string; userId?: string }
  | { type: 'call.leg_ended'; callId: string; legId: string; userId?: string; reason: LegEndReason }
  | { type: 'call.dtmf_received'; callId: string; digits: string }
  | {
      type: 'call.routed';
      callId: string;
      strategy: string;
      /** Why each assigned user was or was not offered the call: explainable routing. */
      candidates: Array<{ userId: string; offered: boolean; reason: string }>;
    }
  | { type: 'call.ended'; callId: string; outcome: CallOutcome; endedBy: 'customer' | 'agent' | 'system' };
