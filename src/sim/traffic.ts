import type { Random } from './random.ts';

/** How long an answered call lasts, from answer to hang-up. */
export type HandleTime =
  | { distribution: 'exponential'; meanSec: number }
  /** cv: standard deviation / mean (1 when not given). */
  | { distribution: 'lognormal'; meanSec: number; cv?: number };

/** How long a caller waits for an agent before hanging up. */
export type Patience = { distribution: 'none' } | { distribution: 'exponential'; meanSec: number };

/** Calls per hour to one number, per interval from the start (a Poisson process, constant in each). */
export interface TrafficStream {
  to: string;
  callsPerHour: number[];
  /**
   * What callers press in the number's IVR menus: each entry is a key sequence (one key per
   * menu heard, in order) and the share of callers who press it. The rest stay silent.
   */
  keys?: KeyShare[];
}

/** A share (0–1) of a stream's callers and the keys they press, one per menu they hear. */
export interface KeyShare {
  keys: string;
  share: number;
}

export interface TrafficModel {
  intervalMs: number;
  streams: TrafficStream[];
  handleTime: HandleTime;
  patience: Patience;
}

/** One caller: when they call, which number, how long they will talk, how long they will wait. */
export interface Arrival {
  /** Milliseconds from the start of the run. */
  at: number;
  to: string;
  from: string;
  handleMs: number;
  /** Infinity: never hangs up while waiting. */
  patienceMs: number;
  /** The key pressed in each IVR menu the caller hears, in order; null: silent there. Past the end: silent. */
  keys?: (string | null)[];
}

/** How many different people call: a centre's callers repeat, and the engine remembers checked numbers. */
export const callerPool = 5_000;

/** Valid Spanish mobiles, one per caller, so the engine's phone checks pass. */
export const callerNumber = (index: number) =>
  `+346${String(60_000_000 + (index % callerPool)).padStart(8, '0')}`;

export function drawHandleMs(model: HandleTime, random: Random): number {
  const meanMs = model.meanSec * 1000;
  const ms =
    model.distribution === 'exponential'
      ? random.exponential(meanMs)
      : random.logNormal(meanMs, model.cv ?? 1);
  // A call lasts at least a millisecond: a zero-length call would end before it began.
  return Math.max(1, Math.round(ms));
}

/** Which key sequence a caller presses: shares are cumulative over the list; past them, silence. */
export function drawKeys(shares: KeyShare[] | undefined, random: Random): string[] | undefined {
  if (!shares || shares.length === 0) return undefined;
  let draw = random.next();
  for (const entry of shares) {
    if (draw < entry.share) return [...entry.keys];
    draw -= entry.share;
  }
  return undefined;
}

export function drawPatienceMs(model: Patience, random: Random): number {
  if (model.distribution === 'none') return Number.POSITIVE_INFINITY;
  return Math.max(1, Math.round(random.exponential(model.meanSec * 1000)));
}

/**
 * Arrivals of every stream merged in time order, drawn lazily. Within an interval the gaps
 * are exponential at that interval's rate; at its end the next interval's rate takes over
 * (the exponential forgets how long it has waited, so restarting at the boundary is exact).
 */
export function* generateArrivals(
  model: TrafficModel,
  durationMs: number,
  randoms: { arrivals: Random; handle: Random; patience: Random; keys: Random },
): Generator<Arrival> {
  const next = model.streams.map((stream) =>
    nextArrival(stream, model.intervalMs, durationMs, 0, randoms.arrivals),
  );
  let index = 0;
  for (;;) {
    let first = -1;
    for (let s = 0; s < next.length; s += 1)
      if (next[s]! < durationMs && (first < 0 || next[s]! < next[first]!)) first = s;
    if (first < 0) return;
    const at = next[first]!;
    const stream = model.streams[first]!;
    next[first] = nextArrival(stream, model.intervalMs, durationMs, at, randoms.arrivals);
    const keys = drawKeys(stream.keys, randoms.keys);
    yield {
      at,
      to: stream.to,
      from: callerNumber(index),
      handleMs: drawHandleMs(model.handleTime, randoms.handle),
      patienceMs: drawPatienceMs(model.patience, randoms.patience),
      ...(keys ? { keys } : {}),
    };
    index += 1;
  }
}

function nextArrival(
  stream: TrafficStream,
  intervalMs: number,
  durationMs: number,
  from: number,
  random: Random,
): number {
  let at = from;
  while (at < durationMs) {
    const interval = Math.floor(at / intervalMs);
    const perHour = stream.callsPerHour[interval % stream.callsPerHour.length] ?? 0;
    const end = (interval + 1) * intervalMs;
    if (perHour > 0) {
      const gap = random.exponential(3_600_000 / perHour);
      if (at + gap < end) return Math.round((at + gap) * 1000) / 1000;
    }
    at = end;
  }
  return Number.POSITIVE_INFINITY;
}
