/**
 * The phones of bench/rtp-relay.ts, in a child process so the plane's process measures only
 * itself: 2 sockets per call on 127.0.0.1, each sending a 20 ms PCMU packet stamped with its
 * send time (performance.now(), in the payload) and timing what it receives. The streams'
 * phases are spread over the 20 ms, as independent calls' would be.
 */
import { createSocket, type Socket } from 'node:dgram';
import { performance } from 'node:perf_hooks';
import { buildRtp, rtpHeaderBytes } from '../../src/telephony/rtp/packet.ts';

export type PeersRequest =
  | { type: 'open'; count: number }
  | { type: 'run'; targets: number[]; warmupMs: number; measureMs: number }
  | { type: 'close' };

export type PeersReply =
  | { type: 'ports'; ports: number[] }
  | { type: 'measure-start' }
  | { type: 'measure-end' }
  | { type: 'result'; sent: number; received: number; addedMs: number[]; transitMs: number[] }
  | { type: 'closed' };

interface Stream {
  socket: Socket;
  target: number;
  next: number;
  sequence: number;
  timestamp: number;
  /** Transit times (ms) of packets sent inside the measuring window, and the smallest seen. */
  transits: number[];
  minTransit: number;
}

let sockets: Socket[] = [];
const reply = (message: PeersReply) => process.send!(message);

function bind(): Promise<Socket> {
  const socket = createSocket('udp4');
  return new Promise((resolve) => socket.bind(0, '127.0.0.1', () => resolve(socket)));
}

async function open(count: number): Promise<void> {
  sockets = await Promise.all(Array.from({ length: count }, bind));
  reply({ type: 'ports', ports: sockets.map((socket) => socket.address().port) });
}

async function run(targets: number[], warmupMs: number, measureMs: number): Promise<void> {
  const start = performance.now() + 50;
  const measureFrom = start + warmupMs;
  const measureTo = measureFrom + measureMs;
  const payload = Buffer.alloc(160, 0xff);
  let sent = 0;
  let received = 0;
  const streams: Stream[] = sockets.map((socket, index) => ({
    socket,
    target: targets[index]!,
    next: start + (index * 20) / sockets.length,
    sequence: 0,
    timestamp: 0,
    transits: [],
    minTransit: Number.POSITIVE_INFINITY,
  }));
  for (const stream of streams) {
    stream.socket.removeAllListeners('message');
    stream.socket.on('message', (datagram: Buffer) => {
      const now = performance.now();
      const sentAt = datagram.readDoubleLE(rtpHeaderBytes);
      const transit = now - sentAt;
      stream.minTransit = Math.min(stream.minTransit, transit);
      if (sentAt >= measureFrom && sentAt < measureTo) {
        received++;
        stream.transits.push(transit);
      }
    });
  }
  let measuring = false;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      if (!measuring && now >= measureFrom) {
        measuring = true;
        reply({ type: 'measure-start' });
      }
      if (now >= measureTo) {
        clearInterval(timer);
        reply({ type: 'measure-end' });
        resolve();
        return;
      }
      for (const stream of streams) {
        if (stream.next > now) continue;
        const sentAt = performance.now();
        payload.writeDoubleLE(sentAt, 0);
        const header = {
          marker: false,
          payloadType: 0,
          sequence: stream.sequence++,
          timestamp: stream.timestamp,
          ssrc: 1,
        };
        stream.socket.send(buildRtp(header, payload), stream.target, '127.0.0.1');
        stream.timestamp += 160;
        stream.next += 20;
        if (sentAt >= measureFrom && sentAt < measureTo) sent++;
      }
    }, 1);
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const addedMs: number[] = [];
  const transitMs: number[] = [];
  for (const stream of streams) {
    for (const transit of stream.transits) {
      addedMs.push(transit - stream.minTransit);
      transitMs.push(transit);
    }
  }
  reply({ type: 'result', sent, received, addedMs, transitMs });
}

process.on('message', (request: PeersRequest) => {
  if (request.type === 'open') void open(request.count);
  if (request.type === 'run') void run(request.targets, request.warmupMs, request.measureMs);
  if (request.type === 'close') {
    for (const socket of sockets) socket.close();
    sockets = [];
    reply({ type: 'closed' });
  }
});
