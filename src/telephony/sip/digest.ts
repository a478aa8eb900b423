import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { splitOutsideQuotes } from './grammar.ts';

/**
 * HTTP digest authentication for SIP (RFC 3261 §22, RFC 7616 algorithms, RFC 8760 for
 * SHA-256 in SIP). The server keeps only HA1 = H(username:realm:password); nonces are
 * stateless (a time and its HMAC), so a flood of challenges costs no memory.
 */

export type DigestAlgorithm = 'MD5' | 'SHA-256';

const hash = (algorithm: DigestAlgorithm, text: string) =>
  createHash(algorithm === 'MD5' ? 'md5' : 'sha256')
    .update(text)
    .digest('hex');

/** What an admin's password becomes: the only form in which it is stored. */
export function ha1For(username: string, realm: string, password: string): { md5: string; sha256: string } {
  const text = `${username}:${realm}:${password}`;
  return { md5: hash('MD5', text), sha256: hash('SHA-256', text) };
}

export interface DigestCredentials {
  username: string;
  realm: string;
  nonce: string;
  uri: string;
  response: string;
  algorithm: DigestAlgorithm;
  qop?: string;
  nc?: string;
  cnonce?: string;
}

/** Reads an Authorization header; undefined for another scheme or a malformed one. */
export function parseAuthorization(value: string | undefined): DigestCredentials | undefined {
  if (!value) return undefined;
  const match = /^Digest\s+(.*)$/is.exec(value.trim());
  if (!match) return undefined;
  const params = new Map<string, string>();
  for (const part of splitOutsideQuotes(match[1]!, ',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const raw = part.slice(eq + 1).trim();
    params.set(part.slice(0, eq).trim().toLowerCase(), raw.replace(/^"(.*)"$/s, '$1'));
  }
  const algorithm = (params.get('algorithm') ?? 'MD5').toUpperCase();
  if (algorithm !== 'MD5' && algorithm !== 'SHA-256') return undefined;
  const required = ['username', 'realm', 'nonce', 'uri', 'response'] as const;
  if (required.some((name) => !params.get(name))) return undefined;
  const optional = (name: string) => (params.has(name) ? { [name]: params.get(name)! } : {});
  return {
    username: params.get('username')!,
    realm: params.get('realm')!,
    nonce: params.get('nonce')!,
    uri: params.get('uri')!,
    response: params.get('response')!.toLowerCase(),
    algorithm,
    ...optional('qop'),
    ...optional('nc'),
    ...optional('cnonce'),
  };
}

export class DigestAuth {
  private readonly secret = randomBytes(32);

  constructor(
    readonly realm: string,
    /**
     * Algorithms offered in challenges. Phones answer with either and are verified with
     * either; MD5 alone is the default because some phones (baresip 1.0 on libre, older
     * desk phones) give up on a challenge list holding an algorithm they lack.
     */
    private readonly algorithms: DigestAlgorithm[] = ['MD5'],
    private readonly nonceLifetimeMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** WWW-Authenticate values, one per algorithm offered, most preferred first (RFC 8760 §2.4). */
  challenges(stale = false): string[] {
    const nonce = this.nonce();
    return this.algorithms.map(
      (algorithm) =>
        `Digest realm="${this.realm}", nonce="${nonce}", algorithm=${algorithm}, qop="auth"${stale ? ', stale=true' : ''}`,
    );
  }

  /**
   * Checks credentials against the user's HA1s. 'stale' means right password, expired nonce
   * (the phone retries at once without asking its user).
   */
  verify(
    method: string,
    credentials: DigestCredentials,
    ha1: { md5: string; sha256: string },
  ): 'ok' | 'stale' | 'wrong' {
    if (credentials.realm !== this.realm) return 'wrong';
    const key = credentials.algorithm === 'MD5' ? ha1.md5 : ha1.sha256;
    const ha2 = hash(credentials.algorithm, `${method}:${credentials.uri}`);
    const { nonce, nc, cnonce, qop } = credentials;
    const expected =
      qop === 'auth'
        ? hash(credentials.algorithm, `${key}:${nonce}:${nc ?? ''}:${cnonce ?? ''}:auth:${ha2}`)
        : hash(credentials.algorithm, `${key}:${nonce}:${ha2}`);
    if (expected.length !== credentials.response.length) return 'wrong';
    if (!timingSafeEqual(Buffer.from(expected), Buffer.from(credentials.response))) return 'wrong';
    const age = this.nonceAge(nonce);
    if (age === undefined) return 'wrong';
    return age > this.nonceLifetimeMs ? 'stale' : 'ok';
  }

  private nonce(): string {
    const time = this.now().toString(36);
    return `${time}.${this.sign(time)}`;
  }

  private sign(time: string): string {
    return createHmac('sha256', this.secret).update(time).digest('base64url').slice(0, 22);
  }

  /** How old a nonce we issued is; undefined for one we did not issue. */
  private nonceAge(nonce: string): number | undefined {
    const [time, signature] = nonce.split('.');
    if (!time || !signature || this.sign(time) !== signature) return undefined;
    return this.now() - Number.parseInt(time, 36);
  }
}
