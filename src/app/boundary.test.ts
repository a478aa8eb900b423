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

/**
 * A call of the runtime's live state (`runtime.state(id)`), a command's answer read for its
 * state, or live state behind an adapter (the simulated network's `sim.liveCall(…)`).
 */
const liveStateRead =
  /\.state\(|\{[^}]*\bstate\b[^}]*\}\s*=\s*await\s+[\w.]*execute(Checked)?\(|\.liveCall\(/;

describe('layers (issue 17)', () => {
  it('the live-state guard recognises a live read, and not a committed one', () => {
    expect(liveStateRead.test('const state = context.runtime.state(target.workspaceId);')).toBe(true);
    expect(liveStateRead.test('const user = runtime.state(id)?.users[userId];')).toBe(true);
    expect(liveStateRead.test('const { events, state } = await runtime.execute(id, command);')).toBe(true);
    expect(liveStateRead.test('const leg = own(sim.liveCall(workspaceId, callId).legs, legId);')).toBe(true);
    expect(liveStateRead.test('const call = context.sim.liveCall(id, callId);')).toBe(true);
    expect(liveStateRead.test('const view = liveCallView(call);')).toBe(false);
    expect(liveStateRead.test('const state = await committedWorkspace(runtime, id);')).toBe(false);
    expect(liveStateRead.test('const state = await context.runtime.committed(id);')).toBe(false);
  });

  it('nothing in the HTTP server or the application layer reads the engine’s live state: routes, authentication and the stream read committed state (committedWorkspace, runtime.read)', () => {
    const files = [...sources('server'), ...sources('app')];
    expect(offenders(files, liveStateRead)).toEqual([]);
  });

  it('who may see what is decided in src/app: the server holds no event visibility rule of its own', () => {
    expect(offenders(sources('server'), /function (visibleTo|redactFor|conversationVisible)\b/)).toEqual([]);
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
