import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../runtime/runtime.ts';
import { newToken, tokenHash } from '../../security/tokens.ts';
import { withCredentialCache } from '../../store/credential-cache.ts';
import { SqliteStore } from '../../store/sqlite/store.ts';
import { resolvePrincipal } from './principal.ts';

describe('a bearer token resolves to its principal (issue 17 residue 5)', () => {
  const store = new SqliteStore(':memory:');
  const runtime = { created: (workspaceId: string) => workspaceId === 'ws_1' } as unknown as Runtime;
  const workspaceKey = newToken('sbk');
  const adminKey = newToken('sbk');
  const revokedKey = newToken('sbk');
  const key = (id: string, token: string, more: { workspaceId?: string; revokedAt?: number } = {}) =>
    store.saveApiKey({
      id,
      name: id,
      role: 'admin',
      hash: tokenHash(token),
      prefix: token.slice(0, 8),
      createdAt: 0,
      ...more,
    });

  beforeAll(async () => {
    await store.migrate();
    await key('key_ws', workspaceKey, { workspaceId: 'ws_1' });
    await key('key_admin', adminKey);
    await key('key_revoked', revokedKey, { workspaceId: 'ws_1', revokedAt: 1 });
  });
  afterAll(() => store.close());

  it('the lookup hash is the token’s SHA-256, hex', () => {
    expect(tokenHash(workspaceKey)).toBe(createHash('sha256').update(workspaceKey).digest('hex'));
  });

  it('a workspace key, the admin key, again and again; a revoked or unknown one is nobody', async () => {
    for (let round = 0; round < 2; round++) {
      expect(await resolvePrincipal(workspaceKey, store, runtime, 0)).toEqual({
        kind: 'api_key',
        keyId: 'key_ws',
        workspaceId: 'ws_1',
        role: 'admin',
      });
      expect(await resolvePrincipal(adminKey, store, runtime, 0)).toEqual({
        kind: 'admin',
        keyId: 'key_admin',
      });
    }
    expect(await resolvePrincipal(revokedKey, store, runtime, 0)).toBeUndefined();
    expect(await resolvePrincipal(newToken('sbk'), store, runtime, 0)).toBeUndefined();
    expect(await resolvePrincipal(undefined, store, runtime, 0)).toBeUndefined();
  });

  it('a key the credential cache holds is answered at once, the same principal; once revoked, looked up again', async () => {
    const cached = withCredentialCache(store);
    const first = resolvePrincipal(workspaceKey, cached, runtime, 0);
    expect(first).toBeInstanceOf(Promise);
    const principal = { kind: 'api_key', keyId: 'key_ws', workspaceId: 'ws_1', role: 'admin' };
    expect(await first).toEqual(principal);
    expect(resolvePrincipal(workspaceKey, cached, runtime, 0)).toEqual(principal);
    await cached.revokeApiKey('ws_1', 'key_ws', 5);
    const after = resolvePrincipal(workspaceKey, cached, runtime, 0);
    expect(after).toBeInstanceOf(Promise);
    expect(await after).toBeUndefined();
  });
});
