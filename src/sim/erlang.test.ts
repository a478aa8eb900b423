import { describe, expect, it } from 'vitest';
import { erlangA, erlangB, erlangC, erlangCWait } from './erlang.ts';

describe('Erlang C (issue 19 item 1, M3)', () => {
  // The published vectors (the standard call-centre worked examples).
  it('720 calls/h, AHT 240 s, 55 agents, 15 s: Pw 0.2387, ASA 8.18 s, SL 0.8459', () => {
    const result = erlangC({ callsPerHour: 720, ahtSec: 240, agents: 55, thresholdSec: 15 });
    expect(result.load).toBe(48);
    expect(result.waitProbability).toBeCloseTo(0.2387, 4);
    expect(result.asa).toBeCloseTo(8.18, 2);
    expect(result.serviceLevel).toBeCloseTo(0.8459, 4);
    expect(result.occupancy).toBeCloseTo(48 / 55, 10);
  });

  it('200 calls/h, AHT 180 s, 14 agents, 20 s: Pw 0.1741, ASA 7.84 s, SL 0.8884', () => {
    const result = erlangC({ callsPerHour: 200, ahtSec: 180, agents: 14, thresholdSec: 20 });
    expect(result.waitProbability).toBeCloseTo(0.1741, 4);
    expect(result.asa).toBeCloseTo(7.84, 2);
    expect(result.serviceLevel).toBeCloseTo(0.8884, 4);
  });

  it('stays finite and in range for thousands of agents, where A^N/N! overflows', () => {
    expect(erlangB(2000, 1900)).toBeGreaterThan(0);
    expect(erlangB(2000, 1900)).toBeLessThan(1);
    const wait = erlangCWait(2000, 1950);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThan(1);
    const result = erlangC({ callsPerHour: 36_000, ahtSec: 180, agents: 1850, thresholdSec: 20 });
    expect(Number.isFinite(result.asa)).toBe(true);
    expect(result.serviceLevel).toBeGreaterThan(0.5);
  });

  it('an overloaded centre waits forever: Pw 1, service level 0', () => {
    const result = erlangC({ callsPerHour: 720, ahtSec: 300, agents: 55, thresholdSec: 15 });
    expect(result.waitProbability).toBe(1);
    expect(result.serviceLevel).toBe(0);
    expect(result.asa).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses inputs that mean nothing, naming them', () => {
    expect(() => erlangC({ callsPerHour: 0, ahtSec: 240, agents: 5, thresholdSec: 15 })).toThrow(
      /callsPerHour/,
    );
    expect(() => erlangC({ callsPerHour: 10, ahtSec: 240, agents: 2.5, thresholdSec: 15 })).toThrow(/agents/);
  });
});

/**
 * An independent solution of M/M/N+M for the checks below: the truncated generator solved
 * by power iteration of its uniformized chain (not the product form erlang.ts uses), and
 * the waiting caller's fate integrated by small Euler steps (not uniformization).
 */
function bruteForce(callsPerHour: number, ahtSec: number, agents: number, patienceSec: number, t: number) {
  const lambda = callsPerHour / 3600;
  const mu = 1 / ahtSec;
  const theta = 1 / patienceSec;
  const size = agents + 400;
  const death = (n: number) => Math.min(n, agents) * mu + Math.max(n - agents, 0) * theta;
  const uniform = lambda + death(size) + 1;
  const down = Float64Array.from({ length: size + 1 }, (_, n) => death(n));
  const stay = down.map((rate, n) => 1 - ((n < size ? lambda : 0) + rate) / uniform);
  // Two buffers swapped at each step: an array allocated per step was most of this file's time.
  let pi = new Float64Array(size + 1).fill(1 / (size + 1));
  let next = new Float64Array(size + 1);
  for (let iteration = 0; iteration < 200_000; iteration += 1) {
    next.fill(0);
    for (let n = 0; n <= size; n += 1) {
      next[n]! += pi[n]! * stay[n]!;
      if (n < size) next[n + 1]! += (pi[n]! * lambda) / uniform;
      if (n > 0) next[n - 1]! += (pi[n]! * down[n]!) / uniform;
    }
    let change = 0;
    for (let n = 0; n <= size; n += 1) change += Math.abs(next[n]! - pi[n]!);
    [pi, next] = [next, pi];
    if (change < 1e-13) break;
  }
  const waits = pi.slice(agents);
  const queueMean = waits.reduce((sum, p, k) => sum + p * k, 0);
  // Euler on the tagged caller: position k ahead, answered from 0 at Nμ, gone at θ.
  let position = Float64Array.from(waits);
  let after = new Float64Array(position.length);
  let answeredSoon = 0;
  const dt = 0.001;
  for (let time = 0; time < t - 1e-9; time += dt) {
    for (let k = 0; k < position.length; k += 1)
      after[k] = position[k]! - position[k]! * (agents * mu + k * theta + theta) * dt;
    for (let k = 1; k < position.length; k += 1)
      after[k - 1]! += position[k]! * (agents * mu + k * theta) * dt;
    answeredSoon += position[0]! * agents * mu * dt;
    [position, after] = [after, position];
  }
  return {
    waitProbability: waits.reduce((sum, p) => sum + p, 0),
    abandonment: (theta * queueMean) / lambda,
    serviceLevel: pi.slice(0, agents).reduce((sum, p) => sum + p, 0) + answeredSoon,
  };
}

