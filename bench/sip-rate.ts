/**
 * SIP signalling rate (issue 13 "Performance", item 8): SIPp places calls at rising rates to a
 * Switchboard with SIP on 127.0.0.1; each call is INVITE → 200 → ACK → (hold) → BYE, no RTP
 * sent. Per rate: calls completed and failed, call setup latency (INVITE sent to 200 received,
 * SIPp's per-call response times) p50/p99, and Switchboard's CPU per call. The number answers
 * with its closed message (the engine plays a prompt, the driver answers 200), so each call
 * also opens and frees a media port, as a real one does.
 * Run: node --import tsx bench/sip-rate.ts [seconds per rate] [rates]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSwitchboard } from '../src/server/switchboard.ts';
import { loadMediaPlane } from '../src/telephony/sip/plane.ts';
import { freePort } from '../test/sip/support/peers.ts';
import { count, machine, ms, table } from './support/report.ts';

const seconds = Number(process.argv[2] ?? 5);
const rates = (process.argv[3] ?? '25,50,100,150,200').split(',').map(Number);
const holdMs = 1000;
const number = '+34910000009';
const scenario = fileURLToPath(new URL('../test/sip/scenarios/caller.xml', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'sb-bench-sip-'));
const plane = await loadMediaPlane({ address: '127.0.0.1', portMin: 20_000, portMax: 29_999 });
const server = await openSwitchboard({
  dbPath: join(dir, 'switchboard.db'),
  clock: 'system',
  logger: false,
  sip: {
    listen: { host: '127.0.0.1', port: 0 },
    plane,
    // The bench measures the driver, not the flood guard.
    guard: { inviteRate: 10_000, inviteBurst: 10_000, registerFailures: 5, registerWindowMs: 60_000 },
  },
});
const inject = async (method: string, url: string, body?: unknown) => {
  const response = await server.app.inject({
    method: method as 'GET',
    url: `/v1${url}`,
    headers: { authorization: `Bearer ${server.adminToken}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });
  if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.body}`);
};
await inject('POST', '/workspaces', { id: 'bench', name: 'Bench', plan: 'business' });
await inject('PUT', '/workspaces/bench/sip/trunk', { allowedSources: ['127.0.0.1'] });
await inject('POST', '/workspaces/bench/numbers', { e164: number, kind: 'sip', id: 'n_bench' });
await inject('PATCH', '/workspaces/bench/numbers/n_bench/settings', {
  offlineAction: { kind: 'message', message: 'We are closed now, please call again tomorrow, thank you' },
});

interface Run {
  rate: number;
  completed: number;
  failed: number;
  setup: number[];
  cpuMs: number;
  wallMs: number;
}

async function atRate(rate: number): Promise<Run> {
  const work = mkdtempSync(join(dir, `r${rate}-`));
  symlinkSync('/usr/share/sip-tester', join(work, 'pcap'));
  const calls = rate * seconds;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const sipp = spawn(
    'sipp',
    [
      ...[
        '-sf',
        scenario,
        '-s',
        number,
        `127.0.0.1:${server.sip!.port}`,
        '-i',
        '127.0.0.1',
        '-p',
        String(await freePort()),
      ],
      ...['-r', String(rate), '-m', String(calls), '-d', String(holdMs), '-l', String(rate * 4)],
      ...['-trace_rtt', '-rtt_freq', '1', '-trace_stat', '-fd', '1', '-timeout', '120s', '-nostdin'],
    ],
    { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  sipp.stdout.on('data', (chunk) => (output += chunk));
  sipp.stderr.on('data', (chunk) => (output += chunk));
  await new Promise((resolve) => sipp.once('exit', resolve));
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const stat = readdirSync(work).find(
    (name) => name.endsWith('_.csv') || (name.endsWith('.csv') && !name.includes('rtt')),
  );
  const rtt = readdirSync(work).find((name) => name.endsWith('_rtt.csv'));
  const last = stat ? readFileSync(join(work, stat), 'utf8').trim().split('\n') : [];
  const header = (last[0] ?? '').split(';');
  const values = (last.at(-1) ?? '').split(';');
  const field = (name: string) => Number(values[header.indexOf(name)] ?? Number.NaN);
  const setup = rtt
    ? readFileSync(join(work, rtt), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => Number(line.split(';')[1]))
        .filter(Number.isFinite)
    : [];
  if (!stat) console.error(output.slice(-2000));
  return {
    rate,
    completed: field('SuccessfulCall(C)'),
    failed: field('FailedCall(C)'),
    setup: setup.sort((a, b) => a - b),
    cpuMs: (used.user + used.system) / 1000,
    wallMs,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

machine('SIP signalling rate — bench/sip-rate.ts');
console.log(
  `SIPp caller → Switchboard (SIP over UDP on 127.0.0.1): INVITE → 200 → ACK, ${holdMs} ms, BYE; no RTP. ${seconds} s of calls per rate.\n`,
);
const rows: string[][] = [];
for (const rate of rates) {
  const run = await atRate(rate);
  rows.push([
    count(rate),
    count(rate * seconds),
    count(run.completed),
    count(run.failed),
    ms(percentile(run.setup, 50)),
    ms(percentile(run.setup, 99)),
    ms(run.setup.at(-1) ?? Number.NaN),
    `${(run.cpuMs / Math.max(1, run.completed)).toFixed(2)} ms`,
    `${((100 * run.cpuMs) / run.wallMs).toFixed(0)}%`,
  ]);
  await new Promise((resolve) => setTimeout(resolve, 1500));
}
table(
  [
    'calls/s offered',
    'calls',
    'completed',
    'failed',
    'setup p50 ms',
    'setup p99 ms',
    'setup max ms',
    'server CPU per call',
    'server CPU (of one core)',
  ],
  rows,
);
// Closing the server closes its media plane too.
await server.close();
