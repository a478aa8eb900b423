import type { PageMessage } from '../../../../src/api/signalling.ts';
import type { SignallingMessage } from '../../api/types.ts';
import { isPoor, type Quality, readQuality } from './quality.ts';

interface Leg {
  pc: RTCPeerConnection;
  counters: { lost: number; received: number };
}

/**
 * The page's end of each call leg the server opens: it answers the server's offer with the
 * microphone, plays what it receives on the chosen speaker, and reads the call's quality.
 * The server offers; the page never offers (no SIP, no ICE servers: loopback/LAN only).
 */
export class PageLegs {
  private readonly legs = new Map<string, Leg>();
  private readonly speaker = new Audio();
  private readonly statsTimer: ReturnType<typeof setInterval>;

  constructor(
    private readonly send: (message: PageMessage) => boolean,
    private readonly microphone: () => Promise<MediaStream | undefined>,
    private readonly onQuality: (quality: Quality | undefined) => void,
    private readonly onCount: (legs: number) => void,
  ) {
    this.speaker.autoplay = true;
    this.statsTimer = setInterval(() => void this.readStats(), 2000);
  }

  async receive(message: SignallingMessage): Promise<void> {
    if (message.type === 'webrtc.offer') return this.answer(message.legId, message.sdp);
    if (message.type === 'webrtc.ended') this.drop(message.legId, false);
  }

  /** Sends what the speaker plays to another output device, where the browser allows it. */
  async switchSpeaker(deviceId: string): Promise<void> {
    const element = this.speaker as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
    await element.setSinkId?.(deviceId);
  }

  /** The microphone changed: every live leg sends the new one. */
  async switchMicrophone(stream: MediaStream): Promise<void> {
    const [track] = stream.getAudioTracks();
    for (const { pc } of this.legs.values())
      for (const sender of pc.getSenders())
        if (sender.track?.kind !== 'video') await sender.replaceTrack(track ?? null);
  }

  /** A new socket is a new device: legs negotiated over the old one ended with it on the server. */
  reset(): void {
    for (const legId of [...this.legs.keys()]) this.drop(legId, false);
  }

  close(): void {
    clearInterval(this.statsTimer);
    this.reset();
  }

  private async answer(legId: string, sdp: string): Promise<void> {
    this.drop(legId, false);
    const pc = new RTCPeerConnection({ iceServers: [] });
    this.legs.set(legId, { pc, counters: { lost: 0, received: 0 } });
    this.onCount(this.legs.size);
    pc.ontrack = (event) => {
      this.speaker.srcObject = event.streams[0] ?? new MediaStream([event.track]);
    };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === 'failed') this.drop(legId);
    };
    await pc.setRemoteDescription({ type: 'offer', sdp });
    const stream = await this.microphone();
    const track = stream?.getAudioTracks()[0];
    const [transceiver] = pc.getTransceivers();
    // Without a microphone the agent still hears the caller (receive only).
    if (track && transceiver) {
      await transceiver.sender.replaceTrack(track);
      transceiver.direction = 'sendrecv';
    } else if (transceiver) transceiver.direction = 'recvonly';
    const answer = await pc.createAnswer();
    await pc.setLocalDescription(answer);
    // One answer with every candidate: on a LAN gathering takes milliseconds, and nothing can race it.
    await gathered(pc);
    if (this.legs.get(legId)?.pc !== pc) return;
    const local = pc.localDescription?.sdp ?? answer.sdp;
    // A browser that made no SDP cannot take the leg: it is hung up rather than left ringing.
    if (!local) return this.drop(legId);
    this.send({ type: 'webrtc.answer', legId, sdp: local });
  }

  private drop(legId: string, tell = true): void {
    const leg = this.legs.get(legId);
    if (!leg) return;
    this.legs.delete(legId);
    leg.pc.close();
    if (tell) this.send({ type: 'webrtc.hangup', legId });
    this.onCount(this.legs.size);
    if (this.legs.size === 0) this.onQuality(undefined);
  }

  private async readStats(): Promise<void> {
    for (const leg of this.legs.values()) {
      const { quality, counters } = readQuality(await leg.pc.getStats(), leg.counters);
      leg.counters = counters;
      this.onQuality(isPoor(quality) ? quality : undefined);
    }
  }
}

function gathered(pc: RTCPeerConnection): Promise<void> {
  if (pc.iceGatheringState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 2000);
    pc.addEventListener('icegatheringstatechange', () => {
      if (pc.iceGatheringState !== 'complete') return;
      clearTimeout(timer);
      resolve();
    });
  });
}
