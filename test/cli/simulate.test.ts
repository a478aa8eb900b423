import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { call, startServe } from '../support/cluster.ts';

const bin = join(import.meta.dirname, '../../bin/switchboard.js');
const root = join(import.meta.dirname, '../..');

async function simulate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, 'simulate', ...args], {
      cwd: root,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('switchboard simulate (M1, issue 19 item 4)', () => {
  it('the textbook case: simulated figures beside Erlang C, as text or JSON, per interval', async () => {
    const flags = [
      '--agents',
      '14',
      '--calls-per-hour',
      '200',
      '--aht',
      '180',
      '--sl-threshold',
      '20',
      '--hours',
      '6',
    ];
    const [text, json] = await Promise.all([simulate(...flags), simulate(...flags, '--json', '--seed', '2')]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Erlang C');
    // Six hours are too few batches for a spread: the ± is left out rather than made up.
    expect(text.stdout).toMatch(/service level\s+\d+\.\d\d%\s+88\.84%/);
    expect(text.stdout).toMatch(/calls per agent: /);
    const result = JSON.parse(json.stdout);
    expect(result.prediction).toMatchObject({ model: 'erlang_c', load: 10 });
    expect(result.prediction.waitProbability).toBeCloseTo(0.1741, 4);
    expect(result.simulated.offered).toBeGreaterThan(500);
    // 30-minute intervals after the warm-up (a tenth of the run: 36 minutes).
    expect(result.intervals).toHaveLength(11);
    expect(result.intervals[0].start).toBe(30 * 60_000);
  }, 60_000);

  it('with --patience the prediction is Erlang A; a bad flag is refused, naming it', async () => {
    const [patient, bad] = await Promise.all([
      simulate(
        '--agents',
        '10',
        '--calls-per-hour',
        '200',
        '--aht',
        '180',
        '--hours',
        '2',
        '--patience',
        '60',
      ),
      simulate('--agents', 'ten', '--calls-per-hour', '200', '--aht', '180'),
    ]);
    expect(patient.code, patient.stderr).toBe(0);
    expect(patient.stdout).toContain('Erlang A');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--agents must be a number');
  }, 60_000);

  it('a workspace spec and a traffic file, and a what-if beside it', async () => {
    const run = await simulate(
      '--workspace',
      'demo/workspace.yaml',
      '--traffic',
      'docs/simulator/traffic.yaml',
      '--hours',
      '3',
      '--agents',
      '8',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/as configured\s+what if/);
    expect(run.stdout).toMatch(/agents logged in \(avg\)/);
  }, 60_000);

  it('replays a running server’s recorded calls: what happened beside the configuration and a what-if (item 7)', async () => {
    // A `serve` process on a virtual clock (moved through its API), as a user runs one, rather
    // than a server in this test's worker: importing the sources was 7 s of this file.
    const folder = mkdtempSync(join(tmpdir(), 'sb-replay-'));
    const server = await startServe(['--db', join(folder, 'switchboard.db')], 'warn', {
      args: ['--clock', 'virtual'],
    });
    try {
      const as = async (token: string | undefined, method: string, path: string, body?: unknown) => {
        const answer = await call(server.url, method, path, token, body);
        expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
        return answer.body;
      };
      const admin = (method: string, path: string, body?: unknown) =>
        as(server.adminToken, method, path, body);
      await admin('POST', '/v1/workspaces', { id: 'acme', name: 'Acme', plan: 'business' });
      const agentUser = { id: 'u_agent', name: 'Alex Agent', email: 'alex@acme.test', role: 'agent' };
      await admin('POST', '/v1/workspaces/acme/users', { ...agentUser, password: 'correct horse' });
      const agentToken = (
        await as(undefined, 'POST', '/v1/sessions', {
          email: agentUser.email,
          password: 'correct horse',
          workspaceId: 'acme',
        })
      ).token as string;
      const t0 = (await admin('GET', '/v1/clock')).now as string;
      await admin('POST', '/v1/workspaces/acme/numbers', {
        id: 'n_main',
        e164: '+34911234567',
        kind: 'rented',
      });
      await admin('PUT', '/v1/workspaces/acme/users/u_agent/presence', { presence: 'online' });
      const { callId } = await admin('POST', '/v1/workspaces/acme/sim/calls', {
        from: '+34600111222',
        to: '+34911234567',
      });
      await admin('POST', '/v1/clock/advance', { ms: 30_000 });
      await admin('POST', `/v1/workspaces/acme/sim/calls/${callId}/hangup`);
      const common = ['--replay', t0, '--hours', '1', '--workspace-id', 'acme', '--url', server.url];
      const replayed = await simulate(...common, '--token', server.adminToken!, '--agents', '2');
      expect(replayed.code, replayed.stderr).toBe(0);
      expect(replayed.stdout).toMatch(/what happened\s+as configured\s+what if/);
      // The caller hung up after 30 s of ringing; replayed, an agent who answers at once takes it.
      expect(replayed.stdout).toMatch(/calls offered\s+1\s+1\s+1/);
      expect(replayed.stdout).toMatch(/answered\s+0\s+1\s+1/);
      const agent = await simulate(...common, '--token', agentToken);
      expect(agent.code).toBe(1);
      expect(agent.stderr).toContain('403');
    } finally {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
