import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { TalliedCounter, TalliedHistogram } from './tallies.ts';

const bounds = [0.001, 0.01, 0.1, 1];
const observations: Array<[method: string, status: number, seconds: number]> = [
  ['GET', 200, 0.0004],
  ['POST', 201, 0.002],
  ['GET', 200, 0.05],
  ['GET', 404, 0.001],
  ['POST', 201, 3.5],
  ['GET', 200, 0.1],
];

/** The same observations through prom-client's own Counter and Histogram, and through the tallies. */
function registries() {
  const own = new Registry();
  const tallied = new Registry();
  const config = (registers: Registry[], name: string) => ({
    name,
    help: `${name} help`,
    labelNames: ['method', 'status'] as Array<'method' | 'status'>,
    registers,
  });
  const counter = new Counter(config([own], 'requests_total'));
  const histogram = new Histogram({ ...config([own], 'request_seconds'), buckets: bounds });
  const talliedCounter = new TalliedCounter(config([tallied], 'requests_total'));
  const talliedHistogram = new TalliedHistogram(config([tallied], 'request_seconds'), bounds);
  for (const [method, status, seconds] of observations) {
    const labels = { method, status: String(status) };
    counter.inc(labels);
    histogram.observe(labels, seconds);
    talliedCounter.inc(`${method} ${status}`, () => labels);
    talliedHistogram.observe(`${method} ${status}`, () => labels, seconds);
  }
  return { own, tallied };
}

describe('tallied metrics (I2): what a scrape reads is what prom-client would write', () => {
  it('the same Prometheus text, sample for sample, in the same order', async () => {
    const { own, tallied } = registries();
    const text = await tallied.metrics();
    expect(text).toBe(await own.metrics());
    expect(text).toContain('request_seconds_bucket{le="0.01",method="POST",status="201"} 1');
    expect(text).toContain('request_seconds_bucket{le="+Inf",method="POST",status="201"} 2');
    expect(text).toContain('requests_total{method="GET",status="200"} 3');
  });

  it('the same JSON, and both empty once reset', async () => {
    const { own, tallied } = registries();
    expect(await tallied.getMetricsAsJSON()).toEqual(await own.getMetricsAsJSON());
    own.resetMetrics();
    tallied.resetMetrics();
    expect(await tallied.metrics()).toBe(await own.metrics());
  });
});
