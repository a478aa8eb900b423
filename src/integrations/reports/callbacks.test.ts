import { describe, expect, it } from 'vitest';
import type { E164 } from '../../domain/phone.ts';
import type { CallbackEvent } from '../../engine/callback/callback.ts';
import type { StoredEvent } from '../../engine/events.ts';
import type { CallRecord, Store } from '../../store/port.ts';
import { callbackRows } from './callbacks.ts';
import { serviceLevelRows } from './service-level.ts';

const start = Date.UTC(2026, 0, 5, 9, 0, 0);
const period = { from: start, to: start + 3_600_000 };
const pool = { kind: 'number', id: 'n1' } as const;

function log(entries: Array<[seconds: number, event: CallbackEvent]>): StoredEvent[] {
  return entries.map(([seconds, event], index) => ({
    workspaceId: 'acme',
    seq: index + 1,
    at: start + seconds * 1000,
    event,
  }));
}

const requested = (callId: string, queuedSec: number): CallbackEvent => ({
  type: 'callback.requested',
  callbackId: `cb_${callId}`,
  callId,
  numberId: 'n1',
  pool,
  to: '+34600000002' as E164,
  queuedAt: start + queuedSec * 1000,
  typed: false,
});

/** A store with only what the reports read: the log, in pages of at most `limit`; the calls. */
function storeOf(events: StoredEvent[], calls: Partial<CallRecord>[] = []): Store {
  return {
    loadEvents: async (_workspaceId: string, afterSeq: number, limit = 1000) =>
      events.filter((stored) => stored.seq > afterSeq).slice(0, limit),
    listCalls: async () => ({ items: calls as CallRecord[] }),
  } as unknown as Store;
}

async function rowsOf(events: StoredEvent[]) {
  const rows = [];
  for await (const row of callbackRows(storeOf(events), 'acme', period)) rows.push(row);
  return rows;
}

describe('the callbacks report (I3, R3; issue 21 item 1)', () => {
  it('R3: one row per callback requested in the period, with its outcome, as each finishes', async () => {
    const rows = await rowsOf(
      log([
        [-60, requested('c0', -90)], // requested before the period: not this report's
        [10, requested('c1', 0)],
        [20, requested('c2', 5)],
        [30, { type: 'callback.offered', callbackId: 'cb_c1', userId: 'ann', mode: 'agent_first' }],
        [35, { type: 'callback.returned', callbackId: 'cb_c1', userId: 'ann', reason: 'declined' }],
        [40, { type: 'callback.offered', callbackId: 'cb_c1', userId: 'bob', mode: 'agent_first' }],
        [45, { type: 'callback.dialing', callbackId: 'cb_c1', userId: 'bob', callId: 'cb_c1_1', attempt: 1 }],
        [60, { type: 'callback.retry_scheduled', callbackId: 'cb_c1', at: start + 120_000, attempt: 2 }],
        [70, { type: 'callback.finished', callbackId: 'cb_c2', outcome: 'abandoned', userId: 'sue' }],
        [120, { type: 'callback.requeued', callbackId: 'cb_c1' }],
        [121, { type: 'callback.offered', callbackId: 'cb_c1', userId: 'bob', mode: 'agent_first' }],
        [
          122,
          { type: 'callback.dialing', callbackId: 'cb_c1', userId: 'bob', callId: 'cb_c1_2', attempt: 2 },
        ],
        [130, { type: 'callback.connected', callbackId: 'cb_c1', callId: 'cb_c1_2', userId: 'bob' }],
        [200, { type: 'callback.finished', callbackId: 'cb_c1', outcome: 'answered', userId: 'bob' }],
        [210, { type: 'callback.finished', callbackId: 'cb_c0', outcome: 'no_answer' }],
      ]),
    );
    expect(rows.map((row) => row.callbackId)).toEqual(['cb_c2', 'cb_c1']);
    expect(rows[0]).toMatchObject({
      callId: 'c2',
      status: 'finished',
      outcome: 'abandoned',
      reason: 'cancelled',
      cancelledBy: 'sue',
      answeredBy: undefined,
      offers: 0,
      attempts: 0,
      waitSeconds: undefined,
      finishedAt: new Date(start + 70_000).toISOString(),
    });
    expect(rows[1]).toMatchObject({
      callId: 'c1',
      numberId: 'n1',
      to: '+34600000002',
      queuedAt: new Date(start).toISOString(),
      requestedAt: new Date(start + 10_000).toISOString(),
      outcome: 'answered',
      reason: undefined,
      answeredBy: 'bob',
      offers: 3,
      attempts: 2,
      placedCalls: 'cb_c1_1 cb_c1_2',
      // The caller's whole wait: from joining the queue to answering the callback.
      waitSeconds: 130,
    });
  });

  it('R3: removed with its number, a callback is abandoned for that reason; unfinished ones come last with their status', async () => {
    const rows = await rowsOf(
      log([
        [10, requested('c1', 0)],
        [20, requested('c2', 15)],
        [30, { type: 'callback.offered', callbackId: 'cb_c2', userId: 'ann', mode: 'agent_first' }],
        [
          40,
          { type: 'callback.finished', callbackId: 'cb_c1', outcome: 'abandoned', reason: 'number_removed' },
        ],
      ]),
    );
    expect(rows).toEqual([
      expect.objectContaining({ callbackId: 'cb_c1', outcome: 'abandoned', reason: 'number_removed' }),
      expect.objectContaining({ callbackId: 'cb_c2', status: 'offered', outcome: undefined, offers: 1 }),
    ]);
    expect(rows[0]!.cancelledBy).toBeUndefined();
  });

  it('R3: a callback requested in the period and finished after it is still read to its end, across pages of the log', async () => {
    const filler: Array<[number, CallbackEvent]> = Array.from({ length: 4500 }, (_, index) => [
      3_700 + index / 100,
      { type: 'callback.entering', callId: 'other', digits: '' },
    ]);
    const rows = await rowsOf(
      log([
        [3_500, requested('c1', 3_400)],
        ...filler,
        [4_000, { type: 'callback.finished', callbackId: 'cb_c1', outcome: 'no_answer' }],
        [4_100, requested('c9', 4_050)], // after the period
      ]),
    );
    expect(rows).toEqual([expect.objectContaining({ callbackId: 'cb_c1', outcome: 'no_answer' })]);
  });
});

describe('service level and callbacks (I3, R3; issue 21 item 1)', () => {
  it('R3: a caller who left the queue for a callback is neither answered nor lost: counted apart, not offered (as on the wallboard)', async () => {
    const call = (id: string, startSec: number, rest: Partial<CallRecord>): Partial<CallRecord> => ({
      id,
      direction: 'inbound',
      startedAt: start + startSec * 1000,
      status: 'ended',
      ...rest,
    });
    const store = storeOf(
      [],
      [
        call('c1', 0, { answeredAt: start + 5_000, outcome: 'answered' }),
        call('c2', 10, { outcome: 'callback' }),
        call('c3', 20, { outcome: 'abandoned' }),
        call('c4', 1_900, { outcome: 'callback' }),
      ],
    );
    const rows = await serviceLevelRows(store, 'acme', period, 20);
    expect(rows).toEqual([
      expect.objectContaining({
        offered: 2,
        answered: 1,
        abandoned: 1,
        callbacks: 1,
        serviceLevelPercent: 50,
      }),
      // Everyone of this interval asked for a callback: none offered, so no service level.
      expect.objectContaining({ offered: 0, answered: 0, callbacks: 1, serviceLevelPercent: undefined }),
    ]);
  });
});
