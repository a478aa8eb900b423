import type { PhoneNumber } from '../../../../src/api/resources.ts';
import type { Answer } from '../../api/contract.ts';

/** W7: the balance (ISO 4217 currency) and whether the SIP-connector licence is active. */
export type Billing = Answer<'getBilling'>;
export type Workspace = Answer<'getWorkspace'>;
export type Plan = Workspace['plan'];

/** What the billing page reads of a number. */
export type PhoneNumberSummary = Pick<PhoneNumber, 'id' | 'e164' | 'kind' | 'label'>;

/** Credit added to the balance, with the balance right after it. */
export type TopUp = Answer<'listTopUps'>['items'][number];
