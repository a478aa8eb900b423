import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { passwordHashing, standardPasswordCost, verifyPassword } from './passwords.ts';

const cheap = { log2N: 4, r: 1, p: 1 };

describe('password hashing', () => {
  // The only test that pays the real cost (about 50 ms a hash, seconds on a loaded machine).
  it('hashes at the real scrypt cost unless given another (N=16384, r=8, p=1), and says which in the hash', async () => {
    const standard = passwordHashing();
    expect(standard.cost).toEqual(standardPasswordCost);
    const hash = await standard.hash('correct horse');
    expect(hash).toMatch(/^scrypt\$ln=14,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
    const [, , salt, key] = hash.split('$');
    const expected = scryptSync('correct horse', Buffer.from(salt!, 'base64url'), 32, {
      N: 16384,
      r: 8,
      p: 1,
    });
    expect(key).toBe(expected.toString('base64url'));
  });

  it('verifies a hash at the cost written in it, whatever cost the verifier hashes at', async () => {
    const hash = await passwordHashing(cheap).hash('pw');
    expect(hash).toMatch(/^scrypt\$ln=4,r=1,p=1\$/);
    expect(await passwordHashing().verify('pw', hash)).toBe(true);
    expect(await passwordHashing().verify('px', hash)).toBe(false);
    expect(await passwordHashing().verify('pw ', hash)).toBe(false);
  });

  it('still verifies hashes written before costs were recorded (scrypt$salt$key, standard cost)', async () => {
    const salt = randomBytes(16);
    const old = `scrypt$${salt.toString('base64url')}$${scryptSync('pw', salt, 32).toString('base64url')}`;
    expect(await verifyPassword('pw', old)).toBe(true);
  });

  it('refuses malformed hashes and ones asking for more memory than allowed, without computing them', async () => {
    const good = await passwordHashing(cheap).hash('pw');
    const [, , salt, key] = good.split('$');
    for (const stored of [
      '',
      'bcrypt$x$y',
      `scrypt$ln=4,r=1$${salt}$${key}`,
      `scrypt$ln=0,r=1,p=1$${salt}$${key}`,
      `scrypt$ln=30,r=8,p=1$${salt}$${key}`,
      `scrypt$ln=4,r=1,p=1$${salt}$`,
      `scrypt$ln=4,r=1,p=1$$${key}$extra`,
    ])
      expect(await verifyPassword('pw', stored), stored).toBe(false);
  });

  it('refuses to be set to a cost out of range', () => {
    expect(() => passwordHashing({ log2N: 0, r: 1, p: 1 })).toThrow(/password cost/);
    expect(() => passwordHashing({ log2N: 24, r: 8, p: 1 })).toThrow(/password cost/);
  });

  it('makes the hash for nobody once, at its own cost', async () => {
    const hashing = passwordHashing(cheap);
    const nobody = await hashing.nobodysHash();
    expect(nobody).toMatch(/^scrypt\$ln=4,r=1,p=1\$/);
    expect(await hashing.nobodysHash()).toBe(nobody);
  });
});
