import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/* Issue 17: the layer rules CONTRIBUTING.md states, checked on the sources. */

const src = join(import.meta.dirname, '..');

function sources(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(src, folder, name));
}

const offenders = (files: string[], pattern: RegExp) =>
  files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => relative(src, file));

describe('layers (issue 17)', () => {
  it('no route reads the engine’s live state: routes read committed state (committedWorkspace, runtime.read)', () => {
    // The WebSocket stream's subscription is being redone with the stream contract; it is the one left.
    const left = offenders(sources('server/routes'), /runtime\.state\(/);
    expect(left.filter((file) => file !== 'server/routes/stream.ts')).toEqual([]);
  });

  it('the application layer never imports the HTTP server', () => {
    expect(offenders(sources('app'), /from '\.\.\/(\.\.\/)?server\//)).toEqual([]);
  });

  it('telephony and config import nothing from server but password hashing (moving out)', () => {
    const files = [...sources('telephony'), ...sources('config')];
    const left = offenders(files, /from '(\.\.\/)+server\//);
    expect(left.filter((file) => file !== 'config/passwords.ts')).toEqual([]);
  });

  it('the engine imports no adapter: no runtime, store, server, telephony or node: module', () => {
    expect(
      offenders(sources('engine'), /from '(\.\.\/)+(runtime|store|server|telephony)\/|from 'node:/),
    ).toEqual([]);
  });
});
