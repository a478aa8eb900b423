import { describe, expect, it } from 'vitest';
import { DigestAuth, ha1For, parseAuthorization } from './digest.ts';
import { authorizationFor, parseChallenges } from './digest-client.ts';

describe('digest client (issue 13 item 3)', () => {
  it('answers a challenge so that a digest server verifies it: MD5 and SHA-256, qop auth', () => {
    for (const algorithm of ['MD5', 'SHA-256'] as const) {
      const server = new DigestAuth('carrier.test', [algorithm]);
      const challenge = parseChallenges(server.challenges())!;
      expect(challenge).toMatchObject({ realm: 'carrier.test', algorithm, qop: 'auth' });
      const value = authorizationFor(
        challenge,
        { method: 'INVITE', uri: 'sip:+34699000111@carrier.test' },
        {
          username: 'trunk',
          password: 's3cret',
        },
      );
      expect(value).not.toContain('s3cret');
      const credentials = parseAuthorization(value)!;
      expect(server.verify('INVITE', credentials, ha1For('trunk', 'carrier.test', 's3cret'))).toBe('ok');
      expect(server.verify('INVITE', credentials, ha1For('trunk', 'carrier.test', 'other'))).toBe('wrong');
    }
  });

  it('skips challenges it cannot answer and keeps opaque; a challenge without qop is answered without it', () => {
    expect(
      parseChallenges(['Basic realm="x"', 'Digest realm="r", nonce="n", algorithm=MD5-sess']),
    ).toBeUndefined();
    expect(parseChallenges(['Digest realm="r", nonce="n", qop="auth-int"'])).toBeUndefined();
    const challenge = parseChallenges(['Digest realm="r", nonce="n", opaque="o1"'])!;
    expect(challenge).toEqual({ realm: 'r', nonce: 'n', algorithm: 'MD5', opaque: 'o1' });
    const value = authorizationFor(
      challenge,
      { method: 'INVITE', uri: 'sip:a@b' },
      { username: 'u', password: 'p' },
    );
    expect(value).toContain('opaque="o1"');
    expect(value).not.toContain('qop=');
  });
});
