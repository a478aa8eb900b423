/**
 * Queueing formulas a workforce planner uses, to set beside what the simulator measures (M3).
 *
 * - Erlang B (M/M/N/N): blocking, by the iterative recurrence, which stays in [0, 1] for any
 *   number of agents (the textbook A^N/N! form overflows past ~170 agents).
 * - Erlang C (M/M/N): callers wait as long as it takes.
 * - Erlang A (M/M/N+M): callers hang up after an exponential patience (Palm; Garnett,
 *   Mandelbaum & Reiman 2002). Solved exactly as the birth–death chain it is, in log space.
 *
 * Service level everywhere is the share of all offered calls answered within the threshold
 * (abandoned calls count against it), which is what the simulator reports.
 */

export interface QueueInputs {
  callsPerHour: number;
  /** Average handle time, seconds. */
  ahtSec: number;
  agents: number;
  /** Service level threshold, seconds. */
  thresholdSec: number;
  /** Mean caller patience, seconds (Erlang A only); undefined or Infinity: callers never hang up. */
  patienceSec?: number;
}

export interface QueuePrediction {
  model: 'erlang_c' | 'erlang_a';
  /** Offered load in erlangs (calls/s × AHT). */
  load: number;
  /** Share of calls that wait at all. */
  waitProbability: number;
  /** Average speed of answer, seconds, over answered calls. */
  asa: number;
  /** Share of offered calls answered within the threshold. */
  serviceLevel: number;
  /** Share of offered calls that hang up before an agent answers. */
  abandonment: number;
  /** Share of agents' time spent on calls. */
  occupancy: number;
}

/** Erlang B: the blocking probability of `agents` servers offered `load` erlangs. */
export function erlangB(agents: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k += 1) b = (load * b) / (k + load * b);
  return b;
}

/** Erlang C: the probability an arriving call waits; 1 when the load reaches the agents. */
export function erlangCWait(agents: number, load: number): number {
  if (load >= agents) return 1;
  const b = erlangB(agents, load);
  return (agents * b) / (agents - load * (1 - b));
}

function checkInputs(inputs: QueueInputs): void {
  const { callsPerHour, ahtSec, agents, thresholdSec } = inputs;
  if (!(callsPerHour > 0)) throw new RangeError('callsPerHour must be more than 0');
  if (!(ahtSec > 0)) throw new RangeError('ahtSec must be more than 0');
  if (!Number.isInteger(agents) || agents < 1) throw new RangeError('agents must be a whole number from 1');
  if (!(thresholdSec >= 0)) throw new RangeError('thresholdSec must be 0 or more');
  if (inputs.patienceSec !== undefined && !(inputs.patienceSec > 0))
    throw new RangeError('patienceSec must be more than 0');
}

export function erlangC(inputs: QueueInputs): QueuePrediction {
  checkInputs(inputs);
  const { callsPerHour, ahtSec, agents, thresholdSec } = inputs;
  const load = (callsPerHour / 3600) * ahtSec;
  const base = { model: 'erlang_c' as const, load, abandonment: 0 };
  if (load >= agents)
    return { ...base, waitProbability: 1, asa: Number.POSITIVE_INFINITY, serviceLevel: 0, occupancy: 1 };
  const waitProbability = erlangCWait(agents, load);
  return {
    ...base,
    waitProbability,
    asa: (waitProbability * ahtSec) / (agents - load),
    serviceLevel: 1 - waitProbability * Math.exp((-(agents - load) * thresholdSec) / ahtSec),
    occupancy: load / agents,
  };
}

/**
 * The stationary distribution of the number of calls waiting, as seen by an arriving call
 * (PASTA), for M/M/N+M: below[0] = P(an agent is free), queue[k] = P(k calls already waiting).
 */
