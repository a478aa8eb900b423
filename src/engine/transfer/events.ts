import type { TransferTarget } from './transfer.ts';

export type TransferCommand =
  | { type: 'call.hold'; callId: string; userId: string }
  | { type: 'call.resume'; callId: string; userId: string }
  | {
      type: 'call.transfer';
      callId: string;
      transferId: string;
      userId: string;
      target: { kind: 'user'; userId: string } | { kind: 'external'; number: string };
      method: 'direct';
      note?: string;
    }
  | { type: 'call.transfer_timeout'; callId: string };

export type TransferEvent =
  | { type: 'call.held'; callId: string; userId: string }
  | { type: 'call.resumed'; callId: string; userId: string }
  | {
      type: 'call.transfer_started';
      callId: string;
      transferId: string;
      initiatorId: string;
      target: TransferTarget;
      method: 'direct';
      /** T3: shown to the target with the incoming-call notification. */
      note?: string;
      targetLegId: string;
    }
  | { type: 'call.transfer_completed'; callId: string; transferId: string; userId?: string }
  /** The target declined or let it ring out: the call goes back to the initiator, or to the number's fallback. */
  | {
      type: 'call.transfer_failed';
      callId: string;
      transferId: string;
      reason: 'declined' | 'no_answer';
      returnTo: 'initiator' | 'fallback';
    };
