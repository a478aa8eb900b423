import type { PhoneNumber } from '../../../src/api/resources.ts';

export type { PhoneNumber };

import type { Answer } from '../api/contract.ts';
/** The telephony shapes the softphone and the desktop read (see src/server/routes/phone.ts, calls.ts). */

/** A line on the signed-in agent's phone, as GET /users/:userId/phone shows it. */
export type PhoneLine = Answer<'getUserPhone'>['lines'][number];
