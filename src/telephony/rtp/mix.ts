import type { RtpLeg } from './leg.ts';

const clip = (sum: number) => Math.max(-32768, Math.min(32767, sum));

/** The sum, clipped to 16 bits, of what `legs` said this tick, leaving out `except`. */
export function mix(legs: Iterable<RtpLeg>, frame: Int16Array, except?: RtpLeg): Int16Array {
  frame.fill(0);
  const sums = new Int32Array(frame.length);
  for (const leg of legs) {
    if (leg === except) continue;
    const { said } = leg;
    for (let i = 0; i < sums.length; i++) sums[i]! += said[i]!;
  }
  for (let i = 0; i < frame.length; i++) frame[i] = clip(sums[i]!);
  return frame;
}
