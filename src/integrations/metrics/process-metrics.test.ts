import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics.ts';
import { processMetrics } from './process-metrics.ts';

describe("the process's metrics (I2)", () => {
  it('are collected once for the process, and every server scrapes them with its own', async () => {
    const first = new Metrics();
    const second = new Metrics();
    // A server's registry has no process metrics: made per server, their event-loop monitor and
    // GC observer outlived it and kept it reachable.
    expect(first.registry.getSingleMetric('nodejs_eventloop_lag_seconds')).toBeUndefined();
    expect(processMetrics()).toBe(processMetrics());
    for (const server of [first, second]) {
      const text = await server.scrape();
      expect(text.match(/^# TYPE nodejs_eventloop_lag_seconds /gm)).toHaveLength(1);
      expect(text.match(/^# TYPE switchboard_events_total /gm)).toHaveLength(1);
    }
  });
});
