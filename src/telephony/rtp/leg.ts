import type { AudioSource, Codec, MediaLeg, RemoteMedia } from '../media-plane.ts';
import { DigitSender } from './digit-sender.ts';
import { decode, encode, transcode } from './g711.ts';
import { OutboundStream } from './outbound.ts';
import { parseRtp } from './packet.ts';
import { Player, silence } from './player.ts';
import { validRemote } from './remote.ts';
import { SampleQueue } from './sample-queue.ts';
import { dtmf } from './sounds.ts';
import { DigitReceiver, isDigit } from './telephone-event.ts';
import type { LegTransport } from './transport.ts';

export const frameSamples = 160;

/** What a leg hears: generated audio, the other leg of a bridge, a conference's mix, or a one-way mix. */
export type Hearing =
  | { kind: 'player'; player: Player }
  | { kind: 'bridge'; other: RtpLeg }
  | { kind: 'conference'; members: Set<RtpLeg> }
  /** R4: a one-way mix of these legs (a supervisor listening, an agent hearing a whisper). */
  | { kind: 'mix'; sources: Set<RtpLeg> };

/** The plane, as a leg sees it: it decides what the leg hears and who takes its audio. */
export interface LegHost {
  play(leg: RtpLeg, source: AudioSource, onEnd?: () => void): void;
  heard(leg: RtpLeg, payload: Buffer, codec: Codec, marker: boolean): void;
  release(leg: RtpLeg): void;
  now(): number;
}

/**
 * One anchored RTP endpoint facing one peer (a phone, a carrier, a browser): its transport is
 * a UDP port on this node or a browser's peer connection. It knows RTP; what it hears and
 * where its audio goes is the plane's business.
 */
export class RtpLeg implements MediaLeg {
  readonly local: { address: string; port: number };
  hearing: Hearing = { kind: 'player', player: silence() };
  /** Whether a mix (conference, recording) reads what this leg says, tick by tick. */
  collecting = false;
  readonly inbound = new SampleQueue();
  /** What the leg said during the current tick, taken from `inbound` by the plane. */
  readonly said = new Int16Array(frameSamples);
  closed = false;

  private remote: RemoteMedia | undefined;
  private lastSsrc: number | undefined;
  private lastHeardAt = 0;
  private inactiveReported = false;
  private readonly stream = new OutboundStream();
  private readonly events = new DigitSender();
  private eventTimestamp = 0;
  private inband: Player | undefined;
  private readonly inbandDigits: string[] = [];
  private readonly digitListeners: ((digit: string) => void)[] = [];
  private readonly inactiveListeners: (() => void)[] = [];
  private readonly digits = new DigitReceiver((digit) => {
    for (const listener of this.digitListeners) listener(digit);
  });

  constructor(
    readonly id: string,
    readonly transport: LegTransport,
    address: string,
    port: number,
    private readonly host: LegHost,
  ) {
    this.local = { address, port };
    transport.onDatagram((datagram, from) => this.receive(datagram, from));
  }

  connect(remote: RemoteMedia): void {
    const checked = validRemote(remote);
    if (this.closed) return;
    const moved = this.remote?.address !== checked.address || this.remote?.port !== checked.port;
    if (moved) this.transport.aim({ address: checked.address, port: checked.port });
    if (this.remote?.codec !== checked.codec) this.stream.newTalkspurt();
    this.remote = checked;
    this.lastHeardAt = this.host.now();
    this.inactiveReported = false;
  }

  play(source: AudioSource, onEnd?: () => void): void {
    if (!this.closed) this.host.play(this, source, onEnd);
  }

  onDigit(listener: (digit: string) => void): void {
    this.digitListeners.push(listener);
  }

  sendDigit(digit: string): void {
    if (typeof digit !== 'string' || !isDigit(digit))
      throw new TypeError(`digit must be one of 0-9 * # A-D, got ${JSON.stringify(digit)}`);
    // Before the peer's SDP there is nowhere to send a press, and a late one would land out of context.
    if (this.closed || !this.remote) return;
    if (this.remote.telephoneEventPayloadType !== undefined) this.events.enqueue(digit);
    else this.inbandDigits.push(digit);
  }

