import { availableParallelism, freemem, loadavg, totalmem } from 'node:os';

/** Latency samples in nanoseconds (process.hrtime.bigint deltas), kept as numbers. */
export class Samples {
  private values: number[] = [];

  add(ns: number): void {
    this.values.push(ns);
  }

  get count(): number {
    return this.values.length;
  }

  /** Nearest-rank percentile, in milliseconds. */
  percentileMs(p: number): number {
    if (this.values.length === 0) return Number.NaN;
    const sorted = Float64Array.from(this.values).sort();
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
    return sorted[rank]! / 1e6;
  }

  maxMs(): number {
    return this.values.reduce((max, value) => Math.max(max, value), 0) / 1e6;
  }
}

/** Nanoseconds since an hrtime.bigint mark, as a number. */
export const since = (start: bigint): number => Number(process.hrtime.bigint() - start);

export const ms = (value: number): string =>
  Number.isNaN(value)
    ? '–'
    : value >= 100
      ? value.toFixed(0)
      : value >= 1
        ? value.toFixed(2)
        : value.toFixed(3);

export const count = (value: number): string =>
  Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–';

export const bytes = (value: number): string =>
  value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(1)} MiB` : `${(value / 1024).toFixed(1)} KiB`;

/** Prints a Markdown table, so the output can be pasted into BENCHMARKS.md as is. */
export function table(headers: string[], rows: string[][]): void {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(line(headers));
  console.log(line(headers.map(() => '---')));
  for (const row of rows) console.log(line(row));
  console.log('');
}

/** What the figures were measured on; the load average says how busy the shared machine was. */
export function machine(title: string): void {
  const gib = (value: number) => `${(value / 1024 ** 3).toFixed(1)} GiB`;
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  console.log(`## ${title}\n`);
  console.log(
    `node ${process.version}, ${availableParallelism()} cores, memory ${gib(totalmem())} (free ${gib(freemem())}), ` +
      `load average ${load}, ${new Date().toISOString()}\n`,
  );
}

/** global.gc exists only under `node --expose-gc`; without it heap figures are left out. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return false;
  gc();
  gc();
  return true;
}

/** A small seeded PRNG (mulberry32), so every run offers the same command stream. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * CPU time per run, in ns, as the median over batches of 250: process CPU time also counts V8's
 * background threads (concurrent marking and sweeping after a workspace of 50,000 agents was
 * built), which in one batch of 5,000 made a 1.6 µs pick read 25 µs; the median batch leaves
 * such bursts out and still counts what the picks themselves cost, their own garbage included.
 * A batch should take a millisecond or more: a shorter one reads the scheduler's noise.
 */
export function medianBatchNs(run: () => void, runs: number, batch = 250): number {
  const means: number[] = [];
  for (let done = 0; done < runs; done += batch) {
    const before = process.cpuUsage();
    for (let i = 0; i < batch; i += 1) run();
    const used = process.cpuUsage(before);
    means.push(((used.user + used.system) * 1000) / batch);
  }
  means.sort((a, b) => a - b);
  return means[means.length >> 1]!;
}
