import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresForThisFile } from '../../../test/support/postgres.ts';
import type { StoredEvent } from '../../engine/events.ts';
import { OwnershipLostError } from '../ownership.ts';
import { PostgresLeases } from './leases.ts';
import { PostgresStore } from './store.ts';

const postgres = postgresForThisFile();

const created: StoredEvent = {
  workspaceId: 'w1',
  seq: 1,
  at: 1000,
  event: { type: 'workspace.created', name: 'Acme', plan: 'business', timeZone: 'UTC', seed: 7 },
};
const removed = (seq: number, contactId: string): StoredEvent => ({
  workspaceId: 'w1',
  seq,
  at: 1000 + seq,
  event: { type: 'contact.removed', contactId },
});

/** A node: its store fenced by the epochs it holds. */
function node(url: string, nodeId: string) {
  const store = new PostgresStore({ url, nodeId, poolSize: 3 });
  const held = new Map<string, number>();
  store.fenceWith({ epochOf: (workspaceId) => held.get(workspaceId) });
  const leases = new PostgresLeases(store.pool, nodeId, 60_000);
  return { store, leases, held };
}

describe('PostgreSQL fencing (P2)', () => {
  let one: ReturnType<typeof node>;
  let two: ReturnType<typeof node>;

  beforeAll(async () => {
    const url = await postgres().createDatabase();
    one = node(url, 'n1');
    two = node(url, 'n2');
    await one.store.migrate();
  });
  afterAll(async () => {
    await one?.store.close();
    await two?.store.close();
  });

  const expire = () =>
    one.store.pool.query("UPDATE workspace_leases SET expires_at = now() - interval '1 s'");

  it('a node that lost the lease writes nothing; the new owner continues the log', async () => {
    one.held.set('w1', (await one.leases.claim('w1'))!);
    expect(await two.leases.claim('w1')).toBeUndefined();
    // A creation refused and retried claims again what its node already holds.
    expect(await one.leases.claim('w1')).toBe(1);
    await one.store.commit([created]);

    await expire();
    const [taken] = await two.leases.takeExpired(10);
    expect(taken).toEqual({ workspaceId: 'w1', epoch: 2, previousOwner: 'n1' });
    two.held.set('w1', taken!.epoch);

    await expect(one.store.commit([removed(2, 'stale')])).rejects.toBeInstanceOf(OwnershipLostError);
    await two.store.commit([removed(2, 'fresh')]);
    const log = await two.store.loadEvents('w1', 0);
    expect(log.map((e) => [e.seq, e.event.type === 'contact.removed' ? e.event.contactId : ''])).toEqual([
      [1, ''],
      [2, 'fresh'],
    ]);
    // Renewing tells the old owner what it lost: n1 holds nothing any more.
    expect(await one.leases.renew()).toEqual([]);
    expect(await two.leases.renew()).toEqual([{ workspaceId: 'w1', epoch: 2 }]);
  });

  it('a batch that does not start where the log ends is refused, and nothing of it stays', async () => {
    const error = await two.store.commit([removed(4, 'gap')]).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(OwnershipLostError);
    expect((error as OwnershipLostError).workspaceIds).toEqual(['w1']);
    expect(await two.store.loadEvents('w1', 2)).toEqual([]);
  });

  it('a takeover does not take a lease row a commit holds FOR SHARE; it takes it once that commit ends', async () => {
    await expire();
    const inFlight = await one.store.pool.connect();
    try {
      await inFlight.query('BEGIN');
      await inFlight.query("SELECT epoch FROM workspace_leases WHERE workspace_id = 'w1' FOR SHARE");
      expect(await one.leases.takeExpired(10)).toEqual([]);
      await inFlight.query('COMMIT');
    } finally {
      inFlight.release();
    }
    expect(await one.leases.takeExpired(10)).toEqual([{ workspaceId: 'w1', epoch: 3, previousOwner: 'n2' }]);
  });
});
