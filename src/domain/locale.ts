import { type CountryCode, getCountries } from 'libphonenumber-js/max';
import { IANAZone } from 'luxon';
import { invalid } from './errors.ts';

export function checkTimeZone(zone: string): string {
  if (!IANAZone.isValidZone(zone))
    throw invalid('timeZone', `timeZone "${zone}" is not an IANA time zone such as Europe/Madrid`);
  return zone;
}

const countries = new Set<string>(getCountries());

export function checkCountry(country: string): CountryCode {
  const code = country.trim().toUpperCase();
  if (!countries.has(code))
    throw invalid('defaultCountry', `defaultCountry "${country}" is not an ISO country code such as ES`);
  return code as CountryCode;
}
