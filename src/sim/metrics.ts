/**
 * M2: what a run measured. Calls count in the interval they arrived in; time averages (queue
 * length, occupancy) are integrated over virtual time, split at interval boundaries. Only
 * what happens from the end of the warm-up to the end of the run counts.
 */
export interface Figures {
  offered: number;
  answered: number;
  abandoned: number;
  /** Calls that ended neither answered nor abandoned (voicemail, out of hours, no agent...). */
  other: number;
  /** Share of offered calls answered within the threshold. */
  serviceLevel: number;
  /** Average speed of answer over answered calls, seconds. */
  asa: number;
  /** Share of offered calls that found no agent free and waited in a queue. */
  waitProbability: number;
  abandonment: number;
  /** Busy agent time / logged-in agent time. */
  occupancy: number;
  /** Calls waiting for an agent, time average and most at once. */
  queueLength: number;
  maxQueue: number;
  /** Agents logged in, time average. */
  agents: number;
}

export interface IntervalFigures extends Figures {
  /** Milliseconds from the start of the run. */
  start: number;
}

interface Tally {
  offered: number;
  answered: number;
  answeredInTime: number;
  abandoned: number;
  other: number;
  queued: number;
  waitMs: number;
  queueArea: number;
  busyArea: number;
  staffedArea: number;
  maxQueue: number;
}

const emptyTally = (): Tally => ({
  offered: 0,
  answered: 0,
  answeredInTime: 0,
  abandoned: 0,
  other: 0,
  queued: 0,
  waitMs: 0,
  queueArea: 0,
  busyArea: 0,
  staffedArea: 0,
  maxQueue: 0,
});

/** A quantity that holds its value between changes (queue length, busy agents): its integral per interval. */
class Level {
  value = 0;
  private since: number;

  constructor(
    private readonly metrics: Metrics,
    private readonly field: 'queueArea' | 'busyArea' | 'staffedArea',
    from: number,
  ) {
    this.since = from;
  }

  set(now: number, value: number): void {
    if (value === this.value) return;
    this.metrics.integrate(this.field, this.since, now, this.value);
    this.since = now;
    this.value = value;
  }

  close(now: number): void {
    this.metrics.integrate(this.field, this.since, now, this.value);
    this.since = now;
  }
}

export class Metrics {
  private readonly tallies: Tally[];
  readonly queue: Level;
  readonly busy: Level;
  readonly staffed: Level;
  readonly answeredBy = new Map<string, number>();

  constructor(
    readonly intervalMs: number,
    readonly warmUpMs: number,
    readonly durationMs: number,
    readonly thresholdMs: number,
  ) {
    this.tallies = Array.from({ length: Math.ceil(durationMs / intervalMs) }, emptyTally);
    this.queue = new Level(this, 'queueArea', 0);
    this.busy = new Level(this, 'busyArea', 0);
    this.staffed = new Level(this, 'staffedArea', 0);
  }

  private tallyAt(at: number): Tally | undefined {
    if (at < this.warmUpMs || at >= this.durationMs) return undefined;
    return this.tallies[Math.floor(at / this.intervalMs)];
  }

  /** Adds value × time over [from, to), clipped to the measured window, to each interval it spans. */
  integrate(field: 'queueArea' | 'busyArea' | 'staffedArea', from: number, to: number, value: number): void {
    if (value === 0) return;
    let start = Math.max(from, this.warmUpMs);
    const end = Math.min(to, this.durationMs);
    while (start < end) {
      const index = Math.floor(start / this.intervalMs);
      const stop = Math.min(end, (index + 1) * this.intervalMs);
      this.tallies[index]![field] += value * (stop - start);
      start = stop;
    }
  }

  queueLength(now: number, length: number): void {
    this.queue.set(now, length);
    const tally = this.tallyAt(now);
    if (tally && length > tally.maxQueue) tally.maxQueue = length;
  }

  /** A call has ended: it counts in the interval it arrived in. */
  callEnded(arrivedAt: number, answeredAt: number | undefined, queued: boolean, abandoned: boolean): void {
    const tally = this.tallyAt(arrivedAt);
    if (!tally) return;
    tally.offered += 1;
    if (queued) tally.queued += 1;
    if (answeredAt !== undefined) {
      tally.answered += 1;
      tally.waitMs += answeredAt - arrivedAt;
      if (answeredAt - arrivedAt <= this.thresholdMs) tally.answeredInTime += 1;
    } else if (abandoned) tally.abandoned += 1;
    else tally.other += 1;
  }

  agentAnswered(userId: string, arrivedAt: number): void {
    if (this.tallyAt(arrivedAt)) this.answeredBy.set(userId, (this.answeredBy.get(userId) ?? 0) + 1);
  }

  finish(end: number): { overall: Figures; intervals: IntervalFigures[] } {
    this.queue.close(end);
    this.busy.close(end);
    this.staffed.close(end);
    const first = Math.floor(this.warmUpMs / this.intervalMs);
    const measured = this.tallies.slice(first);
    const total = measured.reduce(add, emptyTally());
    const measuredMs = this.durationMs - this.warmUpMs;
    return {
      overall: figures(total, measuredMs),
      intervals: measured.map((tally, index) => {
        const start = (first + index) * this.intervalMs;
        const from = Math.max(start, this.warmUpMs);
        const span = Math.min(start + this.intervalMs, this.durationMs) - from;
        return { start, ...figures(tally, span) };
      }),
    };
  }
}

function add(sum: Tally, tally: Tally): Tally {
  for (const key of Object.keys(sum) as (keyof Tally)[])
    sum[key] = key === 'maxQueue' ? Math.max(sum[key], tally[key]) : sum[key] + tally[key];
  return sum;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function figures(tally: Tally, spanMs: number): Figures {
  return {
    offered: tally.offered,
    answered: tally.answered,
    abandoned: tally.abandoned,
    other: tally.other,
    serviceLevel: share(tally.answeredInTime, tally.offered),
    asa: share(tally.waitMs, tally.answered) / 1000,
    waitProbability: share(tally.queued, tally.offered),
    abandonment: share(tally.abandoned, tally.offered),
    occupancy: share(tally.busyArea, tally.staffedArea),
    queueLength: share(tally.queueArea, spanMs),
    maxQueue: tally.maxQueue,
    agents: share(tally.staffedArea, spanMs),
  };
}
