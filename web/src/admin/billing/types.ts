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

export interface PhoneNumberSummary {
  id: string;
  e164: string;
  kind: 'rented' | 'sip';
  label: string;
}

/** Credit added to the balance, with the balance right after it. */
export interface TopUp {
  seq: number;
  at: string;
  amountCents: number;
  balanceCents: number;
  currency: string;
}
