import type { Audio } from '../voice/audio.ts';
import type { TransferTarget } from './transfer.ts';

export type TransferCommand =
  | { type: 'call.hold'; callId: string; userId: string }
  | { type: 'call.resume'; callId: string; userId: string }
  | {
      type: 'call.transfer';
      callId: string;
      transferId: string;
      userId: string;
      target:
        | { kind: 'user'; userId: string }
        | { kind: 'group'; groupId: string }
        | { kind: 'department'; departmentId: string }
        | { kind: 'external'; number: string };
      method: 'direct' | 'assisted';
      note?: string;
    }
  | { type: 'call.transfer_timeout'; callId: string }
  /** T2: the initiator introduces and leaves (complete), brings all three together, or goes back to the caller. */
  | { type: 'call.transfer_complete'; callId: string; userId: string }
  | { type: 'call.transfer_conference'; callId: string; userId: string }
  | { type: 'call.transfer_cancel'; callId: string; userId: string };

/**
 * `audio` on these events says what the phone line changes: whom each leg hears now (hold
 * music for a held caller, the consult between the agents only, all three together). It is
 * absent on events stored before the line was told.
 */
export type TransferEvent =
  | { type: 'call.held'; callId: string; userId: string; audio?: Audio }
  | { type: 'call.resumed'; callId: string; userId: string; audio?: Audio }
  | {
      type: 'call.transfer_started';
      callId: string;
      transferId: string;
      initiatorId: string;
      target: TransferTarget;
      method: 'direct' | 'assisted';
      /** T3: shown to the target with the incoming-call notification. */
      note?: string;
      targetLegId: string;
      /** T2: the initiator hears ringback while the target rings. */
      audio?: Audio;
    }
  | { type: 'call.transfer_completed'; callId: string; transferId: string; userId?: string; audio?: Audio }
  /** T2: the target answered the consult; the caller waits on hold. */
  | { type: 'call.transfer_consulting'; callId: string; transferId: string }
  | { type: 'call.transfer_conference_started'; callId: string; transferId: string; audio?: Audio }
  /** T2: the initiator went back to the caller, or the caller hung up during the consult (the consult leg is told). */
  | {
      type: 'call.transfer_cancelled';
      callId: string;
      transferId: string;
      reason: 'initiator' | 'customer_hung_up' | 'target_hung_up';
      /** The initiator is back with the held caller (silence), or still talking to them after a conference. */
      audio?: Audio;
    }
  /** T2: the initiator hung up while the target was still ringing: it goes on as a direct transfer. */
  | { type: 'call.transfer_became_direct'; callId: string; transferId: string }
  /** The target declined or let it ring out: the call goes back to the initiator, or to the number's fallback. */
  | {
      type: 'call.transfer_failed';
      callId: string;
      transferId: string;
      reason: 'declined' | 'no_answer';
      returnTo: 'initiator' | 'fallback';
      /** T2: the initiator, who heard ringback, is back with the held caller. */
      audio?: Audio;
    };
