// `npm test`: the whole suite, in four Vitest processes side by side.
//
// Vitest runs one process's project groups one after the other, each on one pool size, so a
// group that mostly waits holds the machine as long as one that computes. The suite is split in
// four lanes, so that what waits overlaps with what computes and the cores stay busy to the end:
// - the in-process projects (unit, api: two workers, pure CPU, no real time), at a lower
//   priority (nice 5): they take what the other lanes leave, so the browser lane, the longest
//   chain of one file at a time, is not slowed by them, and they fill the cores at the end;
// - the browser tests, one file at a time (Chromium and the file's server take about a core);
// - what waits on real time: the cluster's nodes (leases), the SIP files (real calls, three at a
//   time), then the media files, at the normal priority, as their timers need;
// - the simulator and PostgreSQL unit tests, then the real processes (CLI, crash).
// Session 14, same tree, one run each (BENCHMARKS.md): this layout 155 s; the same four lanes
// without the lower priority 162 s (unit and api done at 111 s, the machine half idle after);
// three lanes (unit, api then SIP; browser; the processes' projects then cluster and media)
// 178 s, their waiting files last.
//
// With arguments (`npm test -- --project unit`, a file name, …) it is plain `vitest run` with
// them. The other Vitests' output is shown after the first's, each whole, so none interleaves.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';

const vitest = 'node_modules/vitest/vitest.mjs';
/** The first lane, its output shown as it runs, at a lower priority (see above). */
const first = { projects: ['unit', 'unit-isolated', 'api'], nice: 5 };
/** Beside it: the browser tests, what waits on real time, and the processes' projects. */
const beside = [
  { projects: ['browser'], nice: 0 },
  { projects: ['cluster', 'sip', 'media'], nice: 0 },
  { projects: ['sim', 'pg', 'processes'], nice: 0 },
];
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
const besideRuns = beside.map(({ projects, nice }, index) => {
  const log = join(folder, `beside-${index}.log`);
  return { projects, log, done: run(['run', ...projectFlags(projects)], log, vitest, nice) };
});
const firstStatus = await run(['run', ...projectFlags(first.projects)], 'inherit', vitest, first.nice);
const besideStatuses = [];
for (const { projects, log, done } of besideRuns) {
  besideStatuses.push(await done);
  console.log(`\n--- ${projects.join(', ')} (run beside the projects above) ---\n`);
  process.stdout.write(readFileSync(log));
}
rmSync(folder, { recursive: true, force: true });
const verdicts = [first, ...beside].map(
  ({ projects }, index) => `${projects.join(', ')} ${verdict([firstStatus, ...besideStatuses][index])}`,
);
console.log(`\n--- npm test: ${verdicts.join('; ')}`);
process.exit([firstStatus, ...besideStatuses].find((status) => status !== 0) ?? 0);

function verdict(status) {
  return status === 0 ? 'passed' : `failed (exit ${status})`;
}

/**
 * Runs node with a script (Vitest unless named), its output to the terminal or to a file, at the
 * niceness given (its workers, forked later, inherit it).
 */
function run(scriptArgs, output, script = vitest, nice = 0) {
  return new Promise((resolve) => {
    const file = output === 'inherit' ? undefined : createWriteStream(output);
    const child = spawn(process.execPath, [script, ...scriptArgs], {
      stdio: ['ignore', file ? 'pipe' : 'inherit', file ? 'pipe' : 'inherit'],
    });
    // A child that did not start has no pid: setPriority without one would lower this process.
    if (nice !== 0 && child.pid !== undefined) lowerPriority(child.pid, nice);
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

/** A lower priority for a lane; where the system refuses it, the lane runs at the normal one. */
function lowerPriority(pid, nice) {
  try {
    setPriority(pid, nice);
  } catch {
    // not permitted here: the same tests, only scheduled less well
  }
}
