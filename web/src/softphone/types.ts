import type { PhoneNumber } from '../../../src/api/resources.ts';

export type { PhoneNumber };
/** The telephony shapes the softphone and the desktop read (see src/server/routes/phone.ts, calls.ts). */

/** A line on the signed-in agent's phone, as GET /users/:userId/phone shows it. */
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
