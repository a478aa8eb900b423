import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A phone number as people read it ("+34 911 23 45 67"). Anything that is not a valid
 * international number (an extension, a fragment being typed) is shown as is.
 */
export function formatPhone(number: string): string {
  return parsePhoneNumberFromString(number)?.formatInternational() ?? number;
}

/** "4:05" or "1:02:09" for a duration in milliseconds. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
