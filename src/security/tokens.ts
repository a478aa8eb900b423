import { createHash, randomBytes } from 'node:crypto';

/** A fresh bearer token: a readable prefix plus 32 random bytes. */
export function newToken(prefix: 'sbk' | 'sbs'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are random and long, so a plain SHA-256 is the right lookup hash for them. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
