import { writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Where each test file's time goes, slowest first: import (collect), its tests and hooks, and
 * the file's span from start to end. Used to find what to speed up:
 *   npx vitest run --project unit --reporter=default --reporter=./test/support/durations-reporter.ts
 * writes the table to $SB_DURATIONS (default $TMPDIR/vitest-durations.tsv), with the load average.
 */
export default class DurationsReporter implements Reporter {
  private readonly started = Date.now();
  private readonly loadAtStart = loadavg()[0] ?? 0;

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = modules.map((module) => {
      const d = module.diagnostic();
      const tests = [...module.children.allTests()];
      return {
        project: module.project.name,
        file: relative(process.cwd(), module.moduleId),
        state: module.state(),
        tests: tests.length,
        collect: d.collectDuration,
        run: d.duration,
        total: d.collectDuration + d.prepareDuration + d.environmentSetupDuration + d.duration,
      };
    });
    rows.sort((a, b) => b.total - a.total);
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    const lines = rows.map((r) =>
      [seconds(r.total), seconds(r.collect), seconds(r.run), r.tests, r.state, r.project, r.file].join('\t'),
    );
    const byProject = new Map<string, number>();
    for (const r of rows) byProject.set(r.project, (byProject.get(r.project) ?? 0) + r.total);
    const summary = [...byProject].map(([p, ms]) => `${p} ${seconds(ms)} s summed`).join(', ');
    const header = [
      `# wall ${seconds(Date.now() - this.started)} s, load ${this.loadAtStart.toFixed(1)} -> ${(loadavg()[0] ?? 0).toFixed(1)}; ${summary}`,
      'total\timport\ttests\tcount\tstate\tproject\tfile',
    ];
    writeFileSync(
      process.env.SB_DURATIONS ?? join(tmpdir(), 'vitest-durations.tsv'),
      `${[...header, ...lines].join('\n')}\n`,
    );
  }
}
