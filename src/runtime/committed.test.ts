import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../store/sqlite/store.ts';
import { VirtualClock } from './clock.ts';
import { Runtime } from './runtime.ts';
import { GatedStore } from './test-support/gated-store.ts';

async function open() {
  const store = new GatedStore(join(mkdtempSync(join(tmpdir(), 'sb-committed-')), 'test.db'));
  await store.migrate();
  const runtime = new Runtime({ store, clock: new VirtualClock() });
  await runtime.start();
  await runtime.execute('w1', { type: 'workspace.create', name: 'Acme', seed: 3 });
  return { store, runtime };
}

const contactNames = (runtime: Runtime) =>
  runtime.read('w1', (state) => Object.values(state.contacts).map((contact) => contact.name));

describe('Runtime committed state (issue 17: queries read committed state only)', () => {
  it('a read waits until what was decided is durable, then sees it', async () => {
    const { store, runtime } = await open();
    store.hold();
    const created = runtime.execute('w1', { type: 'contact.create', contactId: 'k1', name: 'Lola' });
    expect(runtime.state('w1')!.contacts.k1?.name).toBe('Lola');
    let read: string[] | undefined;
    const reading = contactNames(runtime).then((names) => (read = names));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(read).toBeUndefined();
    store.release();
    await created;
    await reading;
    expect(read).toEqual(['Lola']);
    expect((await store.loadEvents('w1', 0)).map((stored) => stored.event.type)).toContain('contact.created');
  });

  it('a decision whose commit fails is never read: the read sees the state rebuilt from the store', async () => {
    const { store, runtime } = await open();
    store.hold();
    const created = runtime.execute('w1', { type: 'contact.create', contactId: 'k1', name: 'Lola' });
    const reading = contactNames(runtime);
    store.fail();
    await expect(created).rejects.toThrow('disk full');
    expect(await reading).toEqual([]);
  });

  it('issue 16 goal 2: a read is not starved by commands decided while a commit is written; they wait behind it', async () => {
    const { store, runtime } = await open();
    store.hold();
    const first = runtime.execute('w1', { type: 'contact.create', contactId: 'k1', name: 'Lola' });
    // Let the flush take the first command's batch to the (held) store.
    await new Promise((resolve) => setImmediate(resolve));
    const reading = contactNames(runtime);
    const second = runtime.execute('w1', { type: 'contact.create', contactId: 'k2', name: 'Pepe' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The second command waits behind the read: it is not decided yet.
    expect(runtime.state('w1')!.contacts.k2).toBeUndefined();
    store.release();
    await first;
    expect(await reading).toEqual(['Lola']);
    await second;
    expect(await contactNames(runtime)).toEqual(['Lola', 'Pepe']);
  });

  it('issue 16 goal 2: snapshots are still taken while commands keep coming, each of a committed state', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sb-committed-')), 'test.db');
    const store = new SqliteStore(path);
    await store.migrate();
    const runtime = new Runtime({ store, clock: new VirtualClock(), snapshotEvery: 20 });
    await runtime.start();
    await runtime.execute('w1', { type: 'workspace.create', name: 'Acme', seed: 3 });
    const saved: number[] = [];
    const save = store.saveSnapshot.bind(store);
    store.saveSnapshot = (snapshot) => {
      saved.push(snapshot.seq);
      expect(snapshot.state.version).toBe(snapshot.seq);
      return save(snapshot);
    };
    // Four clients, each sending its next command as soon as the last is acknowledged.
    let next = 0;
    const client = async () => {
      for (let contact = next++; contact < 200; contact = next++)
        await runtime.execute('w1', {
          type: 'contact.create',
          contactId: `k${contact}`,
          name: `C${contact}`,
        });
    };
    await Promise.all([client(), client(), client(), client()]);
    expect(saved.length).toBeGreaterThanOrEqual(5);
    // Closing waits for the writes sent before it, the last snapshot's too.
    await store.close();
    const reopened = new SqliteStore(path);
    expect((await reopened.loadSnapshot('w1'))?.seq).toBe(saved.at(-1));
    await reopened.close();
  });

  it('issue 16 goal 2: created() tells a workspace whose creation is durable, without waiting for the commits in flight', async () => {
    const { store, runtime } = await open();
    expect(runtime.created('w1')).toBe(true);
    expect(runtime.created('w9')).toBe(false);
    store.hold();
    const other = runtime.execute('w2', { type: 'workspace.create', name: 'Beta', seed: 4 });
    const contact = runtime.execute('w1', { type: 'contact.create', contactId: 'k1', name: 'Lola' });
    // Decided, not durable: w2 is not created yet; w1 still is, its new command in flight.
    expect(runtime.state('w2')?.exists).toBe(true);
    expect(runtime.created('w2')).toBe(false);
    expect(runtime.created('w1')).toBe(true);
    // The flush takes both to the (held) store, which then fails them: w2 never was.
    await new Promise((resolve) => setImmediate(resolve));
    store.fail();
    await expect(other).rejects.toThrow('disk full');
    await expect(contact).rejects.toThrow('disk full');
    expect(runtime.created('w2')).toBe(false);
    expect(await runtime.committed('w2')).toBeUndefined();
    expect(runtime.created('w1')).toBe(true);
  });

  it('issue 16 goal 2: the next batch goes to the store before the listeners hear the one just durable', async () => {
    const { store, runtime } = await open();
    const handed: string[] = [];
    const commit = store.commit.bind(store);
    store.commit = (events) => {
      handed.push(...events.map((stored) => stored.event.type));
      return commit(events);
    };
    const heard: Array<{ batch: string[]; handedBefore: string[] }> = [];
    runtime.subscribe((events) =>
      heard.push({ batch: events.map((stored) => stored.event.type), handedBefore: [...handed] }),
    );
    store.hold();
    const first = runtime.execute('w1', { type: 'contact.create', contactId: 'k1', name: 'Lola' });
    await new Promise((resolve) => setImmediate(resolve));
    // Decided while the first batch is written: the next batch.
    const second = runtime.execute('w1', { type: 'contact.update', contactId: 'k1', name: 'Lola Flores' });
    store.release();
    await Promise.all([first, second]);
    expect(heard[0]).toEqual({
      batch: ['contact.created'],
      handedBefore: ['contact.created', 'contact.updated'],
    });
    expect(heard[1]?.batch).toEqual(['contact.updated']);
  });

  it('a store that throws at once fails the command like a failed commit: refused, nothing of it read', async () => {
    const { store, runtime } = await open();
    const commit = store.commit.bind(store);
    store.commit = () => {
      store.commit = commit;
      throw new Error('disk gone');
    };
    await expect(
      runtime.execute('w1', { type: 'contact.create', contactId: 'k1', name: 'Lola' }),
    ).rejects.toThrow('disk gone');
    expect(await contactNames(runtime)).toEqual([]);
    await runtime.execute('w1', { type: 'contact.create', contactId: 'k2', name: 'Pepe' });
    expect(await contactNames(runtime)).toEqual(['Pepe']);
  });

  it('a workspace that does not exist reads as undefined', async () => {
    const { runtime } = await open();
    expect(await runtime.committed('w9')).toBeUndefined();
    expect(await runtime.read('w9', () => 'never')).toBeUndefined();
  });
});
