import { Metadata } from 'libphonenumber-js/max';

/**
 * A fast check of a number already written in E.164 ("+" and digits only), the form every
 * caller's number arrives in from a trunk. libphonenumber-js parses it in 10–30 µs (option
 * objects spread, metadata wrappers and a regular expression compiled per pattern per call),
 * the largest single cost of an inbound call in the engine. This follows the same steps as
 * its parse and isValid for that form, with the patterns compiled once per calling code, and
 * answers only when the outcome is plainly valid or invalid for the country; anything else
 * (a national prefix after the country code, a non-geographic code, a length the parser
 * refuses) is left to the library (undefined). phone-e164.test.ts checks it against the
 * library over many numbers of every calling code.
 */

/** The library's metadata as its own parser reads it (its runtime API, wider than its typings). */
interface TypeReader {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface PlanReader {
  nationalNumberPattern(): string;
  nationalPrefixForParsing(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(name: string): TypeReader | undefined;
}
interface MetadataReader {
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  selectNumberingPlan(countryOrCallingCode: string): void;
  numberingPlan: PlanReader;
}

/** getNumberType's order: fixed line first, then the others. */
const typeNames = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

interface NumberType {
  pattern: RegExp;
  lengths: number[] | undefined;
}

interface CountryPlan {
  nationalNumber: RegExp;
  hasTypes: boolean;
  types: NumberType[];
  leadingDigits: RegExp | undefined;
}

interface CallingCodePlan {
  /** The main country's national prefix, as the parser strips it after the country code. */
  nationalPrefix: RegExp | undefined;
  /** The countries sharing the code, in the metadata's order (the main one first). */
  countries: CountryPlan[];
}

const entirely = (pattern: string) => new RegExp(`^(?:${pattern})$`);

const metadata = new Metadata() as unknown as MetadataReader;
const plans = new Map<string, CallingCodePlan | null>();

function countryPlan(country: string): CountryPlan {
  metadata.selectNumberingPlan(country);
  const plan = metadata.numberingPlan;
  const types: NumberType[] = [];
  for (const name of typeNames) {
    const type = plan.type(name);
    // isNumberTypeEqualTo: a type without a pattern never matches.
    if (type?.pattern()) types.push({ pattern: entirely(type.pattern()), lengths: type.possibleLengths() });
  }
  const leadingDigits = plan.leadingDigits();
  return {
    nationalNumber: entirely(plan.nationalNumberPattern()),
    hasTypes: plan.hasTypes(),
    types,
    // String.prototype.search(string) compiles the string as it is: no anchors, no flags.
    leadingDigits: leadingDigits ? new RegExp(leadingDigits) : undefined,
  };
}

/** The plan of a geographic calling code; null for a code the fast path leaves to the library. */
function callingCodePlan(callingCode: string): CallingCodePlan | null {
  const countries = metadata.getCountryCodesForCallingCode(callingCode);
  if (!countries || countries.length === 0 || countries.includes('001')) return null;
  metadata.selectNumberingPlan(callingCode);
  const prefix = metadata.numberingPlan.nationalPrefixForParsing();
  return {
    nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : undefined,
    countries: countries.map(countryPlan),
  };
}

function planOf(callingCode: string): CallingCodePlan | null {
  let plan = plans.get(callingCode);
  if (plan === undefined) {
    plan = callingCodePlan(callingCode);
    plans.set(callingCode, plan);
  }
  return plan;
}

/** getNumberType: the national pattern, then any type whose lengths and pattern fit. */
function hasType(plan: CountryPlan, nationalNumber: string): boolean {
  if (!plan.nationalNumber.test(nationalNumber)) return false;
  for (const type of plan.types)
    if ((!type.lengths || type.lengths.includes(nationalNumber.length)) && type.pattern.test(nationalNumber))
      return true;
  return false;
}

/** getCountryByNationalNumber: the first country whose leading digits or types fit. */
function countryOf(plan: CallingCodePlan, nationalNumber: string): CountryPlan | undefined {
  if (plan.countries.length === 1) return plan.countries[0];
  for (const country of plan.countries) {
    if (country.leadingDigits) {
      if (nationalNumber.search(country.leadingDigits) === 0) return country;
    } else if (hasType(country, nationalNumber)) return country;
  }
  return undefined;
}

const e164Shape = /^\+[1-9]\d{2,16}$/;
/** The country code is 1 to 3 digits; the parser refuses national numbers outside 2–17 digits. */
const longestCallingCode = 3;
const nationalLengths = { min: 2, max: 17 };

/**
 * Whether an E.164-shaped number is valid for its country, as the library would say, or
 * undefined when the library must decide. A valid number's E.164 form is the input itself.
 */
export function validE164(input: string): boolean | undefined {
  if (!e164Shape.test(input)) return undefined;
  for (let length = 1; length <= longestCallingCode; length += 1) {
    const callingCode = input.slice(1, 1 + length);
    if (!metadata.hasCallingCode(callingCode)) continue;
    const plan = planOf(callingCode);
    if (!plan) return undefined;
    const nationalNumber = input.slice(1 + length);
    if (nationalNumber.length < nationalLengths.min || nationalNumber.length > nationalLengths.max)
      return undefined;
    // A national prefix the parser may strip changes the number: the library decides.
    if (plan.nationalPrefix?.test(nationalNumber)) return undefined;
    // No country found for a shared code: validity is read against the code's main country.
    const country = countryOf(plan, nationalNumber) ?? plan.countries[0]!;
    return country.hasTypes ? hasType(country, nationalNumber) : country.nationalNumber.test(nationalNumber);
  }
  return undefined;
}
