import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/switchboard.js');
const dir = mkdtempSync(join(tmpdir(), 'sb-cli-'));
const db = join(dir, 'switchboard.db');

/** A `switchboard serve` child process and everything it printed so far. */
interface Served {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  url: string;
}

async function serve(): Promise<Served> {
  const child = spawn(
    process.execPath,
    // The demo's twelve passwords at the real scrypt cost took seconds on a busy machine.
    [
      bin,
      'serve',
      '--db',
      db,
      '--port',
      '0',
      '--clock',
      'virtual',
      '--demo',
      '--log-level',
      'warn',
      '--password-cost',
      '4',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // The demo sign-ins are printed last: once they are there, the server is up.
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (text.includes('diego@demo.test')) resolve();
      if (child.exitCode !== null) reject(new Error(`serve exited early:\n${text}`));
    }, 50);
    exited.finally(() => clearInterval(check));
    void new Promise((done) => setTimeout(done, 40_000)).then(() =>
      reject(new Error(`serve did not start:\n${text}`)),
    );
  }).finally(() => undefined);
  const url = /listening on (http:\/\/\S+)/.exec(text)?.[1];
  if (!url) throw new Error(`no URL printed:\n${text}`);
  return { child, output: () => text, exited, url };
}

/** Runs a CLI command to completion. */
function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, SWITCHBOARD_TOKEN: '', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let server: Served;
let adminKey: string;

beforeAll(async () => {
  server = await serve();
  adminKey = /save it now\):\s+(sbk_\S+)/.exec(server.output())?.[1] ?? '';
});
afterAll(() => {
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
});

const acme = `workspace:
  id: acme
  name: Acme
  timeZone: Europe/Madrid
departments:
  - { id: sales, name: Sales }
users:
  - id: u_ann
    name: Ann
    email: ann@acme.test
    role: admin
    extension: "101"
    mobile: +34 612 000 101
    departments: [sales]
    password: acme-password
numbers:
  - { id: n_main, e164: +34 910 000 111, kind: rented }
`;

describe('switchboard CLI', () => {
  it('serve prints the URL, the console, the docs, the admin key once and the demo sign-ins that work', async () => {
    const output = server.output();
    expect(output).toContain(`API docs: ${server.url}/docs`);
    expect(output).toContain(`Web console: ${server.url}/`);
    expect(adminKey).toMatch(/^sbk_/);
    expect(output).toContain('Demo workspace "Demo Co" (id demo)');
    const session = await fetch(`${server.url}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.test', password: 'demo-password' }),
    });
    expect(session.status).toBe(201);
    const users = await fetch(`${server.url}/v1/workspaces/demo/users`, {
      headers: { authorization: `Bearer ${((await session.json()) as { token: string }).token}` },
    });
    expect(((await users.json()) as { items: unknown[] }).items).toHaveLength(6);
  });

  it('apply creates a workspace, and applying the same file again changes nothing', async () => {
    const file = join(dir, 'acme.yaml');
    writeFileSync(file, acme);
    const first = await cli(['apply', file, '--url', server.url, '--token', adminKey]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('workspace acme: applied 5 changes');
    expect(first.stdout).toContain('create user u_ann (Ann)');
    const again = await cli(['apply', file, '--url', server.url], { SWITCHBOARD_TOKEN: adminKey });
    expect(again.stdout.trim()).toBe('workspace acme: up to date, nothing to apply');

    writeFileSync(file, acme.replace('name: Acme', 'name: Acme Corp'));
    const dry = await cli(['apply', file, '--url', server.url, '--token', adminKey, '--dry-run']);
    expect(dry.stdout).toContain('workspace acme: would apply 1 change');
    expect(dry.stdout).toContain('update workspace: name');
    expect(
      (await cli(['apply', file, '--url', server.url, '--token', adminKey, '--dry-run'])).stdout,
    ).toContain('would apply 1 change');
  });

  it('export writes YAML that applies back with no change, and holds no password', async () => {
    const printed = await cli(['export', 'demo', '--url', server.url, '--token', adminKey]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('name: Demo Co');
    expect(printed.stdout).not.toMatch(/password/);
    // The demo's workflows (seed 003's canonical flow, callbacks for missed calls) come back too.
    expect(printed.stdout).toContain('id: wf_reassign_unanswered');
    expect(printed.stdout).toContain('kind: call_missed');
    const file = join(dir, 'demo-export.yaml');
    const written = await cli(['export', 'demo', '--url', server.url, '--token', adminKey, '-o', file]);
    expect(written.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
    const back = await cli(['apply', file, '--url', server.url, '--token', adminKey, '--prune']);
    expect(back.stdout.trim()).toBe('workspace demo: up to date, nothing to apply');
  });

  it('explains a bad file (path and line), a missing token and a refused one, with exit code 1', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, acme.replace('kind: rented', 'kind: landline'));
    const bad = await cli(['apply', file, '--url', server.url, '--token', adminKey]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('numbers[0].kind: must be one of rented, sip (line 17)');
    const missing = await cli(['export', 'demo', '--url', server.url]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no token');
    const refused = await cli(['export', 'demo', '--url', server.url, '--token', 'sbk_wrong']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('401');
    const usage = await cli(['serve', '--colour']);
    expect(usage.code).toBe(2);
    // A store that cannot be opened is named as given, not blamed on SIP, and serve exits.
    const unopenable = await cli(['serve', '--db', dir, '--port', '0']);
    expect(unopenable.code).toBe(1);
    expect(unopenable.stderr).toContain(`cannot start: the store at ${dir} cannot be opened (EISDIR)`);
  });

  it('stops cleanly on SIGTERM (exit 0) and a restart keeps everything, printing no new admin key', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    server = await serve();
    expect(server.output()).not.toContain('save it now');
    expect(server.output()).toContain('already up to date');
    const exported = await cli(['export', 'acme', '--url', server.url, '--token', adminKey]);
    expect(exported.stdout).toContain('email: ann@acme.test');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
