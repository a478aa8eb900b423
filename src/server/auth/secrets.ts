import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

/** A fresh bearer token: a readable prefix plus 32 random bytes. */
export function newToken(prefix: 'sbk' | 'sbs'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are random and long, so a plain SHA-256 is the right lookup hash for them. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Passwords are chosen by people, so they get a slow, salted hash (scrypt). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, 32);
  return `scrypt$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

let dummy: Promise<string> | undefined;

/** A password hash made once for nobody, to spend on sign-ins for unknown emails. */
export const nobodysHash = () => {
  dummy ??= hashPassword(randomBytes(16).toString('base64url'));
  return dummy;
};

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(expected, actual);
}
