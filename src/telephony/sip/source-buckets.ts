/**
 * A token bucket per source address (S5): each address may send `burst` requests at once and
 * `rate` a second on average; past that it is told to retry later. One busy or hostile source
 * cannot starve the others, and memory stays bounded whatever arrives (the least recently
 * seen addresses are forgotten past `maxSources`, which only ever forgives them).
 */
export class SourceBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
    private readonly maxSources = 10_000,
  ) {}

  /** Takes a token for one request from `address`; false means answer 503. */
  admit(address: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(address) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
    bucket.at = now;
    // Re-inserted so the map's order is least recently seen first.
    this.buckets.delete(address);
    this.buckets.set(address, bucket);
    if (this.buckets.size > this.maxSources) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Whole seconds until the address has a token again (Retry-After). */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(1 / this.rate));
  }
}
