import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './secrets.ts';
import { passwordMatches } from './sign-in.ts';

const entry = { workspaceId: 'acme', userId: 'u_ann', email: 'ann@acme.test', name: 'Ann' };

/** A store with one account (ann@acme.test) and one user who has no password yet. */
async function store() {
  const hash = await hashPassword('right');
  return {
    usersByEmail: async (email: string) =>
      email === 'ann@acme.test' ? [entry] : email === 'new@acme.test' ? [{ ...entry, userId: 'u_new' }] : [],
    getPassword: async (_workspaceId: string, userId: string) => (userId === 'u_ann' ? hash : undefined),
  };
}

describe('password sign-in (issue 12 item 8)', () => {
  it('opens the account with the right password only', async () => {
    const accounts = await store();
    expect(await passwordMatches(accounts, 'ann@acme.test', 'right')).toEqual([entry]);
    expect(await passwordMatches(accounts, 'ann@acme.test', 'wrong')).toEqual([]);
  });

  it('spends one password check on an unknown email or an account without a password, as on a known one', async () => {
    const accounts = await store();
    for (const email of ['ann@acme.test', 'nobody@acme.test', 'new@acme.test']) {
      const hashes: string[] = [];
      const verify = (password: string, hash: string) => {
        hashes.push(hash);
        return verifyPassword(password, hash);
      };
      expect(await passwordMatches(accounts, email, 'wrong', verify)).toEqual([]);
      expect(hashes, email).toHaveLength(1);
      expect(hashes[0]).toMatch(/^scrypt\$/);
    }
  });
});
