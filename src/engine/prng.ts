/**
 * mulberry32: a small seeded PRNG. The engine keeps its state in WorkspaceState.rng and
 * events carry the state after a draw, so replaying the log draws the same numbers.
 */
export function nextRandom(seed: number): { value: number; seed: number } {
  const next = (seed + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, seed: next };
}

/** Picks an index in [0, length) and returns the advanced seed. */
export function pickIndex(seed: number, length: number): { index: number; seed: number } {
  const draw = nextRandom(seed);
  return { index: Math.floor(draw.value * length), seed: draw.seed };
}
