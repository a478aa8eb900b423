import { createHash, randomBytes } from 'node:crypto';
import { splitOutsideQuotes } from './grammar.ts';

/**
 * The client side of SIP digest authentication (RFC 3261 §22.2, RFC 2617, RFC 8760): what
 * Switchboard answers when a carrier challenges its INVITE with 401 (WWW-Authenticate) or
 * 407 (Proxy-Authenticate). Only the response hash goes on the wire, never the password.
 */
export interface DigestChallenge {
  realm: string;
  nonce: string;
  algorithm: 'MD5' | 'SHA-256';
  qop?: 'auth';
  opaque?: string;
}

/** The first challenge we can answer (MD5 or SHA-256; qop auth or none); undefined otherwise. */
export function parseChallenges(values: string[]): DigestChallenge | undefined {
  for (const value of values) {
    const match = /^Digest\s+(.*)$/is.exec(value.trim());
    if (!match) continue;
    const params = new Map<string, string>();
    for (const part of splitOutsideQuotes(match[1]!, ',')) {
      const eq = part.indexOf('=');
      if (eq > 0)
        params.set(
          part.slice(0, eq).trim().toLowerCase(),
          part
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/s, '$1'),
        );
    }
    const algorithm = (params.get('algorithm') ?? 'MD5').toUpperCase();
    const realm = params.get('realm');
    const nonce = params.get('nonce');
    if ((algorithm !== 'MD5' && algorithm !== 'SHA-256') || realm === undefined || !nonce) continue;
    const qops = params
      .get('qop')
      ?.split(',')
      .map((qop) => qop.trim().toLowerCase());
    if (qops && !qops.includes('auth')) continue;
    return {
      realm,
      nonce,
      algorithm,
      ...(qops ? { qop: 'auth' as const } : {}),
      ...(params.has('opaque') ? { opaque: params.get('opaque')! } : {}),
    };
  }
  return undefined;
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** The Authorization (or Proxy-Authorization) value answering `challenge` for one request. */
export function authorizationFor(
  challenge: DigestChallenge,
  request: { method: string; uri: string },
  credentials: { username: string; password: string },
  cnonce = randomBytes(8).toString('hex'),
): string {
  const hash = (text: string) =>
    createHash(challenge.algorithm === 'MD5' ? 'md5' : 'sha256')
      .update(text)
      .digest('hex');
  const ha1 = hash(`${credentials.username}:${challenge.realm}:${credentials.password}`);
  const ha2 = hash(`${request.method}:${request.uri}`);
  const nc = '00000001';
  const response = challenge.qop
    ? hash(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:auth:${ha2}`)
    : hash(`${ha1}:${challenge.nonce}:${ha2}`);
  const parts = [
    `username=${quoted(credentials.username)}`,
    `realm=${quoted(challenge.realm)}`,
    `nonce=${quoted(challenge.nonce)}`,
    `uri=${quoted(request.uri)}`,
    `response=${quoted(response)}`,
    `algorithm=${challenge.algorithm}`,
    ...(challenge.qop ? [`qop=auth`, `nc=${nc}`, `cnonce=${quoted(cnonce)}`] : []),
    ...(challenge.opaque !== undefined ? [`opaque=${quoted(challenge.opaque)}`] : []),
  ];
  return `Digest ${parts.join(', ')}`;
}
