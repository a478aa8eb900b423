import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Event, StoredEvent } from '../../engine/events.ts';
import { storeContract } from '../contract/store-contract.ts';
import { webhookDeliveriesContract } from '../contract/webhook-contract.ts';
import { SqliteStore } from './store.ts';

storeContract('SQLite', async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'sb-store-')), 'test.db'));
  await store.migrate();
  return store;
});

// The writer on the store's own connection (what an in-memory database uses) keeps the same contract.
storeContract('SQLite (inline writer)', async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'sb-store-')), 'test.db'), {
    writer: 'inline',
  });
  await store.migrate();
  return store;
});

/** A migrated store on a new file (its writer thread), and the event a contact's creation stores at `seq`. */
async function fileStore() {
  const path = join(mkdtempSync(join(tmpdir(), 'sb-store-')), 'test.db');
  const store = new SqliteStore(path);
  await store.migrate();
  return { path, store };
}

const contactCreated = (seq: number): StoredEvent => ({
  workspaceId: 'w1',
  seq,
  at: 1_000 + seq,
  event: { type: 'contact.created', contact: { id: `k${seq}`, name: `Contact ${seq}` } } as Event,
});

describe('SQLite writer thread (issue 16 goal 2)', () => {
  it('a commit acknowledged is in the file: this connection and a fresh one read it back at once', async () => {
    const { path, store } = await fileStore();
    // Several commits in flight at once are written in the order sent.
    await Promise.all([
      store.commit([contactCreated(1), contactCreated(2)]),
      store.commit([contactCreated(3)]),
    ]);
    expect((await store.loadEvents('w1', 0)).map((stored) => stored.seq)).toEqual([1, 2, 3]);
    const fresh = new Database(path, { readonly: true });
    expect(fresh.prepare('SELECT seq FROM events ORDER BY seq').pluck().all()).toEqual([1, 2, 3]);
    expect(fresh.prepare('SELECT entity_id FROM history ORDER BY seq').pluck().all()).toEqual([
      'k1',
      'k2',
      'k3',
    ]);
    fresh.close();
    await store.close();
  });

  it('pipelines: a commit sent after a failed one, before its failure was heard, is refused and not written; one sent after is', async () => {
    const { store } = await fileStore();
    expect(store.pipelined).toBe(true);
    await store.commit([contactCreated(1)]);
    // Sent back to back, none awaited: the second repeats seq 1, so it fails; the third was
    // decided on it, and must not be written though it is valid on its own. The first is
    // written, or refused with the second when the thread wrote them in one transaction.
    // (The snapshot between them makes the thread write the third on its own.)
    const outcomes = await Promise.allSettled([
      store.commit([contactCreated(2)]),
      store.commit([contactCreated(1)]),
      store.saveSnapshot({ workspaceId: 'w1', seq: 1, state: {} as never, json: '{}' }),
      store.commit([contactCreated(3)]),
    ]);
    expect(outcomes.map((outcome) => outcome.status).slice(1)).toEqual(['rejected', 'fulfilled', 'rejected']);
    expect(String((outcomes[3] as PromiseRejectedResult).reason)).toContain('a commit before it failed');
    const written = (await store.loadEvents('w1', 0)).map((stored) => stored.seq);
    expect(written).toEqual(outcomes[0]!.status === 'fulfilled' ? [1, 2] : [1]);
    // Sent once the failure is known: written.
    await store.commit([contactCreated(written.length + 1)]);
    expect((await store.loadEvents('w1', 0)).map((stored) => stored.seq)).toEqual([
      ...written,
      written.length + 1,
    ]);
    await store.close();
  });

  it('pipelines: a snapshot that fails does not let a commit decided on a failing one through', async () => {
    const { store } = await fileStore();
    await store.commit([contactCreated(1)]);
    // A snapshot the thread cannot bind (an object, not text), then a commit repeating seq 1.
    const snapshot = store.saveSnapshot({ workspaceId: 'w1', seq: 1, state: {} as never, json: {} as never });
    const failing = store.commit([contactCreated(1)]);
    await expect(snapshot).rejects.toThrow();
    // Heard the snapshot's failure, not yet the commit's: this one stands on the failing commit.
    // A snapshot sent between them keeps the thread from writing both in one transaction
    // (where the second fails with the first, whatever its generation).
    const between = store.saveSnapshot({ workspaceId: 'w1', seq: 1, state: {} as never, json: '{}' });
    const onTop = store.commit([contactCreated(2)]);
    await expect(failing).rejects.toThrow();
    await between;
    await expect(onTop).rejects.toThrow('a commit before it failed');
    expect((await store.loadEvents('w1', 0)).map((stored) => stored.seq)).toEqual([1]);
    await store.close();
  });
});

webhookDeliveriesContract('SQLite', async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'sb-store-')), 'test.db'));
  await store.migrate();
  return store;
});

describe('SQLite migration 5', () => {
  it('fills who took part in each call from a log written before it, as the live projection does', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sb-store-')), 'test.db');
    const events: Event[] = [
      {
        type: 'call.received',
        callId: 'c1',
        numberId: 'n1',
        from: '+34600111222',
        to: '+34911234567',
        customerLegId: 'c1.0',
      },
      { type: 'call.leg_ringing', callId: 'c1', legId: 'c1.1', userId: 'u1' },
      { type: 'call.leg_ringing', callId: 'c1', legId: 'c1.2', userId: 'u2' },
      { type: 'call.leg_answered', callId: 'c1', legId: 'c1.1', userId: 'u1' },
      { type: 'call.leg_ended', callId: 'c1', legId: 'c1.2', userId: 'u2', reason: 'answered_elsewhere' },
      {
        type: 'call.transfer_started',
        callId: 'c1',
        transferId: 't1',
        initiatorId: 'u1',
        target: { kind: 'user', userId: 'u3' },
        method: 'direct',
        targetLegId: 'c1.3',
      },
      { type: 'call.leg_ringing', callId: 'c1', legId: 'c1.3', userId: 'u3' },
      { type: 'call.leg_answered', callId: 'c1', legId: 'c1.3', userId: 'u3' },
      { type: 'call.transfer_completed', callId: 'c1', transferId: 't1', userId: 'u3' },
      { type: 'call.ended', callId: 'c1', outcome: 'answered', endedBy: 'customer' },
    ];
    const stored: StoredEvent[] = events.map((event, index) => ({
      workspaceId: 'w1',
      seq: index + 2,
      at: 1_000 + index * 10,
      event,
    }));
    const participations = async (s: SqliteStore) =>
      Promise.all(['u1', 'u2', 'u3', 'u4'].map((userId) => s.callParticipation('w1', 'c1', userId)));

    const store = new SqliteStore(path);
    await store.migrate();
    await store.commit(stored);
    const live = await participations(store);
    expect(live).toEqual([
      { userId: 'u1', offeredAt: 1_010, answeredAt: 1_030, transferredAt: 1_080 },
      { userId: 'u2', offeredAt: 1_020 },
      { userId: 'u3', offeredAt: 1_060, answeredAt: 1_070 },
      undefined,
    ]);
    await store.close();

    const db = new Database(path);
    db.exec('DROP TABLE call_participants; DELETE FROM schema_migrations WHERE version = 5');
    db.close();
    const migrated = new SqliteStore(path);
    await migrated.migrate();
    expect(await participations(migrated)).toEqual(live);
    await migrated.close();
  });
});
