// Issue 16 goal 3: how soon an empty server answers /readyz after launch, first on a new SQLite
// file and then restarted on the same file. Prints figures; run `npm run build` first to measure
// the bundle (bin/switchboard.js runs dist/ when it is fresh).
// Usage: npm run bench:restart -- [runs=6]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../bin/switchboard.js', import.meta.url).pathname;
const db = join(mkdtempSync(join(tmpdir(), 'sb-restart-')), 'sb.db');
const runs = Number(process.argv[2] ?? 6);

async function once(lingerMs = 0) {
  // A port free now (a random one collided with other servers on a shared machine).
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const at = performance.now();
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--db', db], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  let exited = false;
  const gone = new Promise((resolve) =>
    child.on('exit', () => {
      exited = true;
      resolve();
    }),
  );
  for (;;) {
    if (exited) throw new Error(`the server on port ${port} exited before it was ready: ${stderr}`);
    if (performance.now() - at > 20_000) throw new Error('not ready within 20 s');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.status === 200) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const ms = performance.now() - at;
  // The server's CPU until ready (user + system, in clock ticks of 10 ms): less noisy than the
  // wall time on a shared machine.
  const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  cpu.push((Number(stat[11]) + Number(stat[12])) * 10);
  // The first server stays up a few seconds, as any server does: the built command line writes
  // its V8 code cache 3 s after a start (scripts/cached-main.mjs), which the restarts then use.
  await new Promise((resolve) => setTimeout(resolve, lingerMs));
  child.kill('SIGTERM');
  await gone;
  return Math.round(ms);
}

const out = [];
const cpu = [];
for (let i = 0; i < runs; i++) out.push(await once(i === 0 ? 4000 : 0));
const rest = out.slice(1).sort((a, b) => a - b);
console.log(
  `first (creates the file): ${out[0]} ms; restarts: ${out.slice(1).join(', ')} ms (median ${rest[Math.floor(rest.length / 2)]} ms); server CPU until ready: ${cpu.join(', ')} ms; load ${(
    await import('node:os')
  )
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
