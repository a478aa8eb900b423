/**
 * The simulator's own seeded randomness (never Math.random): a run is reproducible from its
 * seed. Each kind of draw has its own stream, so changing the agents or the strategy leaves
 * the callers (when they call, how long they talk, how long they wait) exactly the same:
 * two configurations are compared on the same traffic.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = mix(seed) | 0;
  }

  /** mulberry32: uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Exponential with this mean. */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal with this mean and coefficient of variation (standard deviation / mean). */
  logNormal(mean: number, cv: number): number {
    const sigma2 = Math.log(1 + cv * cv);
    return Math.exp(Math.log(mean) - sigma2 / 2 + Math.sqrt(sigma2) * this.normal());
  }
}

/** splitmix32's finaliser: nearby seeds (1, 2, 3) give unrelated streams. */
function mix(seed: number): number {
  let z = (seed + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Independent streams of one seed, one per kind of draw. */
export function streams(seed: number) {
  return {
    arrivals: new Random(seed * 4 + 1),
    handle: new Random(seed * 4 + 2),
    patience: new Random(seed * 4 + 3),
    // Its own stream, so giving callers keys leaves every other draw of a seed as it was.
    keys: new Random(seed * 4 + 4),
  };
}
