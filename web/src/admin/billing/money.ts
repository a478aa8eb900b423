import type { Language } from '../../i18n/define.ts';

const locales: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };

/** Cents as money in the page's language: "€1,234.50" in English, "1234,50 €" in Spanish. */
export function formatMoney(cents: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency }).format(cents / 100);
}

/** The largest top-up the API takes, in cents. */
export const maxTopUpCents = 1_000_000_000_00;

/**
 * An amount as a person types it ("20", "20.5", "20,50") in cents; undefined when it is
 * not a positive amount with at most two decimals.
 */
export function parseAmount(text: string): number | undefined {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return undefined;
  const [whole, fraction = ''] = normalised.split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return cents > 0 && cents <= maxTopUpCents ? cents : undefined;
}
