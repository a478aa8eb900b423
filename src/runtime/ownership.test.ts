import { describe, expect, it } from 'vitest';
import { OwnershipLostError } from '../store/ownership.ts';
import type { Store } from '../store/port.ts';
import { SqliteStore } from '../store/sqlite/store.ts';
import { VirtualClock } from './clock.ts';
import { NotOwnerError, Runtime } from './runtime.ts';

/** A store whose next commit touching `workspaceId` is fenced off, as PostgreSQL's is after a takeover. */
async function fencedStore(workspaceId: string) {
  const store = new SqliteStore(':memory:');
  await store.migrate();
  let fenced = true;
  const fencing: Store = Object.create(store);
  fencing.commit = async (events) => {
    if (fenced && events.some((event) => event.workspaceId === workspaceId)) {
      fenced = false;
      throw new OwnershipLostError([workspaceId], 'another node took it');
    }
    return store.commit(events);
  };
  return { store, fencing };
}

describe('Runtime with several nodes (P2)', () => {
  it('a fenced-off commit acknowledges nothing of the lost workspace and commits the others’ commands', async () => {
    const { store, fencing } = await fencedStore('w2');
    const claimed: string[] = [];
    const runtime = new Runtime({
      store: fencing,
      clock: new VirtualClock(),
      claim: async (workspaceId) => {
        claimed.push(workspaceId);
        return true;
      },
    });
    await runtime.start();
    // Decided in the same tick: one commit batch for both workspaces.
    const [one, two] = await Promise.allSettled([
      runtime.execute('w1', { type: 'workspace.create', name: 'One', seed: 1 }),
      runtime.execute('w2', { type: 'workspace.create', name: 'Two', seed: 2 }),
    ]);
    expect(claimed).toEqual(['w1', 'w2']);
    expect(one.status).toBe('fulfilled');
    expect(two.status === 'rejected' && two.reason).toBeInstanceOf(NotOwnerError);
    expect((await store.loadEvents('w1', 0)).map((e) => e.event.type)).toEqual(['workspace.created']);
    expect(await store.loadEvents('w2', 0)).toEqual([]);
    expect(runtime.owns('w1')).toBe(true);
    expect(runtime.owns('w2')).toBe(false);
    await runtime.stop();
  });

  it('a replica refuses commands, follows what another node commits (as replica batches), and decides once adopted', async () => {
    const store = new SqliteStore(':memory:');
    await store.migrate();
    const clock = new VirtualClock();
    const writer = new Runtime({ store, clock });
    await writer.start();
    await writer.execute('w1', { type: 'workspace.create', name: 'One', seed: 1 });
    const replica = new Runtime({ store, clock, claim: async () => false });
    await replica.start();
    const seen: Array<[string, boolean]> = [];
    replica.subscribe((batch, source) =>
      seen.push(...batch.map((e) => [e.event.type, source.replica] as [string, boolean])),
    );
    await expect(
      replica.execute('w1', { type: 'user.create', userId: 'u1', name: 'Ann', email: 'ann@one.test' }),
    ).rejects.toBeInstanceOf(NotOwnerError);
    // Creating it again is refused as on its owner, not sent to be retried.
    await expect(
      replica.execute('w1', { type: 'workspace.create', name: 'Again', seed: 2 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await writer.execute('w1', { type: 'user.create', userId: 'u1', name: 'Ann', email: 'ann@one.test' });
    await replica.catchUp('w1');
    expect(replica.state('w1')?.users.u1?.name).toBe('Ann');
    expect(seen).toEqual([['user.created', true]]);
    await writer.stop();
    await replica.adopt('w1');
    expect(replica.owns('w1')).toBe(true);
    await replica.execute('w1', { type: 'presence.set', userId: 'u1', presence: 'online' });
    expect(seen.at(-1)).toEqual(['presence.changed', false]);
    await replica.stop();
  });
});
