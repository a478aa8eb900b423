import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DigestAuth, ha1For, parseAuthorization } from './digest.ts';
import { SipGuard, sourceAllowed } from './guard.ts';

const h = (algorithm: 'md5' | 'sha256', text: string) => createHash(algorithm).update(text).digest('hex');

/** What a phone computes from a challenge (RFC 7616 §3.4.1, qop=auth). */
function answer(challenge: string, algorithm: 'MD5' | 'SHA-256', password: string, realm = 'switchboard') {
  const nonce = /nonce="([^"]+)"/.exec(challenge)![1]!;
  const fn = algorithm === 'MD5' ? 'md5' : 'sha256';
  const ha1 = h(fn, `ann:${realm}:${password}`);
  const ha2 = h(fn, 'REGISTER:sip:127.0.0.1');
  const response = h(fn, `${ha1}:${nonce}:00000001:abc:auth:${ha2}`);
  return `Digest username="ann", realm="${realm}", nonce="${nonce}", uri="sip:127.0.0.1", response="${response}", algorithm=${algorithm}, qop=auth, nc=00000001, cnonce="abc"`;
}

describe('digest authentication (S2)', () => {
  const stored = ha1For('ann', 'switchboard', 'ann-secret-1');

  it('stores only HA1 hashes, and verifies MD5 and SHA-256 answers to its own challenges', () => {
    expect(JSON.stringify(stored)).not.toContain('ann-secret-1');
    const auth = new DigestAuth('switchboard', ['SHA-256', 'MD5']);
    const [sha, md5] = auth.challenges();
    expect(sha).toContain('algorithm=SHA-256');
    for (const [challenge, algorithm] of [
      [sha!, 'SHA-256'],
      [md5!, 'MD5'],
    ] as const)
      expect(
        auth.verify('REGISTER', parseAuthorization(answer(challenge, algorithm, 'ann-secret-1'))!, stored),
      ).toBe('ok');
  });

  it('refuses a wrong password, another realm and a nonce it never issued; an old nonce is stale', () => {
    let now = 1_000_000;
    const auth = new DigestAuth('switchboard', ['MD5'], 60_000, () => now);
    const [challenge] = auth.challenges();
    const verify = (header: string) => auth.verify('REGISTER', parseAuthorization(header)!, stored);
    expect(verify(answer(challenge!, 'MD5', 'wrong-password'))).toBe('wrong');
    expect(verify(answer(challenge!, 'MD5', 'ann-secret-1', 'elsewhere'))).toBe('wrong');
    expect(
      verify(answer(challenge!.replace(/nonce="[^"]+"/, 'nonce="forged.abc"'), 'MD5', 'ann-secret-1')),
    ).toBe('wrong');
    now += 120_000;
    expect(verify(answer(challenge!, 'MD5', 'ann-secret-1'))).toBe('stale');
  });

  it('S5: failed REGISTERs are throttled per address; INVITEs past the rate are refused until tokens refill', () => {
    let now = 0;
    const guard = new SipGuard(
      { inviteRate: 10, inviteBurst: 3, registerFailures: 3, registerWindowMs: 60_000 },
      () => now,
    );
    for (let i = 0; i < 3; i++) guard.registerFailed('192.0.2.1');
    expect(guard.registerBlocked('192.0.2.1')).toBe(true);
    expect(guard.registerBlocked('192.0.2.2')).toBe(false);
    now += 61_000;
    expect(guard.registerBlocked('192.0.2.1')).toBe(false);
    expect([1, 2, 3, 4].map(() => guard.admitInvite())).toEqual([true, true, true, false]);
    now += 100;
    expect(guard.admitInvite()).toBe(true);
  });

  it('S5: trunk sources match exact addresses and IPv4 CIDR ranges only', () => {
    expect(sourceAllowed(['127.0.0.1'], '127.0.0.1')).toBe(true);
    expect(sourceAllowed(['192.0.2.0/24'], '192.0.2.77')).toBe(true);
    expect(sourceAllowed(['192.0.2.0/24'], '192.0.3.1')).toBe(false);
    expect(sourceAllowed(['127.0.0.1'], '::ffff:127.0.0.1')).toBe(true);
    expect(sourceAllowed([], '127.0.0.1')).toBe(false);
  });
});
