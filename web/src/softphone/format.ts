import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A phone number as people read it ("+34 911 23 45 67"). Anything that is not a valid
 * international number (an extension, a fragment being typed) is shown as is.
 */
export function formatPhone(number: string): string {
  return parsePhoneNumberFromString(number)?.formatInternational() ?? number;
}
