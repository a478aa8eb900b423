import { describe, expect, it } from 'vitest';
import { publishedSnapshot, schemaShape } from '../../test/support/published-snapshot.ts';
import { messageKey } from './asyncapi.ts';
import { messageCatalog, publicMessageTypes } from './stream-messages.ts';

const snapshotFile = new URL('./stream-messages.snapshot.json', import.meta.url);

const current = Object.fromEntries(
  publicMessageTypes.map((type) => {
    const { version, data } = messageCatalog[type];
    return [messageKey(type, version), JSON.parse(JSON.stringify(schemaShape(data)))];
  }),
);

describe('the stream contract is versioned (SPEC I4, issue 17)', () => {
  // Adding a message or a version: SB_UPDATE_MESSAGES=1 npx vitest run src/api/stream-messages.test.ts
  const published = publishedSnapshot(snapshotFile, current);

  it('a published message keeps its shape: changing it takes a new version', () => {
    for (const [key, schema] of Object.entries(current))
      if (key in published)
        expect(schema, `${key} changed shape: give it a new version in stream-messages.ts`).toEqual(
          published[key],
        );
  });

  it('every message is published in the committed snapshot (a new one or a new version is added on purpose)', () => {
    const missing = Object.keys(current).filter((key) => !(key in published));
    expect(missing, 'new messages: run with SB_UPDATE_MESSAGES=1 and commit the snapshot').toEqual([]);
  });

  it('no published message disappears: clients may still rely on it', () => {
    const names = new Set(publicMessageTypes as string[]);
    const gone = Object.keys(published).filter((key) => !names.has(key.replace(/\.v\d+$/, '')));
    expect(gone).toEqual([]);
  });

  it('the shape check can fail: a field added to a message differs from its snapshot', () => {
    const [key, schema] = Object.entries(current)[0]!;
    const changed = structuredClone(schema) as { properties: Record<string, unknown> };
    changed.properties.extra = { type: 'string' };
    expect(changed).not.toEqual(published[key]);
  });
});
