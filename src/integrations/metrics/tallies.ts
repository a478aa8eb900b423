import { Counter, type Registry } from 'prom-client';

/*
 * Labelled series counted in plain numbers and handed to prom-client only when scraped.
 * prom-client's inc() and observe() take a label object and hash it (its names sorted, its
 * values joined) on every call, a closure and a copy each; a request's counter and latency
 * and its command's counter cost ≈ 3 µs of the event loop per request (calls bench: three
 * requests a call). Here a series is found by a key its caller builds, and its labels are
 * made once, when it is first seen. Series are listed in the order they were first seen, as
 * prom-client lists them.
 */

type Labels<L extends string> = Record<L, string>;

interface Config<L extends string> {
  name: string;
  help: string;
  labelNames: L[];
  registers: Registry[];
}

/** A counter by label set: prom-client's Counter, filled from the tallies at each scrape. */
export class TalliedCounter<L extends string> {
  private readonly tallies = new Map<string, { labels: Labels<L>; value: number }>();

  constructor(config: Config<L>) {
    const tallies = this.tallies;
    const clear = Counter.prototype.reset;
    const counter = new Counter<L>({
      ...config,
      collect() {
        clear.call(this);
        for (const { labels, value } of tallies.values()) this.inc(labels, value);
      },
    });
    // The registry's resetMetrics() resets the tallies too.
    counter.reset = () => {
      tallies.clear();
      clear.call(counter);
    };
  }

  /** Adds one to the series `key` names (`labels` is asked for the first time only). */
  inc(key: string, labels: () => Labels<L>): void {
    const tally = this.tallies.get(key);
    if (tally) tally.value += 1;
    else this.tallies.set(key, { labels: labels(), value: 1 });
  }
}

interface HistogramSeries<L extends string> {
  labels: Labels<L>;
  /** Observations per bucket, not cumulative; the last counts those above every bound. */
  buckets: number[];
  sum: number;
  count: number;
}

/** A value pair as prom-client's registry formats it (histogram.js's setValuePair: buckets carry a null exemplar). */
const pair = (labels: object, value: number, metricName: string, sharedLabels: object, bucket: boolean) => ({
  labels,
  sharedLabels,
  value,
  metricName,
  exemplar: bucket ? null : undefined,
});

/**
 * A histogram by label set, registered with prom-client's registry as a metric of its own:
 * it exposes the same samples, in the same order and form, as prom-client's Histogram.
 */
export class TalliedHistogram<L extends string> {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  readonly name: string;
  readonly help: string;
  private series = new Map<string, HistogramSeries<L>>();

  constructor(
    config: Config<L>,
    private readonly bounds: readonly number[],
  ) {
    this.name = config.name;
    this.help = config.help;
    for (const registry of config.registers) registry.registerMetric(this as never);
  }

  /** Counts `value` in the series `key` names (`labels` is asked for the first time only). */
  observe(key: string, labels: () => Labels<L>, value: number): void {
    let series = this.series.get(key);
    if (!series) {
      series = { labels: labels(), buckets: new Array(this.bounds.length + 1).fill(0), sum: 0, count: 0 };
      this.series.set(key, series);
    }
    let bucket = 0;
    while (bucket < this.bounds.length && value > this.bounds[bucket]!) bucket += 1;
    series.buckets[bucket]! += 1;
    series.sum += value;
    series.count += 1;
  }

  reset(): void {
    this.series = new Map();
  }

  /** What the registry writes: cumulative buckets, +Inf, sum and count, the series' labels shared. */
  async getForPromString() {
    const bucketName = `${this.name}_bucket`;
    const values = [];
    for (const { labels, buckets, sum, count } of this.series.values()) {
      let below = 0;
      for (const [index, bound] of this.bounds.entries()) {
        below += buckets[index]!;
        values.push(pair({ le: bound }, below, bucketName, labels, true));
      }
      values.push(
        pair({ le: '+Inf' }, count, bucketName, labels, true),
        pair({}, sum, `${this.name}_sum`, labels, false),
        pair({}, count, `${this.name}_count`, labels, false),
      );
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  /** As JSON (registry.getMetricsAsJSON): each sample's own labels with the series'. */
  async get() {
    const data = await this.getForPromString();
    return {
      ...data,
      values: data.values.map(({ labels, sharedLabels, ...rest }) => ({
        ...rest,
        labels: { ...labels, ...sharedLabels },
      })),
    };
  }
}
