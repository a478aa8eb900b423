import { describe, expect, it } from 'vitest';
import { keyActorName } from '../../web/src/chat/key-actor.ts';
import { type MessageKey, messages } from '../../web/src/i18n/messages/index.ts';

const say =
  (language: 'en' | 'es') =>
  (key: MessageKey, values: Record<string, string | number> = {}): string =>
    messages[language][key].replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );

describe('the key that transferred a conversation, named for people (C4, issue 12 #15)', () => {
  it('the server admin key and an API key by its id, in English and Spanish', () => {
    expect(keyActorName(say('en'), { kind: 'admin' })).toBe('Server admin key');
    expect(keyActorName(say('en'), { kind: 'api_key', keyId: 'key_7' })).toBe('API key key_7');
    expect(keyActorName(say('es'), { kind: 'admin' })).toBe('Clave de administración del servidor');
    expect(keyActorName(say('es'), { kind: 'api_key', keyId: 'key_7' })).toBe('Clave de API key_7');
  });
});
