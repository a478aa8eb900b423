import { describe, expect, it } from 'vitest';
import type { Event, StoredEvent } from '../../engine/events.ts';
import { AgentActivity } from './agents.ts';

const start = Date.UTC(2026, 0, 5, 9, 0, 0);
let seq = 0;
const at = (seconds: number, event: Event): StoredEvent => {
  seq += 1;
  return { workspaceId: 'acme', seq, at: start + seconds * 1000, event };
};

describe('R3: the agents report counts callback offers (issue 21 item 4)', () => {
  it('R3: offered, accepted (an agent_first offer dialled) and placed (auto included, retries too), per agent and interval', () => {
    const activity = new AgentActivity({ from: start, to: start + 3_600_000 });
    const events: StoredEvent[] = [
      // cb1: Ann declines, Bob accepts; unanswered, it comes back and Bob is offered it again and accepts.
      at(10, { type: 'callback.offered', callbackId: 'cb1', userId: 'ann', mode: 'agent_first' }),
      at(20, { type: 'callback.returned', callbackId: 'cb1', userId: 'ann', reason: 'declined' }),
      at(21, { type: 'callback.offered', callbackId: 'cb1', userId: 'bob', mode: 'agent_first' }),
      at(30, { type: 'callback.dialing', callbackId: 'cb1', userId: 'bob', callId: 'cb1~1', attempt: 1 }),
      at(60, { type: 'callback.retry_scheduled', callbackId: 'cb1', at: start + 1_900_000, attempt: 2 }),
      at(1_900, { type: 'callback.requeued', callbackId: 'cb1' }),
      at(1_901, { type: 'callback.offered', callbackId: 'cb1', userId: 'bob', mode: 'agent_first' }),
      at(1_905, { type: 'callback.dialing', callbackId: 'cb1', userId: 'bob', callId: 'cb1~2', attempt: 2 }),
      at(1_990, { type: 'callback.finished', callbackId: 'cb1', outcome: 'answered', userId: 'bob' }),
      // cb2: the number places callbacks itself (auto): offered and placed, never accepted by anyone.
      at(40, { type: 'callback.offered', callbackId: 'cb2', userId: 'ann', mode: 'auto' }),
      at(40, { type: 'callback.dialing', callbackId: 'cb2', userId: 'ann', callId: 'cb2~1', attempt: 1 }),
      // Outside the period: not counted.
      at(3_700, { type: 'callback.offered', callbackId: 'cb3', userId: 'ann', mode: 'agent_first' }),
    ];
    for (const event of events) activity.add(event);
    const rows = activity
      .rows(start + 3_600_000)
      .map(({ userId, intervalStart, callbacksOffered, callbacksAccepted, callbacksPlaced }) => ({
        userId,
        half: intervalStart === new Date(start).toISOString() ? 1 : 2,
        callbacksOffered,
        callbacksAccepted,
        callbacksPlaced,
      }));
    expect(rows).toEqual([
      { userId: 'ann', half: 1, callbacksOffered: 2, callbacksAccepted: 0, callbacksPlaced: 1 },
      { userId: 'bob', half: 1, callbacksOffered: 1, callbacksAccepted: 1, callbacksPlaced: 1 },
      { userId: 'bob', half: 2, callbacksOffered: 1, callbacksAccepted: 1, callbacksPlaced: 1 },
    ]);
  });
});
