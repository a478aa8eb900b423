import type { PhoneNumber } from '../../../../src/api/resources.ts';
export type Plan = 'starter' | 'business' | 'scale';

export interface Billing {
  balanceCents: number;
  /** ISO 4217. */
  currency: string;
  /** W7: sip numbers need an active SIP-connector licence. */
  sipLicence: boolean;
}

export interface Workspace {
  id: string;
  name: string;
  plan: Plan;
}

/** What the billing page reads of a number. */
export type PhoneNumberSummary = Pick<PhoneNumber, 'id' | 'e164' | 'kind' | 'label'>;

/** Credit added to the balance, with the balance right after it. */
export interface TopUp {
  seq: number;
  at: string;
  amountCents: number;
  balanceCents: number;
  currency: string;
}
