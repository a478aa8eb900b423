import { beforeAll, describe, expect, it } from 'vitest';
import { parseSpecYaml } from '../config/parse.ts';
import type { WorkspaceState } from '../engine/state.ts';
import { parseTraffic, runScenario } from './scenario.ts';
import { everyoneOnline, specWorkspace } from './workspace.ts';

const start = Date.UTC(2026, 0, 5, 8, 0, 0);

const spec = parseSpecYaml(`
version: 1
workspace: { id: sim_test, name: Sim Test, plan: business }
users:
  - { id: u_a, name: Ana, email: a@sim.test }
  - { id: u_b, name: Bea, email: b@sim.test }
  - { id: u_c, name: Carl, email: c@sim.test }
numbers:
  - id: n_main
    e164: +34 910 000 001
    kind: sip
    label: Main
    settings:
      strategy: round_robin
      ringTimeoutSec: 15
      noAnswerAction: { kind: hang_up }
      queue: { enabled: true, maxWaitSec: 600, maxLength: 100 }
`);

const traffic = (extra: Record<string, unknown> = {}) =>
  parseTraffic(
    {
      start: '2026-01-05T08:00:00Z',
      intervalMinutes: 30,
      thresholdSec: 20,
      handleTime: { distribution: 'lognormal', meanSec: 180, cv: 0.6 },
      patience: { distribution: 'exponential', meanSec: 90 },
      streams: [{ number: '+34 910 000 001', callsPerHour: [20, 40, 60, 40] }],
      ...extra,
    },
    start,
  );

describe('a workspace spec under a traffic file (M1, M2)', () => {
  let state: WorkspaceState;

  beforeAll(() => {
    state = everyoneOnline(specWorkspace(spec, start, 5), start);
  });

  it('runs the spec’s own routing, reporting per 30-minute interval over the traffic’s hours', () => {
    const run = runScenario(state, traffic(), { seed: 1 });
    expect(run.traffic.hours).toBe(2);
    expect(run.result.intervals.map((interval) => interval.start)).toEqual([
      0, 1_800_000, 3_600_000, 5_400_000,
    ]);
    const o = run.result.overall;
    expect(o.offered).toBeGreaterThan(40);
    expect(o.answered + o.abandoned + o.other).toBe(o.offered);
    // Round robin shares the calls between the three.
    expect(Object.keys(run.result.answeredBy).sort()).toEqual(['u_a', 'u_b', 'u_c']);
    expect(o.agents).toBeCloseTo(3, 5);
    expect(run.result.refused).toBe(0);
  });

  it('the same seed gives the same day; the spec’s state is left as it was', () => {
    const before = JSON.stringify(state);
    const once = runScenario(state, traffic(), { seed: 9 });
    const again = runScenario(state, traffic(), { seed: 9 });
    expect(again.result).toEqual(once.result);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('agents who never pick up: the engine’s ring timers fire and the number’s no-answer action ends the calls', () => {
    const run = runScenario(state, traffic({ answerDelaySec: 60, patience: { distribution: 'none' } }), {
      seed: 2,
    });
    const o = run.result.overall;
    expect(o.offered).toBeGreaterThan(0);
    expect(o.answered).toBe(0);
    expect(o.other).toBe(o.offered);
  });

  it('a shift schedule: an agent logged out answers nothing, and fewer agents are logged in on average', () => {
    const run = runScenario(state, traffic({ schedule: [{ user: 'u_c', shifts: [[1, 2]] }] }), { seed: 1 });
    const [first, , third] = run.result.intervals;
    expect(first!.agents).toBeCloseTo(2, 5);
    expect(third!.agents).toBeCloseTo(3, 5);
    expect(run.result.overall.agents).toBeCloseTo(2.5, 5);
  });

  it('what if (M4): more agents answer sooner than fewer, on the very same callers', () => {
    const busy = traffic({ streams: [{ number: '+34 910 000 001', callsPerHour: [60] }] });
    const two = runScenario(state, busy, { seed: 4, changes: { agents: 2 } });
    const six = runScenario(state, busy, { seed: 4, changes: { agents: 6, strategy: 'longest_idle' } });
    expect(two.result.overall.offered).toBe(six.result.overall.offered);
    expect(six.result.overall.serviceLevel).toBeGreaterThan(two.result.overall.serviceLevel);
    expect(six.result.overall.abandonment).toBeLessThan(two.result.overall.abandonment);
    expect(Object.keys(six.result.answeredBy).some((id) => id.startsWith('sim_agent'))).toBe(true);
    expect(Object.keys(two.result.answeredBy)).not.toContain('u_c');
    // An agent the what-if takes away is not logged back in by their shift.
    const shifted = runScenario(
      state,
      { ...busy, schedule: [{ user: 'u_c', shifts: [[0, 1]] }] },
      { seed: 4, changes: { agents: 2 } },
    );
    expect(Object.keys(shifted.result.answeredBy)).not.toContain('u_c');
    expect(shifted.result.overall.agents).toBeCloseTo(2, 5);
  });

  it('refuses a bad traffic file naming the field, and a number the workspace lacks', () => {
    expect(() => traffic({ handleTime: { distribution: 'gamma', meanSec: 10 } })).toThrow(
      /handleTime.distribution/,
    );
    expect(() => traffic({ streams: [{ number: '+34 910 000 001', callsPerHour: [-1] }] })).toThrow(
      /streams\[0\]\.callsPerHour\[0\]/,
    );
    expect(() =>
      runScenario(state, traffic({ streams: [{ number: '+34 910 999 999', callsPerHour: [5] }] }), {
        seed: 1,
      }),
    ).toThrow(/not a number of workspace sim_test/);
  });
});
