import { describe, expect, it } from 'vitest';
import type { Event, StoredEvent } from '../../engine/events.ts';
import { AgentActivity } from './agents.ts';

const start = Date.UTC(2026, 0, 5, 9, 0, 0);
let seq = 0;
const at = (seconds: number, event: Event): StoredEvent => {
  seq += 1;
  return { workspaceId: 'acme', seq, at: start + seconds * 1000, event };
};

describe('R2: the agents report counts wrap-up as its own state', () => {
  it('R2: wrap-up time per channel, split at the half hour, an unfinished one closed at the report’s time', () => {
    const activity = new AgentActivity({ from: start, to: start + 3_600_000 });
    const events: StoredEvent[] = [
      at(1_780, {
        type: 'wrap_up.started',
        userId: 'ann',
        channel: 'voice',
        seconds: 30,
        until: start + 1_810_000,
        source: { kind: 'call', callId: 'c1' },
      }),
      at(1_790, { type: 'wrap_up.extended', userId: 'ann', channel: 'voice', until: start + 1_840_000 }),
      at(1_840, { type: 'wrap_up.ended', userId: 'ann', channel: 'voice', reason: 'elapsed' }),
      at(1_900, {
        type: 'wrap_up.started',
        userId: 'ann',
        channel: 'chat',
        seconds: 20,
        until: start + 1_920_000,
        source: { kind: 'conversation', conversationId: 'v1' },
      }),
    ];
    for (const event of events) activity.add(event);
    const rows = activity.rows(start + 1_910_000);
    expect(
      rows.map(({ intervalStart, wrapUpSeconds, chatWrapUpSeconds }) => ({
        intervalStart,
        wrapUpSeconds,
        chatWrapUpSeconds,
      })),
    ).toEqual([
      { intervalStart: new Date(start).toISOString(), wrapUpSeconds: 20, chatWrapUpSeconds: 0 },
      { intervalStart: new Date(start + 1_800_000).toISOString(), wrapUpSeconds: 40, chatWrapUpSeconds: 10 },
    ]);
  });
});