describe('Erlang A (issue 19 item 1, M3)', () => {
  /*
   * No table of published Erlang A figures could be reached from this machine, so these
   * vectors are checked against an independent exact solution of the same birth–death
   * chain computed here (bruteForce above), and against the closed form below.
   */
  it.each([
    [720, 240, 55, 120, 15],
    [720, 240, 45, 120, 15],
    [200, 180, 14, 60, 20],
  ])(
    '%i calls/h, AHT %i s, %i agents, patience %i s, %i s: agrees with the chain solved directly',
    (callsPerHour, ahtSec, agents, patienceSec, thresholdSec) => {
      const exact = bruteForce(callsPerHour, ahtSec, agents, patienceSec, thresholdSec);
      const result = erlangA({ callsPerHour, ahtSec, agents, thresholdSec, patienceSec });
      expect(result.waitProbability).toBeCloseTo(exact.waitProbability, 6);
      expect(result.abandonment).toBeCloseTo(exact.abandonment, 6);
      expect(result.serviceLevel).toBeCloseTo(exact.serviceLevel, 3);
    },
  );

  it('with patience equal to the handle time every call leaves at rate μ: the M/M/∞ Poisson law', () => {
    // Mandelbaum & Zeltyn ("Service engineering in action: the Palm/Erlang-A queue", 2007):
    // θ = μ makes the number of calls in the system Poisson(A), whatever N.
    const load = 12;
    const agents = 10;
    const poisson = (n: number) => Math.exp(-load + n * Math.log(load) - lnFactorial(n));
    let below = 0;
    let excess = 0;
    for (let n = 0; n < 200; n += 1) {
      if (n < agents) below += poisson(n);
      else excess += (n - agents) * poisson(n);
    }
    const result = erlangA({ callsPerHour: 360, ahtSec: 120, agents, thresholdSec: 10, patienceSec: 120 });
    expect(result.load).toBeCloseTo(load, 10);
    expect(result.waitProbability).toBeCloseTo(1 - below, 10);
    expect(result.abandonment).toBeCloseTo(excess / load, 10);
  });

  it('tends to Erlang C as patience grows, and stays finite for 500 agents overloaded', () => {
    const inputs = { callsPerHour: 720, ahtSec: 240, agents: 55, thresholdSec: 15 };
    const c = erlangC(inputs);
    const a = erlangA({ ...inputs, patienceSec: 1e9 });
    expect(a.waitProbability).toBeCloseTo(c.waitProbability, 6);
    expect(a.asa).toBeCloseTo(c.asa, 4);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 6);
    const overloaded = erlangA({
      callsPerHour: 30_000,
      ahtSec: 80,
      agents: 500,
      thresholdSec: 20,
      patienceSec: 60,
    });
    // Fluid limit: the calls beyond what 500 agents can take (666.7 erlangs offered) hang up.
    expect(overloaded.abandonment).toBeCloseTo(1 - 500 / (30_000 / 45), 3);
    expect(overloaded.serviceLevel).toBeGreaterThan(0);
  });
});

function lnFactorial(n: number): number {
  let sum = 0;
  for (let k = 2; k <= n; k += 1) sum += Math.log(k);
  return sum;
}
