import { type CountryCode, ParseError, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { invalid } from './errors.ts';
import { validE164 } from './phone-e164.ts';

/** An E.164 phone number, e.g. +34911234567. */
export type E164 = string;

export type PhoneCheck = { ok: true; e164: E164 } | { ok: false; reason: string };

const reasons: Record<string, string> = {
  INVALID_COUNTRY: 'has no country code: write it in international format, e.g. +34 911 234 567',
  NOT_A_NUMBER: 'is not a phone number',
  TOO_SHORT: 'is too short to be a phone number',
  TOO_LONG: 'is too long to be a phone number',
  INVALID_LENGTH: 'has the wrong number of digits',
};

const notValidForCountry: PhoneCheck = Object.freeze({
  ok: false,
  reason: 'is not a valid number for its country',
});

/**
 * Validates and normalises a number a person typed (W6). Without a default country the
 * number must be in international format, as seed 004 asks.
 */
export function checkPhone(input: string, defaultCountry?: CountryCode): PhoneCheck {
  // A number already in E.164 (every caller's, from a trunk) is checked without a full parse;
  // a default country changes nothing for it, unless the library would refuse that country.
  if (!defaultCountry) {
    const valid = validE164(input);
    if (valid !== undefined) return valid ? { ok: true, e164: input } : notValidForCountry;
  }
  const checked = checkedIn(defaultCountry);
  const known = checked.get(input);
  if (known) return known;
  const check = parseAndCheck(input, defaultCountry);
  // Bounded: a flood of distinct numbers costs a parse each, never unbounded memory.
  if (remembered >= checkedMax) forget();
  checked.set(input, Object.freeze(check));
  remembered += 1;
  return check;
}

/**
 * Parsing with full metadata costs tens of microseconds, a third of an inbound call's
 * decision; callers and numbers repeat, so answers are remembered (they never change).
 * Keyed by the input itself, one map per default country: a key built per check was a new
 * string to hash on every call.
 */
const international = new Map<string, PhoneCheck>();
const byCountry = new Map<string, Map<string, PhoneCheck>>();
const checkedMax = 10_000;
let remembered = 0;

function checkedIn(defaultCountry: CountryCode | undefined): Map<string, PhoneCheck> {
  if (defaultCountry === undefined) return international;
  let checked = byCountry.get(defaultCountry);
  if (!checked) {
    checked = new Map();
    byCountry.set(defaultCountry, checked);
  }
  return checked;
}

function forget(): void {
  international.clear();
  byCountry.clear();
  remembered = 0;
}

function parseAndCheck(input: string, defaultCountry?: CountryCode): PhoneCheck {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'is empty' };
  try {
    const parsed = parsePhoneNumberWithError(text, defaultCountry);
    if (!parsed.isValid()) return notValidForCountry;
    return { ok: true, e164: parsed.number };
  } catch (error) {
    const key = error instanceof ParseError ? error.message : 'NOT_A_NUMBER';
    return { ok: false, reason: reasons[key] ?? 'is not a phone number' };
  }
}

/** Normalises a phone number or throws a validation error naming the field. */
export function toE164(input: string, field: string, defaultCountry?: CountryCode): E164 {
  const check = checkPhone(input, defaultCountry);
  if (!check.ok) throw invalid(field, `${field} "${input}" ${check.reason}`);
  return check.e164;
}
