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

describe('executeChecked (issue 17: command handlers check committed state)', () => {
  it('the check sees what was decided before it only once that is durable, then the command runs', async () => {
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
    await Promise.all([first, second]);
    expect(durableWhenChecked).toBe(true);
    const names = (await store.loadEvents('w1', 0)).map((stored) => stored.event.type);
    expect(names.slice(-2)).toEqual(['contact.created', 'contact.updated']);
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
