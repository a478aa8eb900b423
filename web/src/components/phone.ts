import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A phone number as people read it ("+34 911 23 45 67"). Anything that is not a valid
 * international number (an extension, a fragment being typed) is shown as is.
 */
export function formatPhone(number: string): string {
  return parsePhoneNumberFromString(number)?.formatInternational() ?? number;
}

/**
 * A cheap check before asking the server, which is the judge (it knows the workspace's
 * default country and every country's lengths): phone characters and enough digits.
 */
export function looksLikePhone(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  return /^\+?[\d\s().-]+$/.test(text.trim()) && digits.length >= 6 && digits.length <= 15;
}
