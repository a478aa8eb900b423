import { RTCPeerConnection, RTCRtpCodecParameters, type RTCRtpTransceiver } from 'werift';
import type { Codec, MediaLeg, MediaPlane, PacketTransport } from '../media-plane.ts';
import { type CandidateInit, candidateAddress, confineSdp } from './ice.ts';
import type { LegStats } from './quality.ts';

/** What the leg says to the browser, over the console's signalling (the /v1/stream socket). */
export interface BrowserSignals {
  offer(sdp: string): void;
  /** The leg is over (hung up, or the browser dropped): the page closes its peer connection. */
  ended(reason: string): void;
}

export interface BrowserLegOptions {
  plane: MediaPlane;
  id: string;
  /** The one address ICE may use (127.0.0.1 in tests). */
  address: string;
  signals: BrowserSignals;
  /** How long the media may be lost (network gone, tab frozen) before the leg ends. */
  disconnectedGraceMs?: number;
  /** How long to wait for the local candidates before offering what was gathered. */
  gatherTimeoutMs?: number;
}

/** G.711 only, with its static payload types: a SIP leg bridges to it without transcoding. */
const codecs = [
  new RTCRtpCodecParameters({ mimeType: 'audio/PCMU', clockRate: 8000, payloadType: 0, channels: 1 }),
  new RTCRtpCodecParameters({ mimeType: 'audio/PCMA', clockRate: 8000, payloadType: 8, channels: 1 }),
];

/**
 * The browser's end of a call (SPEC S6): Switchboard's own RTCPeerConnection facing the
 * agent's page, offering PCMU/PCMA, its SRTP keys never leaving DTLS. Its audio is a leg of
 * the media plane, so it is bridged, played to, recorded and held like a SIP phone's leg.
 */
export class BrowserLeg {
  readonly leg: MediaLeg;
  private readonly pc: RTCPeerConnection;
  private readonly transceiver: RTCRtpTransceiver;
  private readonly allowed: ReadonlySet<string>;
  private readonly endListeners: ((reason: string) => void)[] = [];
  private graceTimer: NodeJS.Timeout | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private lastPacketAt = 0;
  private answered = false;
  private over = false;

  private constructor(private readonly options: BrowserLegOptions) {
    const { address } = options;
    this.allowed = new Set([address]);
    this.pc = new RTCPeerConnection({
      codecs: { audio: codecs },
      iceInterfaceAddresses: { udp4: address },
      iceAdditionalHostAddresses: [address],
      iceUseIpv6: false,
      iceFilterCandidatePair: (pair) => this.allowed.has(pair.localCandidate.host),
      headerExtensions: { audio: [] },
    });
    this.transceiver = this.pc.addTransceiver('audio', { direction: 'sendrecv' });
    let listener: ((datagram: Buffer) => void) | undefined;
    this.transceiver.onTrack.subscribe((track) => {
      track.onReceiveRtp.subscribe((rtp) => {
        this.lastPacketAt = performance.now();
        listener?.(rtp.serialize());
      });
    });
    const transport: PacketTransport = {
      local: { address, port: 0 },
      send: (datagram) => {
        if (this.pc.connectionState === 'connected') void this.transceiver.sender.sendRtp(datagram);
      },
      onPacket: (receive) => {
        listener = receive;
      },
      close: () => this.closePeer(),
    };
    this.leg = options.plane.attachLeg(options.id, transport);
    this.pc.connectionStateChange.subscribe((state) => this.onState(state));
  }

  /** Opens the leg and sends the browser the offer; the answer comes back through answer(). */
  static async open(options: BrowserLegOptions): Promise<BrowserLeg> {
    const browserLeg = new BrowserLeg(options);
    try {
      await browserLeg.offer();
    } catch (error) {
      browserLeg.close('could not make an offer');
      throw error;
    }
    return browserLeg;
  }

  /** The browser's answer: it picks PCMU or PCMA and the call's media starts once ICE and DTLS are up. */
  async answer(sdp: string): Promise<void> {
    if (this.over) throw new Error('the leg has ended');
    if (this.answered) throw new Error('the leg already has an answer');
    const codec = answeredCodec(sdp);
    if (!codec) throw new TypeError('sdp: the answer accepts neither PCMU nor PCMA');
    this.answered = true;
    await this.pc.setRemoteDescription({ type: 'answer', sdp });
    // The address is a placeholder: the peer connection, not the SDP, knows where the browser is.
    this.leg.connect({ address: this.options.address, port: 9, ...codec });
  }

