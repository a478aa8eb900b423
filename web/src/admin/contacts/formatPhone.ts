import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** An E.164 number grouped for reading ("+34 600 11 12 22"); as stored when it cannot be parsed. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
