import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBuiltServer } from '../support/build-server.ts';

/**
 * Issue 16 goal 3: the server `npm run build` bundles (scripts/bundle.mjs) runs as it does from
 * the sources. Bundled into a folder of its own under .tmp/ (node_modules still resolves the
 * packages left out of the bundle), beside a console build of its own, so the paths the bundled
 * code finds at run time are checked, not those of a dist/ made by someone else.
 */
const root = join(import.meta.dirname, '../../.tmp');
mkdirSync(root, { recursive: true });
const folder = mkdtempSync(join(root, 'bundle-'));
const dist = join(folder, 'dist');
const db = join(folder, 'switchboard.db');
const consolePage = '<!doctype html><title>bundle test console</title>';

interface Served {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function serve(): Promise<Served> {
  const child = spawn(
    process.execPath,
    [join(dist, 'cli/main.js'), 'serve', '--db', db, '--port', '0', '--log-level', 'warn'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const check = setInterval(() => {
      const found = /listening on (http:\/\/\S+)/.exec(text)?.[1];
      if (found) resolve(found);
      if (child.exitCode !== null) reject(new Error(`serve exited early:\n${text}`));
    }, 20);
    const stop = () => clearInterval(check);
    child.once('exit', stop);
    void new Promise((done) => setTimeout(done, 30_000)).then(() => {
      stop();
      reject(new Error(`serve did not start:\n${text}`));
    });
  });
  return { child, url, output: () => text };
}

async function stop(served: Served): Promise<number | null> {
  if (served.child.exitCode !== null) return served.child.exitCode;
  const exited = new Promise<number | null>((resolve) => served.child.once('exit', resolve));
  served.child.kill('SIGINT');
  return exited;
}

let first: Served;
/** The V8 code cache of the command line's bundle, written by dist/cli/main.js (scripts/cached-main.mjs). */
const codeCache = join(dist, 'cli/main.cjs.cache');

/** Waits until `done` holds, checking every 100 ms, for at most 20 s. */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !done(); waited += 100) {
    if (waited > 20_000) throw new Error(`${what}: not within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  copyBuiltServer(dist);
  mkdirSync(join(folder, 'web/dist'), { recursive: true });
  writeFileSync(join(folder, 'web/dist/index.html'), consolePage);
  first = await serve();
}, 120_000);

afterAll(async () => {
  if (first) await stop(first);
  rmSync(folder, { recursive: true, force: true });
});

describe('the bundled server (issue 16 goal 3)', () => {
  it('answers /readyz and serves the console built beside it, and the API docs', async () => {
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    const page = await fetch(`${first.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(consolePage);
    // swagger-ui, bundled, still finds its page and logo beside its own code.
    expect((await fetch(`${first.url}/docs/static/index.html`)).status).toBe(200);
    expect((await fetch(`${first.url}/docs/static/logo.svg`)).status).toBe(200);
  });

  it('commits through its writer thread: a workspace created is there after a restart', async () => {
    const key = /sbk_[\w-]+/.exec(first.output())?.[0];
    expect(key, first.output()).toBeDefined();
    const created = await fetch(`${first.url}/v1/workspaces`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'bundled', name: 'Bundled', plan: 'business' }),
    });
    expect(created.status, await created.clone().text()).toBeLessThan(300);
    // The first start writes the code cache a few seconds in; the restart runs from it.
    await until(() => existsSync(codeCache), 'the code cache');
    expect(await stop(first)).toBe(0);

    const again = await serve();
    try {
      // Its very first request has bad input: the validator, compiled at build time, names the field.
      const refused = await fetch(`${again.url}/v1/workspaces`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'other', name: 'Other', plan: 'nope' }),
      });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: { field: string } }).error.field).toMatch(/plan/);
      // The largest schemas, compiled at build time, check as from source: a workflow step told
      // apart by its kind names the step's own field; a number's setting is coerced and its
      // defaults filled in; the answer is written to its schema.
      const send = (method: string, path: string, body: unknown) =>
        fetch(`${again.url}/v1/workspaces/bundled${path}`, {
          method,
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const badStep = await send('POST', '/workflows', {
        id: 'wf',
        name: 'Follow-up',
        definition: {
          trigger: { kind: 'conversation_opened' },
          start: 'wait',
          steps: [{ id: 'wait', kind: 'wait', seconds: 'soon', next: 'done' }],
        },
      });
      expect(badStep.status).toBe(400);
      expect(((await badStep.json()) as { error: { field: string } }).error.field).toBe(
        'definition.steps[0].seconds',
      );
      const number = await send('POST', '/numbers', { id: 'n1', e164: '+34910000001', kind: 'sip' });
      expect(number.status, await number.clone().text()).toBe(201);
      const settings = await send('PATCH', '/numbers/n1/settings', { ringTimeoutSec: '20' });
      expect(settings.status, await settings.clone().text()).toBe(200);
      expect(await settings.json()).toMatchObject({ ringTimeoutSec: 20, strategy: 'simultaneous' });
      const read = await fetch(`${again.url}/v1/workspaces/bundled`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(read.status, again.output()).toBe(200);
      expect(((await read.json()) as { name: string }).name).toBe('Bundled');
    } finally {
      expect(await stop(again)).toBe(0);
    }
  });

  it('starts from a code cache V8 refuses (another build, another Node) and writes it again', async () => {
    const header = readFileSync(codeCache).subarray(0, readFileSync(codeCache).indexOf(10) + 1);
    const refused = Buffer.concat([header, Buffer.from('not code V8 made for this bundle')]);
    writeFileSync(codeCache, refused);
    const served = await serve();
    try {
      expect((await fetch(`${served.url}/readyz`)).status).toBe(200);
      await until(() => !readFileSync(codeCache).equals(refused), 'the code cache written again');
      expect(readFileSync(codeCache).subarray(0, header.length).equals(header)).toBe(true);
    } finally {
      expect(await stop(served)).toBe(0);
    }
  });

  it('runs the simulation worker from its own bundle', async () => {
    const worker = new Worker(join(dist, 'server/simulation/worker.js'));
    try {
      const reply = await new Promise<{ id: string; error?: { code: string } }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        // No job at all: the worker answers that it cannot run it, which is all this needs.
        worker.postMessage({ id: 'j1', job: {} });
      });
      expect(reply.id).toBe('j1');
      expect(reply.error?.code).toBeDefined();
    } finally {
      await worker.terminate();
    }
  });
});
