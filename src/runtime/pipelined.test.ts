import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../engine/events.ts';
import { SqliteStore } from '../store/sqlite/store.ts';
import { VirtualClock } from './clock.ts';
import { Runtime } from './runtime.ts';

let store: SqliteStore;
let runtime: Runtime;

beforeAll(async () => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'sb-pipelined-')), 'test.db'));
  await store.migrate();
  runtime = new Runtime({ store, clock: new VirtualClock(), pipelineCommits: store.pipelineCommits() });
  await runtime.start();
  await runtime.execute('w1', { type: 'workspace.create', name: 'Acme', seed: 3 });
});

afterAll(async () => {
  await runtime.stop();
  await store.close();
});

const contactNames = async () => Object.values((await runtime.committed('w1'))!.contacts).map((c) => c.name);

describe('Runtime with pipelined commits (issue 16 goal 2: the next batch sent before the last is durable)', () => {
  it('batches sent while others are in flight are each acknowledged only once durable, in the order decided', async () => {
    expect(store.pipelineCommits()).toBe(true);
    const acknowledged: number[] = [];
    const durableAtAck: boolean[] = [];
    const all: Promise<void>[] = [];
    for (let index = 0; index < 20; index++) {
      const done = runtime
        .execute('w1', { type: 'contact.create', contactId: `c${index}`, name: `n${index}` })
        .then(async ({ events }) => {
          acknowledged.push(index);
          const seq = events[0]!.seq;
          durableAtAck.push((await store.loadEvents('w1', seq - 1, 1)).length === 1);
        });
      all.push(done);
      // Sent now, whatever is in flight: several batches reach the writer thread before any is durable.
      void runtime.flush();
    }
    await Promise.all(all);
    expect(acknowledged).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(durableAtAck.every(Boolean)).toBe(true);
    const seqs = (await store.loadEvents('w1', 0)).map((stored) => stored.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, index) => index + 1));
  });

  it('a failed commit refuses the batches sent after it (nothing of them written), and the workspace goes on from the store', async () => {
    const version = runtime.state('w1')!.version;
    // Another writer took the next sequence number: the runtime's next commit fails at the writer thread.
    const last = (await store.loadEvents('w1', version - 1, 1))[0]!;
    if (last.event.type !== 'contact.created') throw new Error('the first test ends on a contact');
    const intruder: StoredEvent = {
      ...last,
      seq: version + 1,
      event: { ...last.event, contact: { ...last.event.contact, id: 'intruder', name: 'Intruder' } },
    };
    const sneaked = store.commit([intruder]);
    const failing = runtime.execute('w1', { type: 'contact.create', contactId: 'a', name: 'A' });
    void runtime.flush();
    // Decided on top of the failing batch and sent before its failure is known.
    const onTop = runtime.execute('w1', { type: 'contact.create', contactId: 'b', name: 'B' });
    void runtime.flush();
    const [failed, refused] = await Promise.allSettled([failing, onTop]);
    await sneaked;
    expect(failed).toMatchObject({
      status: 'rejected',
      reason: { message: expect.stringMatching(/UNIQUE/) },
    });
    expect(refused.status).toBe('rejected');
    const logged = (await store.loadEvents('w1', version)).map((stored) => stored.event);
    expect(logged).toEqual([intruder.event]);
    // Rebuilt from the store: the intruder's contact is there, A and B are not; commits are written again.
    await runtime.execute('w1', { type: 'contact.create', contactId: 'c', name: 'C' });
    const names = await contactNames();
    expect(names).toContain('Intruder');
    expect(names).toContain('C');
    expect(names).not.toContain('A');
    expect(names).not.toContain('B');
    expect((await store.loadEvents('w1', version + 1)).map((stored) => stored.seq)).toEqual([version + 2]);
  });
});
