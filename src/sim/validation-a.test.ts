import { beforeAll, describe, expect, it } from 'vitest';
import { runTextbook, type TextbookRun } from './textbook.ts';

/**
 * M3 / issue 19 item 5: with impatient callers the simulator agrees with Erlang A.
 *
 * A critically loaded centre (offered load = agents) where callers hang up after an
 * exponential patience of a minute: abandonment keeps the queue short, so its figures
 * settle far faster than Erlang C's. At 250 simulated hours the runs' 95% batch-means
 * intervals are about ±1.5% for service level, ±3% for the wait probability, and ±4% for
 * ASA and abandonment: the first three are held to 3%, the last two to 5%.
 */
describe('simulator vs Erlang A (M3)', () => {
  let run: TextbookRun;

  beforeAll(() => {
    run = runTextbook({
      agents: 10,
      callsPerHour: 200,
      ahtSec: 180,
      thresholdSec: 20,
      hours: 250,
      seed: 1,
      patienceSec: 60,
    });
  }, 120_000);

  const relative = (simulated: number, predicted: number) => Math.abs(simulated - predicted) / predicted;

  it('callers hang up while waiting, and only then: every call is answered or abandoned', () => {
    const o = run.result.overall;
    expect(run.prediction.model).toBe('erlang_a');
    expect(o.offered).toBeGreaterThan(45_000);
    expect(o.abandoned).toBeGreaterThan(0);
    expect(o.answered + o.abandoned).toBe(o.offered);
    expect(run.result.refused).toBe(0);
  });

  it('service level, wait probability and occupancy within 3% of Erlang A', () => {
    const o = run.result.overall;
    expect(relative(o.serviceLevel, run.prediction.serviceLevel)).toBeLessThan(0.03);
    expect(relative(o.waitProbability, run.prediction.waitProbability)).toBeLessThan(0.03);
    expect(relative(o.occupancy, run.prediction.occupancy)).toBeLessThan(0.03);
  });

  it('ASA and abandonment within 5% of Erlang A, and within the run’s own 95% interval', () => {
    const o = run.result.overall;
    expect(relative(o.asa, run.prediction.asa)).toBeLessThan(0.05);
    expect(relative(o.abandonment, run.prediction.abandonment)).toBeLessThan(0.05);
    expect(Math.abs(o.asa - run.prediction.asa)).toBeLessThan(run.spread.asa);
    expect(Math.abs(o.abandonment - run.prediction.abandonment)).toBeLessThan(run.spread.abandonment);
  });
});
