import { describe, expect, it } from 'vitest';
import { defaultRetry, nextAttemptAt } from './backoff.ts';
import { signatureHeader, verifySignature } from './signature.ts';

describe('webhook retries (I1)', () => {
  it('doubles the wait with jitter between half and all of it, up to an hour', () => {
    expect(nextAttemptAt(defaultRetry, 1, 0, 0, () => 1)).toBe(10_000);
    expect(nextAttemptAt(defaultRetry, 1, 0, 0, () => 0)).toBe(5_000);
    expect(nextAttemptAt(defaultRetry, 4, 0, 0, () => 1)).toBe(80_000);
    expect(nextAttemptAt(defaultRetry, 30, 0, 0, () => 1)).toBe(3_600_000);
  });

  it('gives up once the next try would fall more than 24 h after the delivery was made', () => {
    const made = 0;
    expect(nextAttemptAt(defaultRetry, 20, made, 23 * 3_600_000, () => 0)).toBeDefined();
    expect(nextAttemptAt(defaultRetry, 20, made, 24 * 3_600_000, () => 0)).toBeUndefined();
  });
});

describe('webhook signature (I1)', () => {
  it('signs t + "." + body with HMAC-SHA256 and refuses a changed body, another secret or an old timestamp', () => {
    const header = signatureHeader('whsec_x', '{"a":1}', 1_700_000_000_000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature('whsec_x', '{"a":1}', header, 1_700_000_010_000)).toBe(true);
    expect(verifySignature('whsec_x', '{"a":2}', header, 1_700_000_010_000)).toBe(false);
    expect(verifySignature('whsec_y', '{"a":1}', header, 1_700_000_010_000)).toBe(false);
    expect(verifySignature('whsec_x', '{"a":1}', header, 1_700_001_000_000)).toBe(false);
  });
});
