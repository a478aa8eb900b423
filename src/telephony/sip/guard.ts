import net from 'node:net';
import { SourceBuckets } from './source-buckets.ts';

/**
 * S5's bounds on hostile traffic: new INVITEs beyond a configured rate get 503 with
 * Retry-After (a token bucket, so a burst is absorbed and a flood is not), and an address
 * whose REGISTERs keep failing is refused for a while. Memory is bounded whatever arrives.
 */
export interface GuardOptions {
  /** New calls per second accepted on average. */
  inviteRate: number;
  /** New calls accepted at once before the rate applies. */
  inviteBurst: number;
  /** Failed REGISTERs from one address within the window before it is refused. */
  registerFailures: number;
  registerWindowMs: number;
  /** REGISTERs per second from one address, and how many at once (503 with Retry-After past it). */
  registerRate?: number;
  registerBurst?: number;
  /** OPTIONS per second from one address (keep-alives, scanners), and how many at once. */
  optionsRate?: number;
  optionsBurst?: number;
}

export const defaultGuard: GuardOptions = {
  inviteRate: 50,
  inviteBurst: 100,
  registerFailures: 5,
  registerWindowMs: 60_000,
  // A phone re-registers every minute or so; a PBX behind one address may hold hundreds.
  registerRate: 20,
  registerBurst: 50,
  optionsRate: 20,
  optionsBurst: 50,
};

/** Addresses tracked for failed REGISTERs; the oldest are forgotten past this. */
const trackedMax = 10_000;

export class SipGuard {
  private tokens: number;
  private refilledAt: number;
  private readonly failures = new Map<string, number[]>();
  /** Per-source limits on REGISTER and OPTIONS, the requests anyone may send without a trunk. */
  readonly perSource: Record<'REGISTER' | 'OPTIONS', SourceBuckets>;

  constructor(
    readonly options: GuardOptions = defaultGuard,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = options.inviteBurst;
    this.refilledAt = now();
    this.perSource = {
      REGISTER: new SourceBuckets(
        options.registerRate ?? defaultGuard.registerRate!,
        options.registerBurst ?? defaultGuard.registerBurst!,
        now,
      ),
      OPTIONS: new SourceBuckets(
        options.optionsRate ?? defaultGuard.optionsRate!,
        options.optionsBurst ?? defaultGuard.optionsBurst!,
        now,
      ),
    };
  }

  /** Takes a token for a new INVITE; false means answer 503. */
  admitInvite(): boolean {
    const now = this.now();
    this.tokens = Math.min(
      this.options.inviteBurst,
      this.tokens + ((now - this.refilledAt) / 1000) * this.options.inviteRate,
    );
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Seconds a refused caller should wait (Retry-After). */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(1 / this.options.inviteRate));
  }

  registerBlocked(address: string): boolean {
    return this.recentFailures(address).length >= this.options.registerFailures;
  }

  registerFailed(address: string): void {
    const recent = this.recentFailures(address);
    recent.push(this.now());
    this.failures.delete(address);
    this.failures.set(address, recent);
    if (this.failures.size > trackedMax) this.failures.delete(this.failures.keys().next().value!);
  }

  registerSucceeded(address: string): void {
    this.failures.delete(address);
  }

  private recentFailures(address: string): number[] {
    const since = this.now() - this.options.registerWindowMs;
    return (this.failures.get(address) ?? []).filter((at) => at > since);
  }
}

/** Whether an address is one of a trunk's allowed sources (addresses or CIDR ranges). */
export function sourceAllowed(allowed: string[], address: string): boolean {
  const plain = address.replace(/^::ffff:/i, '');
  return allowed.some((entry) => {
    const [base, bits] = entry.split('/');
    if (bits === undefined) return base === plain || base === address.toLowerCase();
    if (!net.isIPv4(base!) || !net.isIPv4(plain)) return false;
    const mask = Number(bits) === 0 ? 0 : (~0 << (32 - Number(bits))) >>> 0;
    return (toInt(base!) & mask) >>> 0 === (toInt(plain) & mask) >>> 0;
  });
}

const toInt = (ip: string) => ip.split('.').reduce((value, part) => ((value << 8) | Number(part)) >>> 0, 0);
