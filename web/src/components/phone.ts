import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * The signed-in workspace's country (WorkspaceProvider sets it): one workspace is shown at a
 * time, and phone numbers are written in dozens of places that are not all components.
 */
let homeCountry: CountryCode | undefined;

export function setHomeCountry(country: string | undefined): void {
  homeCountry = country ? (country.toUpperCase() as CountryCode) : undefined;
}

/**
 * A phone number as people read it: "910 12 34 56" when it is in the workspace's country,
 * "+44 20 7946 0958" otherwise. Anything that is not a valid number (an extension, a
 * fragment being typed) is shown as is.
 */
export function formatPhone(number: string): string {
  const parsed = parsePhoneNumberFromString(number, homeCountry);
  if (!parsed) return number;
  return homeCountry && parsed.country === homeCountry
    ? parsed.formatNational()
    : parsed.formatInternational();
}

/**
 * A cheap check before asking the server, which is the judge (it knows the workspace's
 * default country and every country's lengths): phone characters and enough digits.
 */
export function looksLikePhone(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  return /^\+?[\d\s().-]+$/.test(text.trim()) && digits.length >= 6 && digits.length <= 15;
}
