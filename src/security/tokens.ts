import { hash, randomBytes } from 'node:crypto';

/** A fresh bearer token: a readable prefix plus 32 random bytes. */
export function newToken(prefix: 'sbk' | 'sbs'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/**
 * Tokens are random and long, so a plain SHA-256 is the right lookup hash for them. The
 * one-shot crypto.hash (Node ≥ 20.12) costs less than half of createHash's object per call.
 */
export function tokenHash(token: string): string {
  return hash('sha256', token, 'hex');
}
