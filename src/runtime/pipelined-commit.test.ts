import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../engine/events.ts';
import { VirtualClock } from './clock.ts';
import { Runtime } from './runtime.ts';
import { GatedStore } from './test-support/gated-store.ts';

/**
 * A file store (its writer thread pipelines) that records every batch handed to it, holds them
 * while the test says so (GatedStore), or refuses the next one at once.
 */
class WatchedStore extends GatedStore {
  readonly handed: string[][] = [];
  /** The next commit refused before anything is written: thrown, or a promise rejected when returned. */
  private refuseNext: 'throw' | 'reject' | undefined;

  refuseNextAtOnce(how: 'throw' | 'reject'): void {
    this.refuseNext = how;
  }

  override commit(events: StoredEvent[]): Promise<void> {
    const refusal = this.refuseNext;
    this.refuseNext = undefined;
    if (refusal === 'throw') throw new Error('refused at once');
    if (refusal === 'reject') return Promise.reject(new Error('refused at once'));
    this.handed.push(
      events.map((stored) => (stored.event as { contact?: { id: string } }).contact?.id ?? ''),
    );
    return super.commit(events);
  }
}

async function open() {
  const store = new WatchedStore(join(mkdtempSync(join(tmpdir(), 'sb-pipelined-')), 'test.db'));
  await store.migrate();
  const runtime = new Runtime({ store, clock: new VirtualClock() });
  await runtime.start();
  await runtime.execute('w1', { type: 'workspace.create', name: 'Acme', seed: 3 });
  store.handed.length = 0;
  return { store, runtime };
}

/** `count` contacts created in this turn, k<from>…; each command's promise, none awaited. */
const createContacts = (runtime: Runtime, from: number, count: number) =>
  Array.from({ length: count }, (_, index) =>
    runtime.execute('w1', {
      type: 'contact.create',
      contactId: `k${from + index}`,
      name: `C${from + index}`,
    }),
  );

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('Runtime, pipelined group commit (issue 16 goal 2)', () => {
  it('the file store pipelines: 64 commands go to it while a batch is in flight, fewer wait for that one', async () => {
    const { store, runtime } = await open();
    expect(store.pipelined).toBe(true);
    store.hold();
    const first = createContacts(runtime, 0, 1);
    await turn();
    expect(store.handed).toEqual([['k0']]);
    // Decided while the first is written: under 64 they wait for it.
    const small = createContacts(runtime, 1, 10);
    await turn();
    expect(store.handed).toHaveLength(1);
    // The 64th command sends the batch at once, in this turn, beside the one in flight.
    const wave = createContacts(runtime, 11, 54);
    expect(store.handed).toHaveLength(2);
    expect(store.handed[1]).toHaveLength(64);
    const more = createContacts(runtime, 65, 1);
    expect(store.handed).toHaveLength(2);
    store.release();
    await Promise.all([...first, ...small, ...wave, ...more]);
    expect(store.handed.map((batch) => batch.length)).toEqual([1, 64, 1]);
    const written = await store.loadEvents('w1', 1);
    expect(written.map((stored) => stored.seq)).toEqual(Array.from({ length: 66 }, (_, index) => index + 2));
  });

  it('flush() called as a drain ends (64 commands decided in the microtask after its last commit) resolves only once those are durable', async () => {
    const { store, runtime } = await open();
    let flushed: Promise<void> | undefined;
    // A listener hears a batch inside the drain's last step; its microtask runs as the drain ends.
    const unsubscribe = runtime.subscribe(() => {
      unsubscribe();
      queueMicrotask(() => {
        createContacts(runtime, 1, 64);
        flushed = runtime.flush();
      });
    });
    await runtime.execute('w1', { type: 'contact.create', contactId: 'k0', name: 'C0' });
    await flushed;
    // Read at once: the log holds them when the flush resolves, not a moment later.
    expect(await store.loadEvents('w1', 1)).toHaveLength(65);
    expect(store.handed.map((batch) => batch.length)).toEqual([1, 64]);
  });

  it('a failed batch refuses every batch sent after it and every command decided since: nothing of them is written or read', async () => {
    const { store, runtime } = await open();
    store.hold();
    const inFlight = createContacts(runtime, 0, 1);
    await turn();
    const sentBeside = createContacts(runtime, 1, 64);
    const decided = createContacts(runtime, 65, 3);
    expect(store.handed).toHaveLength(2);
    store.fail();
    for (const command of [...inFlight, ...sentBeside, ...decided])
      await expect(command).rejects.toThrow('disk full');
    expect(await store.loadEvents('w1', 1)).toEqual([]);
    expect(await runtime.read('w1', (state) => Object.keys(state.contacts))).toEqual([]);
    // Rebuilt from the log: the next command takes the next sequence number.
    const { events } = await runtime.execute('w1', {
      type: 'contact.create',
      contactId: 'k99',
      name: 'Pepe',
    });
    expect(events.map((stored) => stored.seq)).toEqual([2]);
    expect((await store.loadEvents('w1', 1)).map((stored) => stored.seq)).toEqual([2]);
  });

  it.each(['throw', 'reject'] as const)(
    'a batch the store refuses at once (%s) stops the batches decided on it in the same turn from being sent',
    async (how) => {
      const { store, runtime } = await open();
      store.hold();
      const inFlight = createContacts(runtime, 0, 1);
      await turn();
      store.refuseNextAtOnce(how);
      const refused = createContacts(runtime, 1, 64);
      const onTop = createContacts(runtime, 65, 64);
      expect(store.handed).toHaveLength(1);
      store.release();
      await Promise.all(inFlight);
      for (const command of [...refused, ...onTop]) await expect(command).rejects.toThrow('refused at once');
      expect(store.handed).toHaveLength(1);
      expect((await store.loadEvents('w1', 1)).map((stored) => stored.seq)).toEqual([2]);
      expect(await runtime.read('w1', (state) => Object.keys(state.contacts))).toEqual(['k0']);
    },
  );
});
