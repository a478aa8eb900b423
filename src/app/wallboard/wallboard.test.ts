import { describe, expect, it } from 'vitest';
import type { Command } from '../../engine/commands.ts';
import { createdWorkspace, Scenario } from '../../engine/testing.ts';
import type { CallRecord } from '../../store/port.ts';
import { startOfDay, todayFigures, wallboard } from './wallboard.ts';

function workspace() {
  const commands: Command[] = [createdWorkspace];
  for (const [id, name] of [
    ['ann', 'Ann'],
    ['bob', 'Bob'],
  ])
    commands.push({ type: 'user.create', userId: id!, name: name!, email: `${id}@acme.test` });
  commands.push(
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      settings: { strategy: 'sequential' },
    },
    { type: 'presence.set', userId: 'ann', presence: 'online' },
  );
  return new Scenario().after(...commands);
}

const hour = 3_600_000;

function record(id: string, startedAt: number, fields: Partial<CallRecord>): CallRecord {
  return {
    id,
    workspaceId: 'ws_test',
    direction: 'inbound',
    numberId: 'n1',
    from: '+34600111222',
    to: '+34911234567',
    status: 'ended',
    startedAt,
    ...fields,
  };
}

describe('wallboard query (issue 17: rules out of the route)', () => {
  it('shows the caller still ringing, and the answered one as connected with its agent on a call', () => {
    const s = workspace().after(
      { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
      { type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' },
    );
    s.advance(5_000).when({ type: 'call.inbound', callId: 'c2', from: '+34600333444', to: '+34911234567' });
    const board = wallboard(s.state, [], { now: s.now, thresholdSec: 20, showCallers: false });
    expect(board.calls).toEqual({
      waiting: [{ callId: 'c2', numberId: 'n1', phase: 'queued', since: s.now }],
      connected: 1,
    });
    expect(board.agents.map((agent) => [agent.name, agent.presence, agent.onCall])).toEqual([
      ['Ann', 'online', true],
      ['Bob', 'offline', false],
    ]);
    const supervisors = wallboard(s.state, [], { now: s.now, thresholdSec: 20, showCallers: true });
    expect(supervisors.calls.waiting[0]?.from).toBe('+34600333444');
  });

  it('service level: answered within the threshold over offered; missed and forwarded apart; by hour', () => {
    const zone = 'Europe/Madrid';
    const now = Date.UTC(2026, 0, 5, 11, 30);
    const since = startOfDay(now, zone);
    expect(since).toBe(Date.UTC(2026, 0, 4, 23, 0));
    const calls = [
      record('a', since + 9 * hour, { agentId: 'ann', answeredAt: since + 9 * hour + 10_000 }),
      record('b', since + 10 * hour, { agentId: 'ann', answeredAt: since + 10 * hour + 30_000 }),
      record('c', since + 10 * hour, { outcome: 'abandoned' }),
      record('d', since + 11 * hour, { outcome: 'forwarded' }),
      record('e', since + 12 * hour, { status: 'ringing' }),
      record('f', since + 12 * hour, {
        direction: 'outbound',
        agentId: 'ann',
        answeredAt: since + 12 * hour,
      }),
    ];
    const figures = todayFigures(calls, since, now, zone, 20);
    expect(figures).toMatchObject({
      offered: 4,
      answered: 2,
      answeredWithinThreshold: 1,
      missed: 1,
      forwarded: 1,
      serviceLevel: 0.25,
      averageAnswerSec: 20,
    });
    expect(figures.byHour).toHaveLength(13);
    expect(figures.byHour[10]).toEqual({ hour: 10, answered: 1, missed: 1 });
    expect(todayFigures([], since, now, zone, 20).serviceLevel).toBeNull();
  });
});
