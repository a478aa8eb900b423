import examples from 'libphonenumber-js/examples.mobile.json';
import {
  type CountryCode,
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberWithError,
} from 'libphonenumber-js/max';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPhone } from './phone.ts';
import { validE164 } from './phone-e164.ts';

/** What the library alone says of a number (no fast path): the reference. */
function library(input: string): { valid: boolean; e164: string } | { error: string } {
  try {
    const parsed = parsePhoneNumberWithError(input);
    return { valid: parsed.isValid(), e164: parsed.number };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A small seeded generator (mulberry32), so a failure names a number that stays the same. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');
  return { next, digits };
}

/**
 * Numbers of every calling code: each country's example mobile with its last 1–5 digits
 * redrawn (mostly valid), one digit more or less, a national prefix written after the
 * country code, and random digit strings of every length (mostly invalid); plus calling
 * codes that do not exist and shapes that are not E.164.
 */
function numbers(): string[] {
  const random = generator(20261203);
  const inputs: string[] = [];
  const codes = new Set<string>();
  for (const country of getCountries()) {
    const code = getCountryCallingCode(country as CountryCode);
    codes.add(code);
    const example = (examples as Record<string, string>)[country];
    if (!example) continue;
    for (let round = 0; round < 40; round += 1) {
      const keep = Math.max(0, example.length - 1 - Math.floor(random.next() * 5));
      inputs.push(`+${code}${example.slice(0, keep)}${random.digits(example.length - keep)}`);
    }
    inputs.push(
      `+${code}${example}`,
      `+${code}${example}${random.digits(1)}`,
      `+${code}${example.slice(0, -1)}`,
    );
    inputs.push(`+${code}0${example}`, `+${code}00${example}`, `+${code}1${example}`, `+${code}8${example}`);
  }
  for (const code of codes)
    for (let length = 0; length <= 17; length += 1)
      for (let round = 0; round < 2; round += 1) inputs.push(`+${code}${random.digits(length)}`);
  for (let round = 0; round < 2_000; round += 1)
    inputs.push(`+${random.digits(3 + Math.floor(random.next() * 15))}`);
  inputs.push(
    '+',
    '+1',
    '+12',
    '+0123456789',
    '34911234567',
    '+34 911 234 567',
    ' +34911234567',
    '+34911234567 ',
  );
  inputs.push('+34911234567x12', '+34-911-234-567', '+３４911234567', '+999123456789', '+80012345678');
  return inputs;
}

describe('the E.164 fast path agrees with libphonenumber-js (issue 16 goal 6: a caller’s number checked without a full parse)', () => {
  let inputs: string[];
  const reference = new Map<string, ReturnType<typeof library>>();
  beforeAll(() => {
    inputs = numbers();
    for (const input of inputs) reference.set(input, library(input.trim()));
  });

  it('answers exactly as the library for every number it answers, and leaves the rest to it', () => {
    let answered = 0;
    let valid = 0;
    const wrong: string[] = [];
    for (const input of inputs) {
      const fast = validE164(input);
      if (fast === undefined) continue;
      answered += 1;
      if (fast) valid += 1;
      const said = reference.get(input)!;
      const agrees = 'error' in said ? false : said.valid === fast && (!fast || said.e164 === input);
      if (!agrees) wrong.push(`${input}: fast ${fast}, library ${JSON.stringify(said)}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
    // Not vacuous: most numbers take the fast path, valid and invalid ones both.
    expect(answered).toBeGreaterThan(inputs.length * 0.6);
    expect(valid).toBeGreaterThan(5_000);
    expect(answered - valid).toBeGreaterThan(5_000);
  });

  it('checkPhone gives what the library gives, through either path', () => {
    const wrong: string[] = [];
    for (const input of inputs) {
      const check = checkPhone(input);
      const said = reference.get(input)!;
      const agrees = check.ok
        ? !('error' in said) && said.valid && said.e164 === check.e164
        : 'error' in said || !said.valid;
      if (!agrees) wrong.push(`${input}: ${JSON.stringify(check)}, library ${JSON.stringify(said)}`);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('keeps the reasons: a number invalid for its country, an unknown country code, a national form', () => {
    expect(checkPhone('+34911234567')).toEqual({ ok: true, e164: '+34911234567' });
    expect(checkPhone('+34111111111')).toEqual({
      ok: false,
      reason: 'is not a valid number for its country',
    });
    expect(checkPhone('+999123456789').ok).toBe(false);
    expect(checkPhone('911234567')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('country code'),
    });
  });
});
