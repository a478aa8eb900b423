/**
 * Browser calls under load (issue 15 item 5, SPEC S6): N concurrent calls, each a browser-like
 * werift peer connection (DTLS-SRTP) terminated by Switchboard's browser leg and bridged by the
 * media plane to an RTP leg whose far end is a UDP phone. The far ends live in a child process
 * (bench/support/webrtc-peers.ts) and stamp every packet with its send time, so "added jitter"
 * is each packet's transit minus its stream's fastest transit, and the server's CPU is its own.
 * Run: node --expose-gc --import tsx bench/webrtc.ts [seconds] [sizes]
 */
import { fork } from 'node:child_process';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { MediaLeg } from '../src/telephony/media-plane.ts';
import { createMediaPlane } from '../src/telephony/rtp/index.ts';
import { BrowserLeg } from '../src/telephony/webrtc/browser-leg.ts';
import { bytes, collectGarbage, count, machine, ms, table } from './support/report.ts';
import type { WebRtcPeersReply, WebRtcPeersRequest } from './support/webrtc-peers.ts';

const measureMs = Number(process.argv[2] ?? 10) * 1000;
const sizes = (process.argv[3] ?? '10,25,50').split(',').map(Number);
const warmupMs = 2000;

const peers = fork(new URL('./support/webrtc-peers.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
const replies: WebRtcPeersReply[] = [];
const waiters: (() => void)[] = [];
peers.on('message', (message: WebRtcPeersReply) => {
  replies.push(message);
  for (const wake of waiters.splice(0)) wake();
});

async function next<T extends WebRtcPeersReply['type']>(
  type: T,
): Promise<Extract<WebRtcPeersReply, { type: T }>> {
  for (;;) {
    const index = replies.findIndex((reply) => reply.type === type);
    if (index !== -1) return replies.splice(index, 1)[0] as Extract<WebRtcPeersReply, { type: T }>;
    await new Promise<void>((resolve) => waiters.push(resolve));
  }
}

const ask = (request: WebRtcPeersRequest) => peers.send(request);
const percentile = (sorted: Float64Array, p: number) =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const plane = createMediaPlane({ address: '127.0.0.1', portMin: 42_000, portMax: 43_999 });
let round = 0;

async function connected(browserLeg: BrowserLeg, ms = 15_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (browserLeg.state !== 'connected') {
    if (performance.now() > deadline) throw new Error(`browser leg not connected after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function measure(calls: number): Promise<string[]> {
  round++;
  const offers: string[] = [];
  const browserLegs = await Promise.all(
    Array.from({ length: calls }, (_, index) =>
      BrowserLeg.open({
        plane,
        id: `browser-${round}-${index}`,
        address: '127.0.0.1',
        signals: { offer: (sdp) => (offers[index] = sdp), ended: () => {} },
      }),
    ),
  );
  const rtpLegs: MediaLeg[] = await Promise.all(
    Array.from({ length: calls }, (_, index) => plane.openLeg(`rtp-${round}-${index}`)),
  );
  ask({
    type: 'open',
    calls: rtpLegs.map((leg, index) => ({ offer: offers[index]!, rtpPort: leg.local.port })),
  });
  const opened = await next('opened');
  for (const [index, call] of opened.calls.entries()) {
    await browserLegs[index]!.answer(call.answer);
    rtpLegs[index]!.connect({ address: '127.0.0.1', port: call.phonePort, codec: 'PCMU', payloadType: 0 });
    plane.bridge(browserLegs[index]!.leg, rtpLegs[index]!);
  }
  await Promise.all(browserLegs.map((browserLeg) => connected(browserLeg)));
  collectGarbage();
  ask({ type: 'run', warmupMs, measureMs });
  await next('measure-start');
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
  for (const browserLeg of browserLegs) browserLeg.close();
  for (const leg of rtpLegs) leg.close();
  ask({ type: 'close' });
  await next('closed');
  const cpuShare = (cpu.user + cpu.system) / 1000 / wallMs;
  const added = Float64Array.from(result.addedMs).sort();
  const transit = Float64Array.from(result.transitMs).sort();
  const loss = result.sent === 0 ? Number.NaN : 1 - result.received / result.sent;
  return [
    count(calls),
    count(result.sent),
    `${(loss * 100).toFixed(2)}%`,
    ms(percentile(added, 50)),
    ms(percentile(added, 99)),
    ms(added[added.length - 1] ?? Number.NaN),
    ms(percentile(transit, 50)),
    `${(cpuShare * 100).toFixed(1)}%`,
    `${((cpuShare / calls) * 100).toFixed(2)}%`,
    ms(loop.percentile(99) / 1e6),
    bytes(memory.rss),
  ];
}

machine('bench/webrtc.ts — browser calls: werift peers (DTLS-SRTP) bridged to RTP legs on 127.0.0.1');
console.log(
  `Each call: a browser leg (SRTP) bridged to an RTP leg, 2 × 50 packets/s of 160-byte PCMU; ${warmupMs / 1000} s warm-up, ` +
    `${measureMs / 1000} s measured per size; far ends in a child process. Added jitter = transit − the stream's fastest transit.\n`,
);
const rows: string[][] = [];
try {
  await measure(2); // unreported: compiles the paths before the figures
  for (const calls of sizes) rows.push(await measure(calls));
} finally {
  await plane.close();
  peers.kill();
}
table(
  [
    'calls',
    'packets sent',
    'loss',
    'added jitter p50 ms',
    'p99 ms',
    'max ms',
    'transit p50 ms',
    'server CPU (of one core)',
    'CPU per call',
    'server loop delay p99 ms',
    'server RSS',
  ],
  rows,
);
