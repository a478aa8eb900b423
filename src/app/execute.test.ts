import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { conflict } from '../domain/errors.ts';
import type { StoredEvent } from '../engine/events.ts';
import { VirtualClock } from '../runtime/clock.ts';
import { Runtime } from '../runtime/runtime.ts';
import { SqliteStore } from '../store/sqlite/store.ts';
import { executeChecked } from './execute.ts';

/** Remembers what the store has made durable, so a check can ask synchronously. */
class RecordingStore extends SqliteStore {
  readonly durable: string[] = [];

  override async commit(events: StoredEvent[]): Promise<void> {
    await super.commit(events);
    this.durable.push(...events.map((stored) => stored.event.type));
  }
}

let runtime: Runtime;
let store: RecordingStore;

beforeAll(async () => {
  store = new RecordingStore(join(mkdtempSync(join(tmpdir(), 'sb-app-execute-')), 'test.db'));
  await store.migrate();
  runtime = new Runtime({ store, clock: new VirtualClock() });
  await runtime.start();
  await runtime.execute('w1', { type: 'workspace.create', name: 'Acme', seed: 3 });
});

const system = { kind: 'system' } as const;

describe('executeChecked (issue 17: a check answers from committed state; issue 16 goal 2: no read gate when it passes)', () => {
  it('a command checked on a decision not yet durable is decided at once, and acknowledged only once that decision is durable', async () => {
    const first = runtime.execute('w1', { type: 'contact.create', contactId: 'k1', name: 'Lola' });
    let durableWhenChecked: boolean | undefined;
    const second = executeChecked(
      runtime,
      'w1',
      (state) => {
        durableWhenChecked = store.durable.includes('contact.created');
        if (!state.contacts.k1) throw conflict('k1 is missing', 'contactId');
        return { type: 'contact.update', contactId: 'k1', name: 'Lola Flores' };
      },
      system,
    );
    // Decided in this tick, on top of the first (the read gate would have held it back).
    expect(durableWhenChecked).toBe(false);
    expect(runtime.state('w1')?.contacts.k1?.name).toBe('Lola Flores');
    const acknowledged = await second.then(() => [...store.durable]);
    await first;
    expect(acknowledged.slice(-2)).toEqual(['contact.created', 'contact.updated']);
    const names = (await store.loadEvents('w1', 0)).map((stored) => stored.event.type);
    expect(names.slice(-2)).toEqual(['contact.created', 'contact.updated']);
  });

  it('a check refused on a decision not yet durable is asked again on the committed state, whose answer stands', async () => {
    const first = runtime.execute('w1', { type: 'contact.create', contactId: 'k2', name: 'Pepa' });
    const seen: boolean[] = [];
    const second = executeChecked(
      runtime,
      'w1',
      (state) => {
        const durable = store.durable.filter((type) => type === 'contact.created').length === 2;
        seen.push(durable);
        // Refuses whatever it sees until the contact is durable: the refusal must not be final.
        if (!durable || !state.contacts.k2) throw conflict('k2 is not durable yet', 'contactId');
        return { type: 'contact.update', contactId: 'k2', name: 'Pepa Flores' };
      },
      system,
    );
    await Promise.all([first, second]);
    expect(seen).toEqual([false, true]);
    expect(runtime.state('w1')?.contacts.k2?.name).toBe('Pepa Flores');
  });

  it('a refused check runs nothing', async () => {
    const before = (await store.loadEvents('w1', 0)).length;
    await expect(
      executeChecked(
        runtime,
        'w1',
        () => {
          throw conflict('no', 'contactId');
        },
        system,
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await store.loadEvents('w1', 0)).toHaveLength(before);
  });
});
