import { describe, expect, it } from 'vitest';
import { withCredentialCache } from './credential-cache.ts';
import { SqliteStore } from './sqlite/store.ts';

async function open() {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  return store;
}

describe('credential cache', () => {
  it('serves found keys from memory and forgets them when revoked', async () => {
    const store = await open();
    const cached = withCredentialCache(store);
    await cached.saveApiKey({
      id: 'k1',
      workspaceId: 'w1',
      name: 'x',
      role: 'admin',
      hash: 'h1',
      prefix: 'sbk_',
      createdAt: 1,
    });
    expect(await cached.findApiKey('h1')).toMatchObject({ id: 'k1' });
    let reads = 0;
    const original = store.findApiKey.bind(store);
    store.findApiKey = async (hash) => {
      reads += 1;
      return original(hash);
    };
    await cached.findApiKey('h1');
    expect(reads).toBe(0);
    await cached.revokeApiKey('w1', 'k1', 5);
    expect((await cached.findApiKey('h1'))?.revokedAt).toBe(5);
    expect(reads).toBe(1);
  });

  it('forgets a deleted session and never caches unknown tokens', async () => {
    const cached = withCredentialCache(await open(), 2);
    await cached.saveSession({
      tokenHash: 't1',
      workspaceId: 'w1',
      userId: 'u1',
      createdAt: 1,
      expiresAt: 10,
    });
    expect(await cached.findSession('t1')).toBeDefined();
    await cached.deleteSession('t1');
    expect(await cached.findSession('t1')).toBeUndefined();
    expect(await cached.findSession('nope')).toBeUndefined();
  });
});
