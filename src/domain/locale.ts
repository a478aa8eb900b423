import { type CountryCode, getCountries } from 'libphonenumber-js/max';
import { IANAZone } from 'luxon';
import { invalid } from './errors.ts';

/**
 * Zones already found valid. Luxon builds an Intl.DateTimeFormat per check (15% of a property
 * test creating workspaces); only valid names are kept, so the set is bounded by the IANA list.
 */
const validZones = new Set<string>();

export function checkTimeZone(zone: string): string {
  if (validZones.has(zone)) return zone;
  if (!IANAZone.isValidZone(zone))
    throw invalid('timeZone', `timeZone "${zone}" is not an IANA time zone such as Europe/Madrid`);
  validZones.add(zone);
  return zone;
}

const countries = new Set<string>(getCountries());

export function checkCountry(country: string): CountryCode {
  const code = country.trim().toUpperCase();
  if (!countries.has(code))
    throw invalid('defaultCountry', `defaultCountry "${country}" is not an ISO country code such as ES`);
  return code as CountryCode;
}
