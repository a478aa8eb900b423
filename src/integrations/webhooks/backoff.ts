export interface RetryPolicy {
  /** Wait after the first failure; doubles each time. */
  baseMs: number;
  /** Longest wait between two attempts. */
  maxMs: number;
  /** A delivery still failing this long after it was made is given up (I1: 24 h). */
  giveUpAfterMs: number;
}

export const defaultRetry: RetryPolicy = { baseMs: 10_000, maxMs: 3_600_000, giveUpAfterMs: 24 * 3_600_000 };

/**
 * When to try again after `attempts` failures, or undefined to give up. Full-range jitter
 * (half to all of the delay) spreads the retries of many deliveries that failed together.
 */
export function nextAttemptAt(
  policy: RetryPolicy,
  attempts: number,
  createdAt: number,
  now: number,
  random: () => number,
): number | undefined {
  const delay = Math.min(policy.baseMs * 2 ** Math.max(0, attempts - 1), policy.maxMs);
  const at = now + Math.round(delay * (0.5 + random() * 0.5));
  return at - createdAt > policy.giveUpAfterMs ? undefined : at;
}
