import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Event, StoredEvent } from '../../engine/events.ts';
import { CallsProjection } from './calls-projection.ts';
import { migrations } from './migrations.ts';
import { statementCache } from './statement-cache.ts';
import { SqliteStore } from './store.ts';

let seq = 0;
/** The events as one batch, each a millisecond after the one before (its `at` is 1,000 + seq). */
const batch = (...events: Array<Record<string, unknown>>): StoredEvent[] =>
  events.map((event) => {
    seq += 1;
    return { workspaceId: 'w1', seq, at: 1_000 + seq, event: event as unknown as Event };
  });

const received = (callId: string) => ({
  type: 'call.received',
  callId,
  numberId: 'n1',
  from: '+34600111222',
  to: '+34911234567',
  customerLegId: `${callId}.0`,
});
const ringing = (callId: string, userId: string) => ({
  type: 'call.leg_ringing',
  callId,
  legId: `${callId}.${userId}`,
  userId,
});
const answered = (callId: string, userId: string) => ({
  type: 'call.leg_answered',
  callId,
  legId: `${callId}.${userId}`,
  userId,
});
const ended = (callId: string) => ({ type: 'call.ended', callId, outcome: 'answered', endedBy: 'customer' });

describe('the calls read model, written a batch at a time (issue 16 goal 2)', () => {
  it('folds a call’s changes in one batch into its row, on top of what earlier batches wrote: the first answer’s time, the last agent', async () => {
    seq = 0;
    const store = new SqliteStore(':memory:');
    await store.migrate();
    // A call born and ended in one batch; another only received.
    await store.commit(
      batch(
        received('a'),
        ringing('a', 'u1'),
        answered('a', 'u1'), // seq 3
        answered('a', 'u2'),
        ended('a'), // seq 5
        received('b'), // seq 6
      ),
    );
    // The second call's whole life in the next batch, rung twice, answered, passed on and ended.
    await store.commit(
      batch(
        ringing('b', 'u1'), // seq 7
        ringing('b', 'u1'),
        answered('b', 'u1'), // seq 9
        {
          type: 'call.transfer_started',
          callId: 'b',
          transferId: 't1',
          initiatorId: 'u1',
          target: { kind: 'user', userId: 'u2' },
        },
        { type: 'call.transfer_completed', callId: 'b', transferId: 't1' }, // seq 11
        answered('b', 'u2'),
        {
          type: 'call.transfer_started',
          callId: 'b',
          transferId: 't2',
          initiatorId: 'u1',
          target: { kind: 'user', userId: 'u3' },
        },
        ended('b'), // seq 14
      ),
    );
    expect(await store.getCall('w1', 'a')).toMatchObject({
      status: 'ended',
      outcome: 'answered',
      startedAt: 1_001,
      answeredAt: 1_003,
      agentId: 'u2',
      endedAt: 1_005,
    });
    expect(await store.getCall('w1', 'b')).toMatchObject({
      direction: 'inbound',
      numberId: 'n1',
      status: 'ended',
      startedAt: 1_006,
      answeredAt: 1_009,
      agentId: 'u2',
      endedAt: 1_014,
    });
    const asU1 = await store.listCalls('w1', { limit: 10, participant: 'u1' });
    expect(asU1.items.find((call) => call.id === 'b')?.participation).toEqual({
      userId: 'u1',
      offeredAt: 1_007,
      answeredAt: 1_009,
      transferredAt: 1_011,
    });
    const asU2 = await store.listCalls('w1', { limit: 10, participant: 'u2' });
    expect(asU2.items.map((call) => [call.id, call.participation?.answeredAt])).toEqual([
      ['b', 1_012],
      ['a', 1_004],
    ]);
    await store.close();
  });

  it('a change that sets no column of a call writes nothing and fails nothing', () => {
    const db = new Database(':memory:');
    for (const migration of migrations) db.exec(migration.sql);
    const projection = new CallsProjection(statementCache(db));
    projection.add('w1', { kind: 'call', callId: 'a', fields: {} });
    projection.add('w1', { kind: 'call', callId: 'b', fields: { outcome: undefined } });
    expect(() => projection.write()).not.toThrow();
    db.close();
  });

  it('a batch that fails half-way leaves none of its rows to the next batch', async () => {
    seq = 0;
    const store = new SqliteStore(':memory:');
    await store.migrate();
    await store.commit(batch(received('a')));
    // The call's answer, then an event repeating seq 1: the batch fails, nothing of it is written.
    const failing = batch(answered('a', 'u1'));
    await expect(store.commit([...failing, { ...failing[0]!, seq: 1 }])).rejects.toThrow();
    seq = 1;
    await store.commit(batch(ringing('a', 'u3')));
    expect(await store.getCall('w1', 'a')).toMatchObject({ status: 'ringing' });
    expect((await store.getCall('w1', 'a'))?.answeredAt).toBeUndefined();
    const asU1 = await store.listCalls('w1', { limit: 10, participant: 'u1' });
    expect(asU1.items).toEqual([]);
    await store.close();
  });
});
