import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useWorkspace } from '../session/workspace.tsx';
import type { Language } from './define.ts';
import { messages } from './messages/index.ts';
import type { Translate } from './translate.ts';

export type { Translate };

interface I18nValue {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  /** Dates and numbers in the page's language, on the workspace's clock. */
  formatTime(iso: string | number): string;
  formatDateTime(iso: string | number): string;
  /** The workspace's time zone (the browser's before sign-in). */
  timeZone: string;
  /** Said only when it is not the browser's own zone, so a time never reads as local when it is not. */
  zoneNote?: string;
}

const I18nContext = createContext<I18nValue | undefined>(undefined);

/** The browser's first preferred language we have, else English. */
export function browserLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es' || base === 'en') return base;
  }
  return 'en';
}

const keyFor = (userId?: string) => `switchboard.language${userId ? `.${userId}` : ''}`;

function stored(userId?: string): Language | undefined {
  const value = localStorage.getItem(keyFor(userId));
  return value === 'en' || value === 'es' ? value : undefined;
}

/** The language is chosen per user (kept in this browser), defaulting to the browser's. */
/**
 * A count's own wording ("1 chat", "2 chats"): a message `key` may have a `key.one` (and
 * `key.many`, …) beside it, chosen by Intl.PluralRules; the plain key is every other count.
 */
function pluralForm(
  table: Record<string, string>,
  key: string,
  count: string | number | undefined,
  rules: Intl.PluralRules,
): string | undefined {
  if (typeof count !== 'number') return undefined;
  return table[`${key}.${rules.select(count)}`];
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function I18nProvider({ userId, children }: { userId?: string; children: ReactNode }) {
  const workspaceZone = useWorkspace()?.timeZone;
  // A person's own choice first; then the one made on the log-in page of this browser.
  const initial = () => stored(userId) ?? stored() ?? browserLanguage();
  const [language, setState] = useState<Language>(initial);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read when the person changes.
  useEffect(() => setState(initial()), [userId]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback(
    (next: Language) => {
      localStorage.setItem(keyFor(userId), next);
      if (userId) localStorage.setItem(keyFor(), next);
      setState(next);
    },
    [userId],
  );

  const value = useMemo<I18nValue>(() => {
    const table = messages[language];
    const plurals = new Intl.PluralRules(language === 'es' ? 'es-ES' : 'en-GB');
    const t: Translate = (key, values) => {
      const text = pluralForm(table, key, values?.count, plurals) ?? table[key] ?? messages.en[key] ?? key;
      if (!values) return text;
      return text.replace(/\{(\w+)\}/g, (match, name: string) =>
        name in values ? String(values[name]) : match,
      );
    };
    const locale = language === 'es' ? 'es-ES' : 'en-GB';
    const timeZone = workspaceZone ?? browserZone();
    const elsewhere = timeZone !== browserZone();
    // Elsewhere, each time carries its zone's short name ("09:01:00 CET").
    const zoneName = elsewhere ? ({ timeZoneName: 'short' } as const) : {};
    const time = new Intl.DateTimeFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone,
      ...zoneName,
    });
    const dateTime = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone,
      ...zoneName,
    });
    return {
      language,
      setLanguage,
      t,
      formatTime: (at) => time.format(new Date(at)),
      formatDateTime: (at) => dateTime.format(new Date(at)),
      timeZone,
      ...(elsewhere ? { zoneNote: t('time.zoneNote', { zone: timeZone.replaceAll('_', ' ') }) } : {}),
    };
  }, [language, setLanguage, workspaceZone]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
