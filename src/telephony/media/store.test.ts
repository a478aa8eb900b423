import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileMediaStore } from './file-store.ts';
import { type MediaStore, MemoryMediaStore } from './store.ts';

const adapters: Array<[string, () => MediaStore]> = [
  ['memory', () => new MemoryMediaStore()],
  ['files', () => new FileMediaStore(mkdtempSync(join(tmpdir(), 'sb-media-')))],
];

describe.each(adapters)('MediaStore (%s)', (_name, make) => {
  it('gives back what was put, per workspace', async () => {
    const media = make();
    await media.put('acme', 'vm_1', Buffer.from('one'));
    await media.put('globex', 'vm_1', Buffer.from('other'));
    expect((await media.open('acme', 'vm_1'))?.toString()).toBe('one');
    expect((await media.open('globex', 'vm_1'))?.toString()).toBe('other');
  });

  it('has nothing for an id never put', async () => {
    const media = make();
    expect(await media.open('acme', 'vm_missing')).toBeUndefined();
  });

  it('replaces audio put twice', async () => {
    const media = make();
    await media.put('acme', 'rec_1', Buffer.from('first'));
    await media.put('acme', 'rec_1', Buffer.from('second'));
    expect((await media.open('acme', 'rec_1'))?.toString()).toBe('second');
  });

  it.each([
    ['..', 'vm_1', 'workspaceId'],
    ['acme', '..', 'id'],
    ['acme', '.', 'id'],
    ['acme', '../etc/passwd', 'id'],
    ['a/b', 'vm_1', 'workspaceId'],
    ['acme', 'vm 1', 'id'],
    ['acme', '', 'id'],
  ])('refuses the key %s / %s, naming %s', async (workspaceId, id, field) => {
    const media = make();
    await expect(media.put(workspaceId, id, Buffer.from('x'))).rejects.toMatchObject({ field });
    await expect(media.open(workspaceId, id)).rejects.toMatchObject({ field });
  });
});

describe('FileMediaStore', () => {
  it('keeps each workspace’s audio as <dir>/<workspaceId>/<id>.wav, with no partial files left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-media-'));
    await new FileMediaStore(dir).put('acme', 'vm_call.1:x', Buffer.from('RIFF'));
    expect(readdirSync(join(dir, 'acme'))).toEqual(['vm_call.1:x.wav']);
    expect(readFileSync(join(dir, 'acme', 'vm_call.1:x.wav'), 'utf8')).toBe('RIFF');
  });
});
