import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new signing secret, shown to an admin and kept by the store (never in the event log). */
export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

/** `Switchboard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`, as Stripe signs. */
export function signatureHeader(secret: string, body: string, atMs: number): string {
  const t = Math.floor(atMs / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/**
 * What a receiver does (the README shows the same in Node and Python): recompute the HMAC over
 * the raw body, compare in constant time, and refuse a timestamp older than the tolerance
 * (replayed captures).
 */
export function verifySignature(
  secret: string,
  body: string,
  header: string,
  nowMs: number,
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1');
  if (!Number.isInteger(t) || !v1) return false;
  if (Math.abs(nowMs / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
