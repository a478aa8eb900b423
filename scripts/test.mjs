// `npm test`: the whole suite, in three Vitest processes side by side.
//
// Vitest runs one process's project groups one after the other, each on one pool size, so a
// group that mostly waits holds the machine as long as one that computes. The processes, cluster,
// SIP and media projects mostly wait (commands and nodes starting, real calls, 20 ms media
// windows, SIPp's scripted pauses), so they run beside the CPU-bound projects rather than after
// them: the CLI and cluster files overlap the in-process projects, the SIP calls the browser
// tests, which use about one core. And they run in two processes of their own, not one: the
// real processes (a `serve` node is CPU for a second, then waits) beside the real calls (which
// wait), where one process ran them one group after the other: 220-274 s then, 143-152 s so, at
// load 4-9 (session 13). The simulator and PostgreSQL unit tests start them, so the browser
// tests, the longest part of the first process, start sooner.
// BENCHMARKS.md ("Test suite, session 10", sessions 11's to 13's) has the figures.
//
// With arguments (`npm test -- --project unit`, a file name, …) it is plain `vitest run` with
// them. The other Vitests' output is shown after the first's, each whole, so none interleaves.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const vitest = 'node_modules/vitest/vitest.mjs';
/**
 * Beside the first: the real processes, and the real calls, each in a Vitest of its own (the
 * simulator and PostgreSQL unit tests before the calls: the processes took longer, session 13).
 */
const beside = [
  ['processes', 'cluster'],
  ['sim', 'pg', 'sip', 'media'],
];
const first = ['unit', 'unit-isolated', 'api', 'browser'];
const projectFlags = (names) => names.flatMap((name) => ['--project', name]);

const args = process.argv.slice(2);
if (args.length > 0) process.exit(await run(['run', ...args], 'inherit'));

// Built before either Vitest starts, so the two do not build the same files at once (each
// project's global setup would otherwise; these skip themselves when up to date).
for (const script of ['scripts/build-web.mjs', 'scripts/build.mjs']) {
  const status = await run([], 'inherit', script);
  if (status !== 0) process.exit(status);
}

const folder = mkdtempSync(join(tmpdir(), 'switchboard-test-'));
const besideRuns = beside.map((projects, index) => {
  const log = join(folder, `beside-${index}.log`);
  return { projects, log, done: run(['run', ...projectFlags(projects)], log) };
});
const firstStatus = await run(['run', ...projectFlags(first)], 'inherit');
const besideStatuses = [];
for (const { projects, log, done } of besideRuns) {
  besideStatuses.push(await done);
  console.log(`\n--- ${projects.join(', ')} (run beside the projects above) ---\n`);
  process.stdout.write(readFileSync(log));
}
rmSync(folder, { recursive: true, force: true });
const verdicts = [first, ...beside].map(
  (projects, index) => `${projects.join(', ')} ${verdict([firstStatus, ...besideStatuses][index])}`,
);
console.log(`\n--- npm test: ${verdicts.join('; ')}`);
process.exit([firstStatus, ...besideStatuses].find((status) => status !== 0) ?? 0);

function verdict(status) {
  return status === 0 ? 'passed' : `failed (exit ${status})`;
}

/** Runs node with a script (Vitest unless named), its output to the terminal or to a file. */
function run(scriptArgs, output, script = vitest) {
  return new Promise((resolve) => {
    const file = output === 'inherit' ? undefined : createWriteStream(output);
    const child = spawn(process.execPath, [script, ...scriptArgs], {
      stdio: ['ignore', file ? 'pipe' : 'inherit', file ? 'pipe' : 'inherit'],
    });
    if (file) {
      child.stdout.pipe(file, { end: false });
      child.stderr.pipe(file, { end: false });
    }
    const stop = (signal) => child.kill(signal);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    child.on('close', (code, signal) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      const status = code ?? (signal ? 1 : 0);
      if (!file) return resolve(status);
      file.end(() => resolve(status));
    });
  });
}
