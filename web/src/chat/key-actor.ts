import type { MessageKey } from '../i18n/messages/index.ts';

/** C4: the key that transferred a conversation when no signed-in user did. */
export interface KeyActor {
  kind: 'admin' | 'api_key';
  keyId?: string;
}

type Say = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The key named for people: the server admin key, or a workspace API key by its id. */
export const keyActorName = (t: Say, key: KeyActor): string =>
  key.kind === 'admin' ? t('chat.actor.admin') : t('chat.actor.apiKey', { keyId: key.keyId ?? '' });
