/**
 * The far ends of bench/webrtc.ts, in a child process so the server's process measures only
 * itself: per call, a browser-like werift peer connection (answering the server's offer, as a
 * page does) and an RTP phone (a UDP socket). Each side sends a 20 ms PCMU packet stamped with
 * its send time (performance.now(), in the payload) and times what it receives; the streams'
 * phases are spread over the 20 ms.
 */
import { createSocket, type Socket } from 'node:dgram';
import { RTCPeerConnection, RTCRtpCodecParameters, type RTCRtpTransceiver } from 'werift';
import { parseRtp } from '../../src/telephony/rtp/packet.ts';
import {
  collect,
  measureWindow,
  newPacedStream,
  type PacedStream,
  pace,
  recordArrival,
} from './paced-streams.ts';

export type WebRtcPeersRequest =
  | { type: 'open'; calls: { offer: string; rtpPort: number }[] }
  | { type: 'run'; warmupMs: number; measureMs: number }
  | { type: 'close' };

export type WebRtcPeersReply =
  | { type: 'opened'; calls: { answer: string; phonePort: number }[] }
  | { type: 'measure-start' }
  | { type: 'measure-end' }
  | { type: 'result'; sent: number; received: number; addedMs: number[]; transitMs: number[] }
  | { type: 'closed' };

const reply = (message: WebRtcPeersReply) => process.send!(message);
let browsers: RTCPeerConnection[] = [];
let phones: Socket[] = [];
let streams: PacedStream[] = [];
let onPacket: (stream: PacedStream, payload: Buffer) => void = () => {};

async function openBrowser(
  offer: string,
): Promise<{ pc: RTCPeerConnection; stream: PacedStream; answer: string }> {
  const pc = new RTCPeerConnection({
    codecs: {
      audio: [
        new RTCRtpCodecParameters({ mimeType: 'audio/PCMU', clockRate: 8000, payloadType: 0, channels: 1 }),
      ],
    },
    iceInterfaceAddresses: { udp4: '127.0.0.1' },
    iceAdditionalHostAddresses: ['127.0.0.1'],
    iceUseIpv6: false,
    headerExtensions: { audio: [] },
  });
  let transceiver: RTCRtpTransceiver | undefined;
  const stream = newPacedStream((datagram) => void transceiver?.sender.sendRtp(datagram));
  pc.onTransceiverAdded.subscribe((added) => {
    transceiver = added;
    added.onTrack.subscribe((track) => track.onReceiveRtp.subscribe((rtp) => onPacket(stream, rtp.payload)));
  });
  await pc.setRemoteDescription({ type: 'offer', sdp: offer });
  await pc.setLocalDescription(await pc.createAnswer());
  return { pc, stream, answer: pc.localDescription!.sdp };
}

async function openPhone(rtpPort: number): Promise<{ socket: Socket; stream: PacedStream }> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const stream = newPacedStream((datagram) => socket.send(datagram, rtpPort, '127.0.0.1'));
  socket.on('message', (datagram: Buffer) => {
    const packet = parseRtp(datagram);
    if (packet) onPacket(stream, packet.payload);
  });
  return { socket, stream };
}

async function open(calls: { offer: string; rtpPort: number }[]): Promise<void> {
  const opened = await Promise.all(
    calls.map(async ({ offer, rtpPort }) => ({
      browser: await openBrowser(offer),
      phone: await openPhone(rtpPort),
    })),
  );
  browsers = opened.map(({ browser }) => browser.pc);
  phones = opened.map(({ phone }) => phone.socket);
  streams = opened.flatMap(({ browser, phone }) => [browser.stream, phone.stream]);
  reply({
    type: 'opened',
    calls: opened.map(({ browser, phone }) => ({
      answer: browser.answer,
      phonePort: phone.socket.address().port,
    })),
  });
}

async function run(warmupMs: number, measureMs: number): Promise<void> {
  const window = measureWindow(warmupMs, measureMs);
  let received = 0;
  onPacket = (stream, payload) => {
    if (recordArrival(stream, payload, window)) received++;
  };
  const sent = await pace(streams, window, (type) => reply({ type }));
  reply({ type: 'result', ...collect(streams, sent, received) });
}

async function close(): Promise<void> {
  await Promise.all(browsers.map((pc) => pc.close()));
  await Promise.all(phones.map((socket) => new Promise<void>((resolve) => socket.close(() => resolve()))));
  browsers = [];
  phones = [];
  streams = [];
  reply({ type: 'closed' });
}

process.on('message', (request: WebRtcPeersRequest) => {
  if (request.type === 'open') void open(request.calls);
  if (request.type === 'run') void run(request.warmupMs, request.measureMs);
  if (request.type === 'close') void close();
});
