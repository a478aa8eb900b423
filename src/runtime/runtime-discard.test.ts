import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Event } from '../engine/events.ts';
import { SqliteStore } from '../store/sqlite/store.ts';
import { VirtualClock } from './clock.ts';
import { Runtime } from './runtime.ts';

/**
 * Issue 12 item 1: a defect (an ordinary error, not a refusal) while deciding or evolving.
 * evolve is wrapped so a contact named "boom" throws after its event has been applied in
 * place (version bumped, contact added): a decision left half applied. Both of its entries:
 * a decision's events go through evolveTyped (Tx.emit has read the type already).
 */
vi.mock('../engine/evolve.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../engine/evolve.ts')>();
  const boom = (event: Event) => {
    if (event.type === 'contact.created' && event.contact.name === 'boom') throw new TypeError('boom');
  };
  return {
    ...real,
    evolve: (...args: Parameters<typeof real.evolve>) => {
      const state = real.evolve(...args);
      boom(args[1]);
      return state;
    },
    evolveTyped: (...args: Parameters<typeof real.evolveTyped>) => {
      const state = real.evolveTyped(...args);
      boom(args[1]);
      return state;
    },
  };
});

const dbPath = () => join(mkdtempSync(join(tmpdir(), 'sb-discard-')), 'test.db');

async function open(path: string, clock = new VirtualClock()) {
  const store = new SqliteStore(path);
  await store.migrate();
  const runtime = new Runtime({ store, clock });
  await runtime.start();
  return { store, runtime, clock };
}

const seqs = async (store: SqliteStore) => (await store.loadEvents('w1', 0)).map((stored) => stored.seq);
const contiguous = (list: number[]) => list.every((seq, index) => seq === index + 1);

describe('Runtime: a failed decision (issue 12 item 1)', () => {
  it('discards a half-applied decision, rebuilds from the store, and keeps writing with no sequence gap, also after a restart', async () => {
    const path = dbPath();
    const first = await open(path);
    await first.runtime.execute('w1', { type: 'workspace.create', name: 'Acme', seed: 1 });
    await first.runtime.execute('w1', { type: 'contact.create', contactId: 'k1', name: 'Ann' });
    const before = JSON.stringify(first.runtime.state('w1'));

    await expect(
      first.runtime.execute('w1', { type: 'contact.create', contactId: 'k2', name: 'boom' }),
    ).rejects.toThrow('boom');
    // Accepted right after (it waits for the rebuild): decided on the committed state, not the half-applied one.
    await first.runtime.execute('w1', { type: 'contact.create', contactId: 'k3', name: 'Cid' });
    const state = first.runtime.state('w1')!;
    expect(Object.keys(state.contacts)).toEqual(['k1', 'k3']);
    expect(state.version).toBe(JSON.parse(before).version + 1);
    expect(contiguous(await seqs(first.store))).toBe(true);
    await first.runtime.stop();
    await first.store.close();

    const second = await open(path, new VirtualClock(first.clock.now()));
    await second.runtime.execute('w1', { type: 'contact.create', contactId: 'k4', name: 'Dee' });
    await second.runtime.execute('w1', { type: 'contact.update', contactId: 'k4', name: 'Dee Dee' });
    expect(Object.keys(second.runtime.state('w1')!.contacts)).toEqual(['k1', 'k3', 'k4']);
    const after = await seqs(second.store);
    expect(after).toHaveLength(5);
    expect(contiguous(after)).toBe(true);
    await second.runtime.stop();
    await second.store.close();
  });

  it('keeps commands decided before the failure in the same tick: they commit, and the rebuild reads them back', async () => {
    const { runtime, store } = await open(dbPath());
    await runtime.execute('w1', { type: 'workspace.create', name: 'Acme', seed: 1 });
    const results = await Promise.allSettled([
      runtime.execute('w1', { type: 'contact.create', contactId: 'a', name: 'Ann' }),
      runtime.execute('w1', { type: 'contact.create', contactId: 'b', name: 'boom' }),
      runtime.execute('w1', { type: 'contact.create', contactId: 'c', name: 'Cid' }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(Object.keys(runtime.state('w1')!.contacts)).toEqual(['a', 'c']);
    expect(await seqs(store)).toEqual([1, 2, 3]);
    await runtime.stop();
    await store.close();
  });

  it('a log with a sequence gap (left by an older server): the version on load is the last stored sequence', async () => {
    const path = dbPath();
    const first = await open(path);
    await first.runtime.execute('w1', { type: 'workspace.create', name: 'Acme', seed: 1 });
    await first.runtime.stop();
    // Sequence 2 is missing, as a discarded decision used to leave it.
    await first.store.commit([
      {
        workspaceId: 'w1',
        seq: 3,
        at: first.clock.now(),
        event: { type: 'contact.created', contact: { id: 'k1', name: 'Ann', phones: [] } },
      },
    ]);
    await first.store.close();

    const second = await open(path);
    expect(second.runtime.state('w1')!.version).toBe(3);
    await second.runtime.execute('w1', { type: 'contact.create', contactId: 'k2', name: 'Bea' });
    await second.runtime.execute('w1', { type: 'contact.create', contactId: 'k3', name: 'Cid' });
    expect(await seqs(second.store)).toEqual([1, 3, 4, 5]);
    await second.runtime.stop();
    await second.store.close();
  });
});
