import { readFileSync } from 'node:fs';
import type { PromptKind } from './kinds.ts';
import { decodePrompt } from './prompt-audio.ts';

/**
 * The spoken prompts a number plays when it has none of its own: short generic phrases in
 * English and Spanish, spoken by espeak-ng and committed as µ-law WAVs
 * (scripts/generate-prompts.sh regenerates them; nothing runs it at run time).
 */
export type PromptLanguage = 'en' | 'es';

/** Countries whose callers hear the Spanish defaults. */
const spanishCountries = new Set([
  'ES',
  'MX',
  'AR',
  'CO',
  'CL',
  'PE',
  'VE',
  'EC',
  'GT',
  'CU',
  'BO',
  'DO',
  'HN',
  'PY',
  'SV',
  'NI',
  'CR',
  'PA',
  'UY',
]);
/** Their calling codes, for a workspace without a default country. */
const spanishCallingCodes = [
  '+34',
  '+52',
  '+54',
  '+57',
  '+56',
  '+51',
  '+58',
  '+593',
  '+502',
  '+53',
  '+591',
  '+598',
];

/** Spanish for a workspace in a Spanish-speaking country, or for a number there; English otherwise. */
export function languageFor(defaultCountry: string | undefined, e164: string): PromptLanguage {
  if (defaultCountry) return spanishCountries.has(defaultCountry.toUpperCase()) ? 'es' : 'en';
  return spanishCallingCodes.some((code) => e164.startsWith(code)) ? 'es' : 'en';
}

const decoded = new Map<string, Int16Array>();

/** The default prompt's samples, decoded once and shared by every call. */
export function defaultPrompt(language: PromptLanguage, kind: PromptKind): Int16Array {
  const key = `${language}/${kind}`;
  const cached = decoded.get(key);
  if (cached) return cached;
  const bytes = readFileSync(new URL(`./defaults/${language}/${kind}.wav`, import.meta.url));
  const { pcm } = decodePrompt(bytes);
  decoded.set(key, pcm);
  return pcm;
}
