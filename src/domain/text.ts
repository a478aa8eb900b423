import { invalid } from './errors.ts';

/** Trims a name-like field and refuses an empty or overlong one, naming the field. */
export function requiredText(value: string, field: string, max = 200): string {
  const text = value.trim();
  if (text === '') throw invalid(field, `${field} must not be empty`);
  if (text.length > max) throw invalid(field, `${field} must be at most ${max} characters`);
  return text;
}

export function optionalText(value: string | undefined | null, field: string, max = 200): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (text.length > max) throw invalid(field, `${field} must be at most ${max} characters`);
  return text;
}

/** Name search for transfer targets (T4): case- and accent-insensitive, matching any word start. */
export function matchesName(name: string, search: string): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const needle = fold(search.trim());
  if (needle === '') return true;
  const haystack = fold(name);
  return haystack.startsWith(needle) || haystack.includes(` ${needle}`);
}
