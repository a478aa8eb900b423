import { collectDefaultMetrics, Registry } from 'prom-client';

let registry: Registry | undefined;

/**
 * The process's own metrics (CPU, memory, event-loop lag, GC), collected once per process.
 * prom-client's default metrics start an event-loop delay monitor and a GC observer that
 * nothing stops: made per server, each outlived its server and kept the whole server reachable
 * through its registry (≈ 2.9 MB a closed server, and one more 20 ms monitor and GC callback
 * for every server a process had started; a test worker starts dozens).
 */
export function processMetrics(): Registry {
  if (registry) return registry;
  registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  return registry;
}
