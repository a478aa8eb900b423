import { describe, expect, it } from 'vitest';
import { publishedSnapshot } from '../../test/support/published-snapshot.ts';
import type { StoredEvent } from '../engine/events.ts';
import { historyEntriesDocumented, historyEntriesOf, historyEntryOf, historyEntryTypes } from './history.ts';
import { historyEntryCatalog } from './history-entries.ts';

const snapshotFile = new URL('./history-entries.snapshot.json', import.meta.url);

/** Each published type at its version, with the fields it carries. */
const current = Object.fromEntries(
  historyEntryTypes.map((type) => {
    const rule = historyEntryCatalog[type] as { version: number; fields: readonly string[] };
    return [`${type}.v${rule.version}`, [...rule.fields].sort()];
  }),
);

let seq = 0;
const stored = (event: StoredEvent['event']): StoredEvent => ({
  workspaceId: 'acme',
  seq: ++seq,
  at: 0,
  event,
});

describe('history entries are a versioned contract (V18, issue 17)', () => {
  // Adding an entry type or a version: SB_UPDATE_MESSAGES=1 npx vitest run src/api/history-entries.test.ts
  const published = publishedSnapshot(snapshotFile, current);

  it('a published entry type keeps its fields: changing them takes a new version', () => {
    for (const [key, fields] of Object.entries(current))
      if (key in published)
        expect(fields, `${key} changed: give it a new version in history-entries.ts`).toEqual(published[key]);
  });

  it('every entry type is in the committed snapshot (a new one or a new version is added on purpose)', () => {
    const missing = Object.keys(current).filter((key) => !(key in published));
    expect(missing, 'new entry types: run with SB_UPDATE_MESSAGES=1 and commit the snapshot').toEqual([]);
  });

  it('no published entry type disappears: an old timeline still reads', () => {
    const names = new Set<string>(historyEntryTypes);
    expect(Object.keys(published).filter((key) => !names.has(key.replace(/\.v\d+$/, '')))).toEqual([]);
  });

  it('the check can fail: a field added to an entry differs from its snapshot', () => {
    const [key, fields] = Object.entries(current)[0]!;
    expect([...fields, 'extra']).not.toEqual(published[key]);
  });

  it('an entry carries its event’s published fields, with its type’s version and the time as ISO', () => {
    const routed = stored({
      type: 'call.routed',
      callId: 'c1',
      pool: { kind: 'number', id: 'n1' },
      strategy: 'ring_all',
      poolSize: 1,
      candidates: [{ userId: 'u_ann', offered: true, reason: 'online' }],
      seed: 42,
    } as StoredEvent['event']);
    expect(historyEntryOf(routed)).toEqual({
      seq: routed.seq,
      at: '1970-01-01T00:00:00.000Z',
      type: 'call.routed',
      version: 1,
      data: {
        callId: 'c1',
        pool: { kind: 'number', id: 'n1' },
        strategy: 'ring_all',
        poolSize: 1,
        candidates: [{ userId: 'u_ann', offered: true, reason: 'online' }],
      },
    });
  });

  it('the API documents every entry type with its version and fields, and no hidden field', () => {
    const lines = historyEntriesDocumented().split('\n');
    expect(lines).toHaveLength(historyEntryTypes.length);
    expect(lines).toContain('- `call.held` v1: `callId`, `userId`');
    expect(lines).toContain('- `sip.account_set` v1: `userId`, `username`');
    expect(lines.some((line) => line.startsWith('- `timer.'))).toBe(false);
  });

  it('never shows the engine’s bookkeeping or a secret: timers, seeds, digest hashes, the media plan', () => {
    const entries = historyEntriesOf([
      stored({ type: 'timer.cleared', timerId: 't1', reason: 'fired' } as StoredEvent['event']),
      stored({ type: 'call.rng_advanced', callId: 'c1', seed: 7 }),
      stored({
        type: 'sip.account_set',
        userId: 'u_ann',
        username: 'ann',
        ha1: { md5: 'secret', sha256: 'secret' },
      }),
      stored({
        type: 'call.held',
        callId: 'c1',
        userId: 'u_ann',
        audio: { kind: 'silence' },
      } as StoredEvent['event']),
    ]);
    expect(entries.map((entry) => [entry.type, entry.data])).toEqual([
      ['sip.account_set', { userId: 'u_ann', username: 'ann' }],
      ['call.held', { callId: 'c1', userId: 'u_ann' }],
    ]);
  });
});
