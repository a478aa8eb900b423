import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** +34911234567 as people read it: +34 911 23 45 67. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/**
 * A cheap check before asking the server, which is the judge (it knows the workspace's
 * default country and every country's lengths): phone characters and enough digits.
 */
export function looksLikePhone(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  return /^\+?[\d\s().-]+$/.test(text.trim()) && digits.length >= 6 && digits.length <= 15;
}
