/**
 * RTP relay under load (SPEC S3, issue 13 "Performance"): N concurrent two-party calls bridged
 * by the media plane on 127.0.0.1, each side sending 20 ms PCMU packets, for a bounded time.
 * The phones live in a child process (bench/support/rtp-peers.ts) and stamp every packet with
 * its send time, so "added jitter" is each packet's transit minus its stream's fastest transit.
 * A "direct" row per size has the phones send to each other without the plane: the floor the
 * measuring process itself adds. Run: node --expose-gc --import tsx bench/rtp-relay.ts [seconds] [sizes]
 */
import { fork } from 'node:child_process';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { MediaLeg } from '../src/telephony/media-plane.ts';
import { createMediaPlane } from '../src/telephony/rtp/index.ts';
import { bytes, collectGarbage, count, machine, ms, table } from './support/report.ts';
import type { PeersReply, PeersRequest } from './support/rtp-peers.ts';

/** Arguments: the seconds measured per size (10) and the sizes (50,100,200,300). */
const measureMs = Number(process.argv[2] ?? 10) * 1000;
const sizes = (process.argv[3] ?? '50,100,200,300').split(',').map(Number);
const warmupMs = 2000;

const peers = fork(new URL('./support/rtp-peers.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
const replies: PeersReply[] = [];
const waiters: (() => void)[] = [];
peers.on('message', (message: PeersReply) => {
  replies.push(message);
  for (const wake of waiters.splice(0)) wake();
});

async function next<T extends PeersReply['type']>(type: T): Promise<Extract<PeersReply, { type: T }>> {
  for (;;) {
    const index = replies.findIndex((reply) => reply.type === type);
    if (index !== -1) return replies.splice(index, 1)[0] as Extract<PeersReply, { type: T }>;
    await new Promise<void>((resolve) => waiters.push(resolve));
  }
}

const ask = (request: PeersRequest) => peers.send(request);

const percentile = (sorted: Float64Array, p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

interface Row {
  mode: 'relayed' | 'direct';
  calls: number;
  result: Extract<PeersReply, { type: 'result' }>;
  /** The plane process's CPU time over the wall time of the window (1 = one core). */
  cpuShare?: number;
  /** The plane's CPU time per packet it relayed (received and sent on), in microseconds. */
  cpuPerPacketUs?: number;
  loopP99?: number;
  rss?: number;
  heap?: number;
}

const plane = createMediaPlane({ address: '127.0.0.1', portMin: 40_000, portMax: 41_999 });

async function measure(calls: number, mode: Row['mode']): Promise<Row> {
  ask({ type: 'open', count: calls * 2 });
  const { ports } = await next('ports');
  let legs: MediaLeg[] = [];
  let targets: number[];
  if (mode === 'relayed') {
    legs = await Promise.all(ports.map((_, index) => plane.openLeg(`${mode}-${calls}-${index}`)));
    for (const [index, leg] of legs.entries())
      leg.connect({ address: '127.0.0.1', port: ports[index]!, codec: 'PCMU', payloadType: 0 });
    for (let index = 0; index < legs.length; index += 2) plane.bridge(legs[index]!, legs[index + 1]!);
    targets = legs.map((leg) => leg.local.port);
  } else {
    targets = ports.map((_, index) => ports[index % 2 === 0 ? index + 1 : index - 1]!);
  }
  collectGarbage();
  ask({ type: 'run', targets, warmupMs, measureMs });
  await next('measure-start');
  // Wall time, not the nominal window: on a busy machine the phones' messages arrive late.
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  await next('measure-end');
  const cpu = process.cpuUsage(cpuStart);
  const wallMs = performance.now() - wallStart;
  loop.disable();
  const memory = process.memoryUsage();
  const result = await next('result');
  for (const leg of legs) leg.close();
  ask({ type: 'close' });
  await next('closed');
  if (mode === 'direct') return { mode, calls, result };
  return {
    mode,
    calls,
    result,
    cpuShare: (cpu.user + cpu.system) / 1000 / wallMs,
    cpuPerPacketUs: (cpu.user + cpu.system) / Math.max(1, (result.received * wallMs) / measureMs),
    loopP99: loop.percentile(99) / 1e6,
    rss: memory.rss,
    heap: memory.heapUsed,
  };
}

function format(row: Row): string[] {
  const added = Float64Array.from(row.result.addedMs).sort();
  const transit = Float64Array.from(row.result.transitMs).sort();
  const loss = row.result.sent === 0 ? Number.NaN : 1 - row.result.received / row.result.sent;
  const cpuPerCall = row.cpuShare === undefined ? '–' : `${((row.cpuShare / row.calls) * 100).toFixed(3)}%`;
  const cpuTotal = row.cpuShare === undefined ? '–' : `${(row.cpuShare * 100).toFixed(1)}%`;
  const scheduled = row.calls * 2 * 50 * (measureMs / 1000);
  return [
    row.mode,
    count(row.calls),
    `${count(row.result.sent)} (${Math.round((row.result.sent / scheduled) * 100)}%)`,
    `${(loss * 100).toFixed(2)}%`,
    ms(percentile(added, 50)),
    ms(percentile(added, 99)),
    ms(added[added.length - 1] ?? Number.NaN),
    ms(percentile(transit, 50)),
    cpuTotal,
    cpuPerCall,
    row.cpuPerPacketUs === undefined ? '–' : row.cpuPerPacketUs.toFixed(1),
    row.loopP99 === undefined ? '–' : ms(row.loopP99),
    row.rss === undefined ? '–' : bytes(row.rss),
  ];
}

machine('bench/rtp-relay.ts — RTP media relay: concurrent bridged calls on 127.0.0.1');
console.log(
  `Each call: 2 legs, 2 × 50 packets/s of 160-byte PCMU (both directions relayed); ${warmupMs / 1000} s warm-up, ` +
    `${measureMs / 1000} s measured per size; phones in a child process. Added jitter = transit − the stream's fastest transit.\n`,
);
const rows: string[][] = [];
try {
  await measure(20, 'relayed'); // unreported: compiles the paths before the figures
  for (const calls of sizes) {
    rows.push(format(await measure(calls, 'direct')));
    rows.push(format(await measure(calls, 'relayed')));
  }
} finally {
  await plane.close();
  peers.kill();
}
table(
  [
    'path',
    'calls',
    'packets sent (of schedule)',
    'loss',
    'added jitter p50 ms',
    'p99 ms',
    'max ms',
    'transit p50 ms',
    'plane CPU (of one core)',
    'CPU per call',
    'CPU µs per relayed packet',
    'plane loop delay p99 ms',
    'plane RSS',
  ],
  rows,
);
