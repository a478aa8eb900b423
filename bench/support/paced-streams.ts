/**
 * What bench/support/rtp-peers.ts and webrtc-peers.ts share: streams that each send a 20 ms
 * PCMU packet stamped with its send time (performance.now(), first 8 payload bytes), phases
 * spread over the 20 ms as independent calls' would be, and the transit times of what comes
 * back inside the measuring window.
 */
import { performance } from 'node:perf_hooks';
import { buildRtp } from '../../src/telephony/rtp/packet.ts';

export interface PacedStream {
  send(datagram: Buffer): void;
  next: number;
  sequence: number;
  timestamp: number;
  /** Transit times (ms) of packets sent inside the measuring window, and the smallest seen. */
  transits: number[];
  minTransit: number;
}

export interface PacedResult {
  sent: number;
  received: number;
  /** Each packet's transit above its stream's fastest: the delay the path added (jitter). */
  addedMs: number[];
  transitMs: number[];
}

export interface MeasureWindow {
  start: number;
  from: number;
  to: number;
}

export const newPacedStream = (send: (datagram: Buffer) => void): PacedStream => ({
  send,
  next: 0,
  sequence: 0,
  timestamp: 0,
  transits: [],
  minTransit: Number.POSITIVE_INFINITY,
});

export function measureWindow(warmupMs: number, measureMs: number): MeasureWindow {
  const start = performance.now() + 50;
  return { start, from: start + warmupMs, to: start + warmupMs + measureMs };
}

/** Records one received payload on its stream; returns whether it counts as received. */
export function recordArrival(stream: PacedStream, payload: Buffer, window: MeasureWindow): boolean {
  if (payload.length < 8) return false;
  const sentAt = payload.readDoubleLE(0);
  const transit = performance.now() - sentAt;
  stream.minTransit = Math.min(stream.minTransit, transit);
  if (sentAt < window.from || sentAt >= window.to) return false;
  stream.transits.push(transit);
  return true;
}

/**
 * Sends every stream's packets on their 20 ms pace until the window closes, telling the parent
 * when measuring starts and ends; resolves with the packets sent inside the window.
 */
export async function pace(
  streams: PacedStream[],
  window: MeasureWindow,
  notify: (phase: 'measure-start' | 'measure-end') => void,
): Promise<number> {
  const payload = Buffer.alloc(160, 0xff);
  let sent = 0;
  for (const [index, stream] of streams.entries()) stream.next = window.start + (index * 20) / streams.length;
  let measuring = false;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      if (!measuring && now >= window.from) {
        measuring = true;
        notify('measure-start');
      }
      if (now >= window.to) {
        clearInterval(timer);
        notify('measure-end');
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
        stream.send(buildRtp(header, payload));
        stream.timestamp += 160;
        stream.next += 20;
        if (sentAt >= window.from && sentAt < window.to) sent++;
      }
    }, 1);
  });
  // Stragglers still in flight when the window closed.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return sent;
}

export function collect(streams: PacedStream[], sent: number, received: number): PacedResult {
  const addedMs: number[] = [];
  const transitMs: number[] = [];
  for (const stream of streams) {
    for (const transit of stream.transits) {
      addedMs.push(transit - stream.minTransit);
      transitMs.push(transit);
    }
  }
  return { sent, received, addedMs, transitMs };
}
