import { describe, expect, it } from 'vitest';
import { parseSpecYaml } from '../config/parse.ts';
import type { CallRecord } from '../store/port.ts';
import { arrivalsFromHistory, replayDay } from './replay.ts';
import { everyoneOnline, specWorkspace } from './workspace.ts';

const day = Date.UTC(2026, 0, 5, 9, 0, 0);
const spec = parseSpecYaml(`
version: 1
workspace: { id: replay_test, name: Replay Test }
users:
  - { id: u_a, name: Ana, email: a@replay.test }
numbers:
  - id: n_main
    e164: +34 910 000 002
    kind: sip
    label: Main
    settings: { strategy: longest_idle, noAnswerAction: { kind: hang_up }, queue: { enabled: true, maxWaitSec: 600, maxLength: 10 } }
`);

const call = (id: string, fields: Partial<CallRecord>): CallRecord => ({
  id,
  workspaceId: 'replay_test',
  direction: 'inbound',
  numberId: 'n_main',
  from: '+34600000001',
  to: '+34910000002',
  status: 'ended',
  startedAt: day,
  ...fields,
});

const minute = 60_000;
/** A recorded morning: two calls at once for one agent; the second caller gave up after 40 s. */
const history: CallRecord[] = [
  call('c1', {
    startedAt: day,
    answeredAt: day + 5_000,
    endedAt: day + 5_000 + 5 * minute,
    outcome: 'answered',
  }),
  call('c2', { startedAt: day + 1_000, endedAt: day + 41_000, outcome: 'abandoned', from: '+34600000002' }),
  call('c3', {
    startedAt: day + 30 * minute,
    answeredAt: day + 30 * minute + 2_000,
    endedAt: day + 33 * minute,
    outcome: 'answered',
  }),
  call('c4', { startedAt: day - minute, outcome: 'answered', answeredAt: day, endedAt: day + minute }),
  call('c5', {
    startedAt: day + 10 * minute,
    to: '+34910999999',
    outcome: 'missed',
    endedAt: day + 11 * minute,
  }),
];

describe('replaying a recorded day (issue 19 item 7)', () => {
  it('the day’s callers keep their moment, their talk and, when they gave up, their patience', () => {
    const arrivals = arrivalsFromHistory(history, day, 3_600_000);
    expect(arrivals.map((arrival) => arrival.at)).toEqual([0, 1_000, 10 * minute, 30 * minute]);
    expect(arrivals[0]!.handleMs).toBe(5 * minute);
    expect(arrivals[1]!.patienceMs).toBe(40_000);
    expect(arrivals[0]!.patienceMs).toBe(Number.POSITIVE_INFINITY);
    // Never answered: the day's mean talk, (5 + 2.95) / 2 minutes.
    expect(arrivals[1]!.handleMs).toBe(Math.round((5 * minute + 3 * minute - 2_000) / 2));
  });

  it('reports what happened beside what the current configuration does, and what a second agent would have done', () => {
    const state = everyoneOnline(specWorkspace(spec, day, 3), day);
    const now = replayDay(state, history, { startAt: day, hours: 1, thresholdSec: 20, seed: 1 });
    expect(now.actual).toMatchObject({ offered: 4, answered: 2, abandoned: 1, other: 1 });
    expect(now.skipped).toBe(1);
    // One agent: the second caller waits behind the first five-minute call and gives up again.
    expect(now.simulated.result.overall).toMatchObject({ offered: 3, answered: 2, abandoned: 1 });
    const twoAgents = replayDay(state, history, {
      startAt: day,
      hours: 1,
      thresholdSec: 20,
      seed: 1,
      changes: { agents: 2 },
    });
    expect(twoAgents.simulated.result.overall).toMatchObject({ offered: 3, answered: 3, abandoned: 0 });
    expect(twoAgents.simulated.result.overall.serviceLevel).toBe(1);
  });
});

const ivrSpec = parseSpecYaml(`
version: 1
workspace: { id: replay_ivr, name: Replay IVR }
users:
  - { id: u_sales, name: Sal, email: s@replay.test }
  - { id: u_support, name: Sue, email: u@replay.test }
groups:
  - { id: g_sales, name: Sales, members: [u_sales], noAnswer: { kind: hang_up } }
  - { id: g_support, name: Support, members: [u_support], noAnswer: { kind: hang_up } }
ivrMenus:
  - id: m_main
    name: Main
    prompt: For sales press 1, for support press 2.
    options:
      1: { kind: group, group: g_sales }
      2: { kind: group, group: g_support }
    timeoutSec: 5
    noInput: { kind: hang_up }
numbers:
  - id: n_ivr
    e164: +34 910 000 003
    kind: sip
    label: IVR line
    settings: { route: { kind: ivr, menu: m_main } }
`);

describe('replaying the keys callers pressed in the IVR (issue 19)', () => {
  const ivrCall = (id: string, at: number): CallRecord =>
    call(id, {
      numberId: 'n_ivr',
      to: '+34910000003',
      startedAt: day + at,
      answeredAt: day + at + 10_000,
      endedAt: day + at + 70_000,
      outcome: 'answered',
    });
  const calls = [ivrCall('k1', 0), ivrCall('k2', minute), ivrCall('k3', 2 * minute)];

  it('each caller takes the branch they took that day; a caller silent that day stays silent', () => {
    const state = everyoneOnline(specWorkspace(ivrSpec, day, 3), day);
    const keys = new Map<string, (string | null)[]>([
      ['k1', ['1']],
      ['k2', ['2']],
      ['k3', [null]],
    ]);
    const arrivals = arrivalsFromHistory(calls, day, 3_600_000, keys);
    expect(arrivals.map((arrival) => arrival.keys)).toEqual([['1'], ['2'], [null]]);
    const replay = replayDay(state, calls, { startAt: day, hours: 1, thresholdSec: 20, seed: 1, keys });
    expect(replay.simulated.result.answeredBy).toEqual({ u_sales: 1, u_support: 1 });
    expect(replay.simulated.result.overall).toMatchObject({ offered: 3, answered: 2, other: 1 });
  });
});