  onInactive(listener: () => void): void {
    this.inactiveListeners.push(listener);
  }

  close(): void {
    if (!this.closed) this.host.release(this);
  }

  /** Whether the peer listens: a peer on hold (sendonly, inactive) is sent nothing. */
  get listening(): boolean {
    const direction = this.remote?.direction ?? 'sendrecv';
    return this.remote !== undefined && (direction === 'sendrecv' || direction === 'recvonly');
  }

  /** Sends one frame of generated audio. */
  sendSamples(frame: Int16Array): void {
    if (!this.listening) return;
    this.send(this.stream.audio(this.remote!.payloadType, encode(frame, this.remote!.codec)));
  }

  /** Forwards another leg's packet as it arrives, re-coded only when the laws differ. */
  relay(payload: Buffer, codec: Codec, marker: boolean): void {
    if (!this.listening || this.sendingDigit) return;
    if (marker) this.stream.newTalkspurt();
    const { payloadType, codec: to } = this.remote!;
    this.send(this.stream.audio(payloadType, transcode(payload, codec, to)));
  }

  /** The audio comes from somewhere else now: the next packet carries the marker bit. */
  newTalkspurt(): void {
    this.stream.newTalkspurt();
  }

  get sendingDigit(): boolean {
    return this.events.busy || this.inband !== undefined || this.inbandDigits.length > 0;
  }

  /** This tick's share of a key press being sent (an RFC 4733 packet or in-band DTMF). */
  sendDigitTick(frame: Int16Array): void {
    if (!this.remote) return;
    if (this.events.busy) return this.sendEventTick();
    this.inband ??= new Player(dtmf(this.inbandDigits.shift()!), false);
    if (this.inband.next(frame)) this.inband = undefined;
    this.sendSamples(frame);
  }

  private sendEventTick(): void {
    const packet = this.events.next();
    if (packet?.first) this.eventTimestamp = this.stream.timestamp;
    const payloadType = this.remote!.telephoneEventPayloadType!;
    if (packet && this.listening)
      this.send(this.stream.packet(payloadType, packet.payload, this.eventTimestamp, packet.first));
    this.stream.advance(frameSamples);
    if (!this.events.busy) this.stream.newTalkspurt();
  }

  /** Fires onInactive once per silence longer than `afterMs`, only while the peer should be sending. */
  checkInactive(now: number, afterMs: number): void {
    if (this.inactiveReported || !this.expectsMedia || now - this.lastHeardAt < afterMs) return;
    this.inactiveReported = true;
    for (const listener of this.inactiveListeners) listener();
  }

  /** A peer that put us on hold (sendonly, inactive) or only listens (recvonly) may send nothing. */
  private get expectsMedia(): boolean {
    return this.remote !== undefined && (this.remote.direction ?? 'sendrecv') === 'sendrecv';
  }

  private send(datagram: Buffer): void {
    this.transport.send(datagram);
  }

  private receive(datagram: Buffer, from?: { address: string; port: number }): void {
    const { remote } = this;
    if (this.closed || !remote) return;
    const packet = parseRtp(datagram);
    if (!packet) return;
    this.transport.confirm(from);
    if (packet.ssrc !== this.lastSsrc) {
      this.lastSsrc = packet.ssrc;
      this.digits.reset();
    }
    this.lastHeardAt = this.host.now();
    this.inactiveReported = false;
    if (packet.payloadType === remote.telephoneEventPayloadType) {
      this.digits.receive(packet.timestamp, packet.payload);
      return;
    }
    const codec = this.codecOf(packet.payloadType, remote);
    if (codec) this.host.heard(this, packet.payload, codec, packet.marker);
  }

  private codecOf(payloadType: number, remote: RemoteMedia): Codec | undefined {
    if (payloadType === remote.payloadType) return remote.codec;
    if (payloadType === 0) return 'PCMU';
    if (payloadType === 8) return 'PCMA';
    return undefined;
  }

  /** Decodes what the leg said into the queue the mixes read. */
  collect(payload: Buffer, codec: Codec, scratch: Int16Array): void {
    const samples = payload.length <= scratch.length ? scratch.subarray(0, payload.length) : undefined;
    this.inbound.push(decode(payload, codec, samples));
  }
}
