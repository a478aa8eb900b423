import { describe, expect, it } from 'vitest';
import { passwordHashing } from '../../security/passwords.ts';
import { passwordMatches } from './sign-in.ts';

// Sign-in's rule does not depend on the cost: a cheap one keeps this test fast.
const passwords = passwordHashing({ log2N: 4, r: 1, p: 1 });
const entry = { workspaceId: 'acme', userId: 'u_ann', email: 'ann@acme.test', name: 'Ann' };

/** A store with one account (ann@acme.test) and one user who has no password yet. */
async function store() {
  const hash = await passwords.hash('right');
  return {
    usersByEmail: async (email: string) =>
      email === 'ann@acme.test' ? [entry] : email === 'new@acme.test' ? [{ ...entry, userId: 'u_new' }] : [],
    getPassword: async (_workspaceId: string, userId: string) => (userId === 'u_ann' ? hash : undefined),
  };
}

describe('password sign-in (issue 12 item 8)', () => {
  it('opens the account with the right password only', async () => {
    const accounts = await store();
    expect(await passwordMatches(accounts, 'ann@acme.test', 'right', passwords)).toEqual([entry]);
    expect(await passwordMatches(accounts, 'ann@acme.test', 'wrong', passwords)).toEqual([]);
  });

  it('spends one password check on an unknown email or an account without a password, as on a known one', async () => {
    const accounts = await store();
    for (const email of ['ann@acme.test', 'nobody@acme.test', 'new@acme.test']) {
      const hashes: string[] = [];
      const verify = (password: string, hash: string) => {
        hashes.push(hash);
        return passwords.verify(password, hash);
      };
      const counted = { verify, nobodysHash: passwords.nobodysHash };
      expect(await passwordMatches(accounts, email, 'wrong', counted)).toEqual([]);
      expect(hashes, email).toHaveLength(1);
      expect(hashes[0]).toMatch(/^scrypt\$/);
    }
  });
});
