/**
 * The phones of bench/rtp-relay.ts, in a child process so the plane's process measures only
 * itself: 2 sockets per call on 127.0.0.1, each sending a 20 ms PCMU packet stamped with its
 * send time (performance.now(), in the payload) and timing what it receives. The streams'
 * phases are spread over the 20 ms, as independent calls' would be.
 */
import { createSocket, type Socket } from 'node:dgram';
import { rtpHeaderBytes } from '../../src/telephony/rtp/packet.ts';
import { collect, measureWindow, newPacedStream, pace, recordArrival } from './paced-streams.ts';

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
  const window = measureWindow(warmupMs, measureMs);
  let received = 0;
  const streams = sockets.map((socket, index) => {
    const stream = newPacedStream((datagram) => socket.send(datagram, targets[index]!, '127.0.0.1'));
    socket.removeAllListeners('message');
    socket.on('message', (datagram: Buffer) => {
      if (recordArrival(stream, datagram.subarray(rtpHeaderBytes), window)) received++;
    });
    return stream;
  });
  const sent = await pace(streams, window, (type) => reply({ type }));
  reply({ type: 'result', ...collect(streams, sent, received) });
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
