import type { ApiKeyRecord, SessionRecord, Store } from './port.ts';

/**
 * Every request looks its bearer token up; reading SQLite for each one cost as much as a
 * durable write (HTTP bench). Found keys and sessions are kept in memory, bounded, and
 * dropped when this process revokes or deletes them. Unknown tokens are never cached, so a
 * flood of bad tokens costs no memory. With several nodes, revocation must also reach the
 * others' caches (not needed while one node serves a database).
 */
export function withCredentialCache(store: Store, max = 10_000): Store {
  const keys = new Map<string, ApiKeyRecord>();
  const sessions = new Map<string, SessionRecord>();
  const remember = <T>(cache: Map<string, T>, hash: string, value: T) => {
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(hash, value);
  };
  const cached: Store = Object.create(store);
  cached.findApiKey = async (hash) => {
    const hit = keys.get(hash);
    if (hit) return hit;
    const key = await store.findApiKey(hash);
    if (key && key.revokedAt === undefined) remember(keys, hash, key);
    return key;
  };
  // Every request's principal: answered without a promise when the key is held (src/server/app.ts).
  cached.knownApiKey = (hash) => keys.get(hash);
  cached.revokeApiKey = async (workspaceId, keyId, at) => {
    keys.clear();
    return store.revokeApiKey(workspaceId, keyId, at);
  };
  cached.findSession = async (hash) => {
    const hit = sessions.get(hash);
    if (hit) return hit;
    const session = await store.findSession(hash);
    if (session) remember(sessions, hash, session);
    return session;
  };
  cached.deleteSession = async (hash) => {
    sessions.delete(hash);
    return store.deleteSession(hash);
  };
  return cached;
}
