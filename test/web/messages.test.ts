import { describe, expect, it } from 'vitest';
import { messages } from '../../web/src/i18n/messages/index.ts';

describe('console wording (issue 14)', () => {
  it('no count is written "run(s)" or "condición(es)": each plural has its own form', () => {
    for (const table of [messages.en, messages.es]) {
      const hedged = Object.entries(table).filter(([, text]) => /\w\((s|es)\)/.test(text));
      expect(hedged).toEqual([]);
    }
  });

  it('every singular form sits beside its plain (plural) message', () => {
    for (const table of [messages.en, messages.es] as Record<string, string>[]) {
      const orphans = Object.keys(table).filter(
        (key) => key.endsWith('.one') && !(key.slice(0, -4) in table),
      );
      expect(orphans).toEqual([]);
    }
  });

  it('Spanish avoids the regionally vulgar "coger" (Latin American users read it as obscene)', () => {
    const found = Object.entries(messages.es).filter(([, text]) => /\bcog(er|i|iste|ió|e|en)\b/i.test(text));
    expect(found).toEqual([]);
  });
});
