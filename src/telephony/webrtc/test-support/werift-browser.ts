/**
 * A browser-like peer for tests and the bench: a werift RTCPeerConnection that answers the
 * server's offer the way a page does and speaks G.711 RTP in real time.
 */
import { RTCPeerConnection, RTCRtpCodecParameters, type RTCRtpTransceiver } from 'werift';
import type { Codec } from '../../media-plane.ts';
import { decode, encode } from '../../rtp/g711.ts';
import { buildRtp, parseRtp } from '../../rtp/packet.ts';

export class WeriftBrowser {
  readonly pc: RTCPeerConnection;
  /** Each received audio packet's arrival time (performance.now()) and decoded samples. */
  readonly received: { at: number; samples: Int16Array }[] = [];
  private transceiver: RTCRtpTransceiver | undefined;
  private sequence = 0;
  private timestamp = 0;

  constructor(private readonly codec: Codec = 'PCMU') {
    const payloadType = codec === 'PCMU' ? 0 : 8;
    this.pc = new RTCPeerConnection({
      codecs: {
        audio: [
          new RTCRtpCodecParameters({
            mimeType: `audio/${codec}`,
            clockRate: 8000,
            payloadType,
            channels: 1,
          }),
        ],
      },
      iceInterfaceAddresses: { udp4: '127.0.0.1' },
      iceAdditionalHostAddresses: ['127.0.0.1'],
      iceUseIpv6: false,
      headerExtensions: { audio: [] },
    });
    this.pc.onTransceiverAdded.subscribe((transceiver) => {
      this.transceiver = transceiver;
      transceiver.onTrack.subscribe((track) =>
        track.onReceiveRtp.subscribe((rtp) => {
          const packet = parseRtp(rtp.serialize());
          if (packet && (packet.payloadType === 0 || packet.payloadType === 8))
            this.received.push({
              at: performance.now(),
              samples: decode(packet.payload, packet.payloadType === 0 ? 'PCMU' : 'PCMA'),
            });
        }),
      );
    });
  }

  /** Answers the server's offer; the answer's SDP is what the page would send back. */
  async answer(offerSdp: string): Promise<string> {
    await this.pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
    const answer = await this.pc.createAnswer();
    await this.pc.setLocalDescription(answer);
    return this.pc.localDescription!.sdp;
  }

  connected(ms = 5000): Promise<void> {
    if (this.pc.connectionState === 'connected') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not connected after ${ms} ms`)), ms);
      this.pc.connectionStateChange.subscribe((state) => {
        if (state !== 'connected') return;
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Sends one 20 ms frame now. */
  sendFrame(frame: Int16Array): void {
    const payloadType = this.codec === 'PCMU' ? 0 : 8;
    const header = {
      marker: false,
      payloadType,
      sequence: this.sequence++,
      timestamp: this.timestamp,
      ssrc: 1,
    };
    this.timestamp += frame.length;
    void this.transceiver?.sender.sendRtp(buildRtp(header, encode(frame, this.codec)));
  }

  /** Says PCM in real time, 20 ms packets. */
  async say(pcm: Int16Array): Promise<void> {
    for (let offset = 0; offset < pcm.length; offset += 160) {
      this.sendFrame(pcm.subarray(offset, offset + 160));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  heard(): Int16Array {
    const samples = new Int16Array(this.received.reduce((n, packet) => n + packet.samples.length, 0));
    let offset = 0;
    for (const packet of this.received) {
      samples.set(packet.samples, offset);
      offset += packet.samples.length;
    }
    return samples;
  }

  close(): Promise<void> {
    return this.pc.close();
  }
}
