export type Language = 'en' | 'es';
export const languages: Language[] = ['en', 'es'];

/**
 * One area's messages in both languages. The Spanish table must have exactly the English
 * keys, so a missing translation is a type error rather than a blank in the page.
 * Placeholders are `{name}`.
 */
export function defineMessages<K extends string>(messages: {
  en: Record<K, string>;
  es: Record<NoInfer<K>, string>;
}) {
  return messages;
}
