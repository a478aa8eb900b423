import type { E164 } from './phone.ts';

/**
 * V17: forwarded and external legs cost like outgoing calls, per destination. Cents per
 * started minute by country calling code; the longest matching prefix wins.
 */
const centsPerMinute: Array<[prefix: string, cents: number]> = [
  ['+1', 2],
  ['+34', 3],
  ['+346', 9],
  ['+347', 9],
  ['+44', 3],
  ['+447', 12],
  ['+49', 3],
  ['+33', 3],
  ['+52', 5],
];
const defaultCents = 20;

export function ratePerMinute(to: E164): number {
  let best: [string, number] | undefined;
  for (const entry of centsPerMinute)
    if (to.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best ? best[1] : defaultCents;
}

/** Billing rounds up to the started minute. */
export const costOf = (to: E164, connectedMs: number) => Math.ceil(connectedMs / 60_000) * ratePerMinute(to);
