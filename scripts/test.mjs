// `npm test`: the whole suite, in three Vitest processes side by side.
//
// Vitest runs one process's project groups one after the other, each on one pool size, so a
// group that mostly waits holds the machine as long as one that computes. The suite is split in
// three lanes of about the same length, each of which leaves the cores to the others part of the
// time:
// - the in-process projects (unit, api: two workers, CPU-bound), then the SIP files, which mostly
//   wait (real calls, SIPp's scripted pauses);
// - the browser tests, one file at a time (Chromium and the file's server take about a core);
// - the simulator and PostgreSQL unit tests, then the real processes (CLI, crash and cluster
//   nodes: a `serve` is CPU for a second, then waits), then the media files.
// With the browser tests after unit and api (session 13's first layout) they waited two minutes
// for them and ran alone at the end: 241 s against 225 s this way, same tree, same minutes.
// BENCHMARKS.md ("Test suite, session 10", sessions 11's to 13's) has the figures.
//
// With arguments (`npm test -- --project unit`, a file name, …) it is plain `vitest run` with
// them. The other Vitests' output is shown after the first's, each whole, so none interleaves.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const vitest = 'node_modules/vitest/vitest.mjs';
/** Beside the first: the browser tests, and the projects that start processes. */
const beside = [['browser'], ['sim', 'pg', 'processes', 'cluster', 'media']];
const first = ['unit', 'unit-isolated', 'api', 'sip'];
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
