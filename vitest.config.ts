import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Ten projects, each runnable alone (`npm run test:unit` runs unit and unit-isolated;
 * `test:media`, `test:pg`, `test:sim`, `test:api`, `test:browser`, `test:sip`, `test:processes`,
 * `test:cluster`); `npx vitest run` runs them all, group after group. `npm test`
 * (scripts/test.mjs) runs the same projects in four Vitest processes side by side: unit and api
 * (at a lower priority); browser; cluster, SIP, then media; sim, pg, then processes (their group
 * orders below order them within each process), as most of the SIP, processes, cluster and
 * media files wait. The in-process ones
 * (unit, pg, sim, api) run on two workers; the browser, processes, cluster and media ones one file at a time (two
 * browser files at once were no faster on the loaded 2-core machine, and failed once:
 * BENCHMARKS.md), SIP three at a time. Every project but unit-isolated,
 * processes and cluster runs without isolation: a worker loads the modules once, not once per
 * file (each file starts and closes its own servers, so nothing else is shared).
 */
/** Unit tests beside the code that start a real PostgreSQL: project `pg`. */
const postgresFiles = ['src/store/postgres/**/*.test.ts', 'src/cluster/node.test.ts'];
/** The simulator checked against Erlang C and A: 250 simulated hours each, seconds of CPU. */
const simulationFiles = ['src/sim/validation-*.test.ts'];
/**
 * Media and SIP timers on real sockets and the real clock (RTP legs and conferences on the
 * 20 ms media clock, a WebRTC peer's ICE and DTLS, SIP retransmissions, a whole server's SIP
 * driver and its browser phones' signalling with a real peer): seconds of waiting for little CPU
 * each: project `media`, one file at a time (two of them side by side missed their media windows
 * at load 20, each alone passed), at the normal priority where `npm test` runs unit and api at
 * a lower one (there a WebRTC peer missed its 5 s to connect, session 14).
 */
const realTimeFiles = [
  'src/telephony/rtp/{attached,digits,lifecycle,listen,plane}.test.ts',
  'src/telephony/webrtc/browser-leg.test.ts',
  'src/telephony/sip/transactions.test.ts',
  'src/telephony/sip/driver.test.ts',
  'test/api/webrtc-signalling.test.ts',
];
/** Unit tests that replace a module with vi.mock: they need a module graph of their own. */
const mockingFiles = ['src/runtime/runtime-discard.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every project keeps its transformed modules between runs (keyed by each file's content,
    // cleared when the lockfile changes): transforming them again was a third of the unit
    // project's CPU. In .cache/, not node_modules/ (Vitest's default), so that `npm ci` keeps
    // it: a cold cache cost unit and api ≈ 9 s more CPU (BENCHMARKS.md, session 14).
    experimental: { fsModuleCache: true, fsModuleCachePath: '.cache/vitest' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/web/**/*.test.ts', 'test/support/**/*.test.ts'],
          exclude: [
            ...configDefaults.exclude,
            ...postgresFiles,
            ...simulationFiles,
            ...mockingFiles,
            ...realTimeFiles,
          ],
          // Pure code: a worker loads the modules once, not once per file (importing was most of
          // this project's time). A file that replaces a module (vi.mock) needs a fresh graph.
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'unit-isolated', include: mockingFiles, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'sim',
          include: simulationFiles,
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          // The PostgreSQL store, fence and cluster-node tests: one real server for the project
          // (its global setup), a fresh database per suite.
          name: 'pg',
          include: postgresFiles,
          globalSetup: ['test/support/postgres-global.ts'],
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          isolate: false,
          include: ['test/api/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...realTimeFiles],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'media',
          include: realTimeFiles,
          isolate: false,
          maxWorkers: 1,
          // One file at a time (a group has one pool size): after the SIP files, which run several at once.
          sequence: { groupOrder: 5 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // The browser tests drive the built console: build it first when its sources changed.
          globalSetup: ['test/support/build-web.ts'],
          // One module load for all files (4 files: 72 s isolated, 43 s not, same minutes, load 5).
          isolate: false,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'sip',
          include: ['test/sip/**/*.test.ts'],
          // webrtc-softphone.test.ts answers in the console: built here too when run alone.
          globalSetup: ['test/support/build-web.ts'],
          // Each file starts and closes its own server and phones on ports of its own, and mostly
          // waits (real calls, SIPp's pauses): two files at a time, 157 -> 90 s (load 3-5). Three
          // missed WebRTC calls' windows beside the browser tests (session 11), when those tests
          // slept fixed times; since they wait for what the caller hears (session 14), three at a
          // time were green and faster twice alone: 51 s against 59 (load 10-11 against 6-9), 37
          // against 43 s (load 6 against 5), for 2.6-7 s more CPU (a third worker loading the
          // server's modules). A worker loads them once for the files it runs.
          isolate: false,
          maxWorkers: 3,
          sequence: { groupOrder: 4 },
        },
      },
      {
        extends: true,
        test: {
          // Real child processes: the CLI's commands, the bundled server, kill -9 and restarts,
          // one file at a time: two at a time finished them sooner but slowed the in-process
          // projects beside them, which are what `npm test` waits for (session 11).
          name: 'processes',
          include: ['test/cli/**/*.test.ts', 'test/crash/**/*.test.ts'],
          // `npm run build` first: every `switchboard` process then starts from the bundle rather
          // than through tsx (test/support/build-server.ts).
          // The crash tests' server process bundled (test/crash/child-bundle.ts).
          globalSetup: ['test/support/build-server.ts', 'test/crash/child-bundle.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          // Several nodes on one PostgreSQL, killed and frozen: one file at a time, since the tests
          // time takeovers against the lease (a node's start racing another file's would not say
          // anything about the product).
          name: 'cluster',
          include: ['test/cluster/**/*.test.ts'],
          // One PostgreSQL for the files, a database each (initdb and start ≈ 2.5 s a file).
          globalSetup: ['test/support/build-server.ts', 'test/support/postgres-global.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
