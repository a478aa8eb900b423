import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, fill, workspaceApi } from '../../web/src/api/client.ts';

/*
 * Issue 17: the console calls the API only through its typed client (web/src/api/client.ts),
 * whose routes, parameters, bodies and answers come from the types generated from
 * /openapi.json. web/src/api/contract.check.ts holds the compile-time side; this reads the
 * sources for the ways around it.
 */

const web = fileURLToPath(new URL('../../web/src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The client itself: the generated types, the types over them, the client and its compile-time checks. */
const client = ['openapi.ts', 'contract.ts', 'client.ts', 'contract.check.ts'].map((name) =>
  join('api', name),
);

/** Every console source but the client's own and the words (which may say "any"). */
const files = sources(web)
  .map((path) => ({ name: relative(web, path), text: readFileSync(path, 'utf8') }))
  .filter(({ name }) => !client.includes(name) && !name.startsWith(join('i18n', 'messages')));

const offending = (pattern: RegExp) =>
  files.flatMap(({ name, text }) =>
    text
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) ? [`${name}:${index + 1}: ${line.trim()}`] : [])),
  );

describe('the console reads and writes through the typed client only (issue 17)', () => {
  it('names no answer type at a call: api.get<T>(…) and the like do not exist', () => {
    expect(offending(/\bapi\.(get|post|put|patch|del|file)\s*</)).toEqual([]);
  });

  it('writes no /v1 URL by hand', () => {
    expect(offending(/['"`]\/v1\//)).toEqual([]);
  });

  it('fetches nothing itself, but an audio file at the address an answer gave', () => {
    const fetching = files.filter(({ text }) => /\bfetch\(/.test(text)).map(({ name }) => name);
    expect(fetching).toEqual([join('history', 'AudioPlayer.tsx')]);
  });

  it('has no untyped `any`', () => {
    // The history views still read each event's data loosely (another change reshapes it).
    const allowed = [join('api', 'calls.ts'), join('history', 'describe-words.ts')];
    const loose = offending(/:\s*any\b|\bas any\b|<any>|Record<string, any>/).filter(
      (line) => !allowed.some((name) => line.startsWith(`${name}:`)),
    );
    expect(loose).toEqual([]);
  });
});

describe('fill: a route with its parameters and query', () => {
  it('puts each parameter in its place, encoded', () => {
    expect(fill('/users/{userId}/wrap-up/{action}', { path: { userId: 'u 1/2', action: 'end' } })).toBe(
      '/users/u%201%2F2/wrap-up/end',
    );
  });

  it('adds the query, leaving out what is undefined', () => {
    expect(fill('/calls', { query: { status: 'ended', limit: 20, cursor: undefined, mine: true } })).toBe(
      '/calls?status=ended&limit=20&mine=true',
    );
  });

  it('refuses a route whose parameter is missing rather than calling another URL', () => {
    expect(() => fill('/users/{userId}', {})).toThrow('/users/{userId}: no userId');
  });
});

describe('the client on the wire', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Answers every request with `status` and `body`, and keeps what was asked. */
  function server(status: number, body: unknown) {
    const asked: Array<{ url: string; init: RequestInit }> = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      asked.push({ url, init });
      return new Response(body === undefined ? null : JSON.stringify(body), { status });
    });
    return asked;
  }

  it('sends JSON to the workspace’s route with the token, and {} for a POST without a body', async () => {
    const asked = server(200, { id: 'c1' });
    const api = workspaceApi('tok', 'ws 1');
    await api.post('/calls/{callId}/hold', { path: { callId: 'c1' } });
    expect(asked[0].url).toBe('/v1/workspaces/ws%201/calls/c1/hold');
    expect(asked[0].init).toMatchObject({
      method: 'POST',
      headers: { authorization: 'Bearer tok', 'content-type': 'application/json' },
      body: '{}',
    });
  });

  it('uploads a file as itself, with its type (S3 prompts)', async () => {
    const asked = server(200, { prompt: 'welcome', source: 'uploaded', durationMs: 1200 });
    const wav = new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/wav' });
    const view = await workspaceApi('tok', 'ws').upload('/numbers/{numberId}/prompts/{prompt}', wav, {
      path: { numberId: 'n1', prompt: 'welcome' },
    });
    expect(view.source).toBe('uploaded');
    expect(asked[0].url).toBe('/v1/workspaces/ws/numbers/n1/prompts/welcome');
    expect(asked[0].init).toMatchObject({ method: 'PUT', headers: { 'content-type': 'audio/wav' } });
    expect(asked[0].init.body).toBe(wav);
  });

  it('rejects with the API’s error: status, code, message and field', async () => {
    server(400, { error: { code: 'invalid', message: 'name: required', field: 'name' } });
    const failed = await workspaceApi('tok', 'ws')
      .post('/departments', { body: { name: '' } })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ApiError);
    expect(failed).toMatchObject({ status: 400, code: 'invalid', message: 'name: required', field: 'name' });
  });
});