export function erlangAQueue(
  lambda: number,
  mu: number,
  theta: number,
  agents: number,
): { free: number; queue: number[] } {
  const load = lambda / mu;
  // Relative to π_N: the states below N sum to 1/B − 1 (Erlang B), those above follow the chain.
  const logBelow = Math.log(1 / erlangB(agents, load) - 1);
  const logs: number[] = [0];
  let log = 0;
  let max = Math.max(0, logBelow);
  for (let k = 1; ; k += 1) {
    log += Math.log(lambda / (agents * mu + k * theta));
    logs.push(log);
    if (log > max) max = log;
    // Past the peak the terms fall faster than geometrically: stop once negligible.
    if (agents * mu + k * theta > lambda && log - max < -40) break;
  }
  let total = Math.exp(logBelow - max);
  for (const value of logs) total += Math.exp(value - max);
  return {
    free: Math.exp(logBelow - max) / total,
    queue: logs.map((value) => Math.exp(value - max) / total),
  };
}

/**
 * Erlang A. A call arriving behind k waiting calls waits V = Σ_{j=0..k} Exp(Nμ + jθ) (each
 * call ahead leaves by service or by hanging up) and is answered if its own patience
 * outlasts V, which gives P(answered) and E[V; answered] in closed form per k.
 */
export function erlangA(inputs: QueueInputs): QueuePrediction {
  checkInputs(inputs);
  const { callsPerHour, ahtSec, agents, thresholdSec, patienceSec } = inputs;
  if (patienceSec === undefined || !Number.isFinite(patienceSec)) return erlangC(inputs);
  const lambda = callsPerHour / 3600;
  const mu = 1 / ahtSec;
  const theta = 1 / patienceSec;
  const { free, queue } = erlangAQueue(lambda, mu, theta, agents);
  let answered = free;
  let answeredWait = 0;
  let waiting = 0;
  let served = 1;
  let sumInverse = 0;
  queue.forEach((probability, k) => {
    const rate = agents * mu + k * theta;
    served *= rate / (rate + theta);
    sumInverse += 1 / (rate + theta);
    answered += probability * served;
    answeredWait += probability * served * sumInverse;
    waiting += probability * k;
  });
  const waitProbability = 1 - free;
  const abandonment = (theta * waiting) / lambda;
  return {
    model: 'erlang_a',
    load: lambda / mu,
    waitProbability,
    asa: answeredWait / answered,
    serviceLevel: free + answeredWithin(queue, agents * mu, theta, thresholdSec),
    abandonment,
    occupancy: (lambda * (1 - abandonment)) / mu / agents,
  };
}

/**
 * P(a call that waits is answered within t): the caller's place in the queue as a chain
 * (k ahead → k − 1 at rate Nμ + kθ; answered from 0 at rate Nμ; gone at rate θ), solved by
 * uniformization, which sums only positive terms and so stays exact.
 */
function answeredWithin(queue: number[], serviceRate: number, theta: number, t: number): number {
  if (t <= 0) return 0;
  const last = queue.length - 1;
  const uniform = serviceRate + last * theta + theta;
  const mean = uniform * t;
  let position = [...queue];
  let answered = 0;
  let total = 0;
  // Poisson(mean) weights in log space: exp(−mean) underflows past ~745.
  let logWeight = -mean;
  const steps = Math.ceil(mean + 12 * Math.sqrt(mean) + 30);
  for (let step = 0; step <= steps; step += 1) {
    if (step > 0) logWeight += Math.log(mean / step);
    total += Math.exp(logWeight) * answered;
    answered += (position[0]! * serviceRate) / uniform;
    const next = new Array<number>(position.length);
    for (let k = 0; k <= last; k += 1) {
      const leave = serviceRate + k * theta;
      const stay = 1 - (leave + theta) / uniform;
      next[k] =
        position[k]! * stay + (k < last ? (position[k + 1]! * (serviceRate + (k + 1) * theta)) / uniform : 0);
    }
    position = next;
  }
  return total;
}

/** Erlang A with patience, Erlang C without. */
export function predict(inputs: QueueInputs): QueuePrediction {
  return inputs.patienceSec === undefined ? erlangC(inputs) : erlangA(inputs);
}