  /** A candidate the browser trickled. Its own addresses are its business; ours are confined. */
  async addCandidate(candidate: CandidateInit): Promise<void> {
    if (this.over) return;
    if (candidateAddress(candidate.candidate) === undefined && candidate.candidate !== '') return;
    await this.pc.addIceCandidate(candidate);
  }

  /** Called once when the leg is over, with why (hung up, browser dropped, failed). */
  onEnded(listener: (reason: string) => void): void {
    this.endListeners.push(listener);
  }

  get state(): string {
    return this.pc.connectionState;
  }

  /** What the leg received from the browser and the round trip to it, from the peer connection's stats. */
  async stats(): Promise<LegStats> {
    const totals: LegStats = { packetsReceived: 0, packetsLost: 0 };
    let iceRtt: number | undefined;
    for (const stat of (await this.pc.getStats()).values() as Iterable<StatFields>) {
      if (stat.type === 'inbound-rtp') {
        totals.packetsReceived += stat.packetsReceived ?? 0;
        totals.packetsLost += stat.packetsLost ?? 0;
        if (stat.jitter !== undefined) totals.jitter = Math.max(totals.jitter ?? 0, stat.jitter);
      } else if (stat.type === 'remote-inbound-rtp' && stat.roundTripTime !== undefined)
        totals.roundTripTime = stat.roundTripTime;
      else if (stat.type === 'candidate-pair' && stat.currentRoundTripTime !== undefined)
        iceRtt = stat.currentRoundTripTime;
    }
    totals.roundTripTime ??= iceRtt;
    return totals;
  }

  /** Hangs up: the plane leg closes and the browser is told. */
  close(reason = 'hung up'): void {
    this.end(reason);
  }

  private async offer(): Promise<void> {
    const offer = await this.pc.createOffer();
    await this.pc.setLocalDescription(offer);
    await this.gathered();
    const sdp = this.pc.localDescription?.sdp;
    if (!sdp) throw new Error('werift produced no local description');
    this.options.signals.offer(confineSdp(sdp, this.allowed));
  }

  private gathered(): Promise<void> {
    if (this.pc.iceGatheringState === 'complete') return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.options.gatherTimeoutMs ?? 2000);
      this.pc.iceGatheringStateChange.subscribe((state) => {
        if (state !== 'complete') return;
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private onState(state: string): void {
    if (state === 'connected') {
      clearTimeout(this.graceTimer);
      this.graceTimer = undefined;
      this.watch();
      return;
    }
    if (state === 'failed' || state === 'closed') return this.end(`browser media ${state}`);
    if (state === 'disconnected' && !this.graceTimer)
      this.graceTimer = setTimeout(
        () => this.end('browser media lost'),
        this.options.disconnectedGraceMs ?? 4000,
      );
  }

  /**
   * A page sends audio every 20 ms while it is open (silence when muted), so media stopping
   * for the grace period means the browser is gone, even when ICE has not noticed yet.
   */
  private watch(): void {
    if (this.watchdog) return;
    const graceMs = this.options.disconnectedGraceMs ?? 4000;
    this.lastPacketAt = performance.now();
    this.watchdog = setInterval(() => {
      if (performance.now() - this.lastPacketAt > graceMs) this.end('browser media lost');
    }, 500);
    this.watchdog.unref();
  }

  private end(reason: string): void {
    if (this.announceEnd(reason)) this.leg.close();
  }

  /** Tells the browser and the listeners, once; false if the leg had already ended. */
  private announceEnd(reason: string): boolean {
    if (this.over) return false;
    this.over = true;
    clearTimeout(this.graceTimer);
    clearInterval(this.watchdog);
    this.options.signals.ended(reason);
    for (const listener of this.endListeners) listener(reason);
    return true;
  }

  /** The plane closes the leg (directly, or through end()): the peer connection goes with it. */
  private async closePeer(): Promise<void> {
    this.announceEnd('hung up');
    await this.pc.close().catch(() => undefined);
  }
}

/** The getStats fields a leg's quality reads (werift types them per kind; one shape here). */
interface StatFields {
  type: string;
  packetsReceived?: number;
  packetsLost?: number;
  jitter?: number;
  roundTripTime?: number;
  currentRoundTripTime?: number;
}

/** The codec the browser's answer puts first on its audio line (PCMU 0 or PCMA 8). */
export function answeredCodec(sdp: string): { codec: Codec; payloadType: number } | undefined {
  const media = /^m=audio \d+ \S+ ([\d ]+)$/m.exec(sdp);
  if (!media) return undefined;
  for (const format of media[1]!.trim().split(' ')) {
    if (format === '0') return { codec: 'PCMU', payloadType: 0 };
    if (format === '8') return { codec: 'PCMA', payloadType: 8 };
  }
  return undefined;
}
