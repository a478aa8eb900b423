import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBuiltServer } from '../support/build-server.ts';

/**
 * Session 9 fix 4: `npm run build`'s dist/ copied elsewhere. Inside the project (any depth) the
 * packages left out of the bundle still resolve from its node_modules: the copy serves, the API
 * docs included (swagger-ui's page is in dist/, not found beside the package's code). Outside
 * it, those packages are missing: the copy says so and how to run the server, and exits 1.
 */
const root = join(import.meta.dirname, '../../.tmp');
mkdirSync(root, { recursive: true });
const folder = mkdtempSync(join(root, 'dist-copy-'));
const outside = mkdtempSync(join(tmpdir(), 'sb-dist-copy-'));
/** A copy deeper in the project than dist/ is: paths relative to dist/ would miss. */
const copied = join(folder, 'deploy/releases/1/dist');
const alone = join(outside, 'dist');

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function serve(dist: string): Run {
  const child = spawn(
    process.execPath,
    [
      join(dist, 'cli/main.js'),
      'serve',
      '--db',
      join(dist, '../data/sb.db'),
      '--port',
      '0',
      '--log-level',
      'warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => text, exited };
}

/** The URL it listens on, or the output it exited with. */
async function listening(run: Run): Promise<string> {
  for (;;) {
    const url = /listening on (http:\/\/\S+)/.exec(run.output())?.[1];
    if (url) return url;
    if (run.child.exitCode !== null) throw new Error(`serve exited ${run.child.exitCode}:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let inProject: Run;
let outsideProject: Run;

beforeAll(async () => {
  copyBuiltServer(copied);
  copyBuiltServer(alone);
  inProject = serve(copied);
  outsideProject = serve(alone);
}, 180_000);

afterAll(async () => {
  for (const run of [inProject, outsideProject])
    if (run && run.child.exitCode === null) {
      run.child.kill('SIGINT');
      await run.exited;
    }
  rmSync(folder, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('a copy of dist/ (session 9 fix 4)', () => {
  it('inside the project, at another depth: serves the API and its docs page', async () => {
    const url = await listening(inProject);
    // Each answer read whole: one left unread keeps its connection busy, and the server's
    // shutdown waits for it.
    const status = async (path: string) => {
      const response = await fetch(`${url}${path}`);
      await response.arrayBuffer();
      return response.status;
    };
    expect(await status('/readyz')).toBe(200);
    const docs = await fetch(`${url}/docs/static/index.html`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
    for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css', 'logo.svg'])
      expect(await status(`/docs/static/${file}`), file).toBe(200);
  }, 120_000);

  it('outside the project: says which package is missing and how to run the server, and exits 1', async () => {
    expect(await outsideProject.exited).toBe(1);
    expect(outsideProject.output()).toContain(
      'switchboard: cannot load the package better-sqlite3: run the server from its project folder with its packages installed (npm ci); a copy of dist/ finds them only inside that folder',
    );
    expect(outsideProject.output()).not.toMatch(/^\s+at /m);
  }, 120_000);
});
