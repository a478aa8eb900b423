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

const ivrSpec = parseSpecYaml(`
version: 1
workspace: { id: sim_ivr, name: Sim IVR, plan: business }
users:
  - { id: u_sales, name: Sal, email: s@sim.test }
  - { id: u_support, name: Sue, email: u@sim.test }
groups:
  - { id: g_sales, name: Sales, members: [u_sales], noAnswer: { kind: hang_up } }
  - { id: g_support, name: Support, members: [u_support], noAnswer: { kind: hang_up } }
ivrMenus:
  - id: m_main
    name: Main
    prompt: For sales press 1, for support press 2.
    options:
      1: { kind: menu, menu: m_sales }
      2: { kind: group, group: g_support }
    timeoutSec: 5
    noInput: { kind: hang_up }
  - id: m_sales
    name: Sales
    prompt: New orders press 1.
    options:
      1: { kind: group, group: g_sales }
    timeoutSec: 5
    noInput: { kind: hang_up }
numbers:
  - id: n_ivr
    e164: +34 910 000 009
    kind: sip
    label: IVR line
    settings:
      route: { kind: ivr, menu: m_main }
      queue: { enabled: true, maxWaitSec: 3600, maxLength: 1000 }
`);

describe('callers in IVR menus press keys (issue 19, V10)', () => {
  let state: WorkspaceState;
  const ivrTraffic = (keys: unknown, extra: Record<string, unknown> = {}) =>
    parseTraffic(
      {
        start: '2026-01-05T08:00:00Z',
        hours: 4,
        handleTime: { distribution: 'exponential', meanSec: 20 },
        streams: [{ number: '+34 910 000 009', callsPerHour: [60], keys }],
        ...extra,
      },
      start,
    );

  beforeAll(() => {
    state = everyoneOnline(specWorkspace(ivrSpec, start, 5), start);
  });

  it('each share of callers takes its branch, through nested menus; the silent rest end at no-input', () => {
    const run = runScenario(state, ivrTraffic({ '11': 0.5, '2': 0.3 }), { seed: 3 });
    const o = run.result.overall;
    const sales = run.result.answeredBy.u_sales ?? 0;
    const support = run.result.answeredBy.u_support ?? 0;
    expect(o.offered).toBeGreaterThan(180);
    expect(sales + support).toBe(o.answered);
    // Light traffic: everyone who picks a branch is answered there, in the shares asked for.
    expect(sales / o.offered).toBeGreaterThan(0.4);
    expect(sales / o.offered).toBeLessThan(0.6);
    expect(support / o.offered).toBeGreaterThan(0.2);
    expect(support / o.offered).toBeLessThan(0.4);
    expect(o.other).toBe(o.offered - o.answered - o.abandoned);
    expect(o.other / o.offered).toBeGreaterThan(0.1);
    expect(run.result.refused).toBe(0);
  });

  it('without keys every caller stays silent and the menu ends the call; a key too slow for the menu counts as silence', () => {
    const silent = runScenario(state, ivrTraffic(undefined), { seed: 3 });
    expect(silent.result.overall.answered).toBe(0);
    expect(silent.result.overall.other).toBe(silent.result.overall.offered);
    const slow = runScenario(state, ivrTraffic({ '2': 1 }, { keyDelaySec: 6 }), { seed: 3 });
    expect(slow.result.overall.answered).toBe(0);
    expect(slow.result.overall.offered).toBe(silent.result.overall.offered);
  });

  it('the keys callers press leave the rest of a seed’s callers unchanged', () => {
    const silent = runScenario(state, ivrTraffic(undefined), { seed: 8 });
    const pressing = runScenario(state, ivrTraffic({ '2': 1 }), { seed: 8 });
    expect(pressing.result.overall.offered).toBe(silent.result.overall.offered);
    expect(pressing.result.overall.answered).toBe(pressing.result.overall.offered);
  });

  it('refuses bad key shares naming the field', () => {
    expect(() => ivrTraffic({ '1': 0.7, '2': 0.5 })).toThrow(/streams\[0\]\.keys: the shares add up to 1.2/);
    expect(() => ivrTraffic(JSON.parse('{"__proto__": 0.1}'))).toThrow(/streams\[0\]\.keys: "__proto__"/);
    expect(() => ivrTraffic({ abc: 0.2 })).toThrow(/streams\[0\]\.keys: "abc"/);
    expect(() => ivrTraffic({ '1': 'half' })).toThrow(/streams\[0\]\.keys\.1/);
    expect(() => ivrTraffic(['1'])).toThrow(/streams\[0\]\.keys must be a mapping/);
  });
});
