import type { E164 } from '../../domain/phone.ts';

/** T4: whom a call is transferred to. */
export type TransferTarget =
  | { kind: 'user'; userId: string; via?: { kind: 'group' | 'department'; id: string } }
  | { kind: 'external'; number: E164 };

/**
 * One transfer of a call (seed 000), as an explicit state machine:
 * ringing_target → (assisted: consulting → conference?) → completed, or cancelled,
 * declined, no_answer, failed. Only the live states are kept on the call.
 */
export type TransferState =
  | 'ringing_target'
  | 'consulting'
  | 'conference'
  | 'completed'
  | 'declined'
  | 'no_answer'
  | 'cancelled'
  | 'failed';

export interface Transfer {
  id: string;
  initiatorId: string;
  target: TransferTarget;
  method: 'direct' | 'assisted';
  note?: string;
  state: TransferState;
  startedAt: number;
  targetLegId: string;
}

export const transferTimerId = (callId: string) => `xfer:${callId}`;

export const noteMax = 1000;
