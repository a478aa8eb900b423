import { performance } from 'node:perf_hooks';
import type { AudioSource, Codec, MediaLeg, MediaPlane, PacketTransport, Recording } from '../media-plane.ts';
import { Clock } from './clock.ts';
import { frameSamples, type Hearing, type LegHost, RtpLeg } from './leg.ts';
import { mix } from './mix.ts';
import { playerFor, silence } from './player.ts';
import { PortPool, validPlaneOptions } from './ports.ts';
import { PlaneRecording } from './recording.ts';
import { generateHoldMusic } from './sounds.ts';
import { AttachedTransport, UdpTransport } from './transport.ts';

export interface PlaneOptions {
  address: string;
  portMin: number;
  portMax: number;
  inactivityMs?: number;
  holdMusic?: Int16Array;
}

const defaultInactivityMs = 30_000;

/**
 * The anchored media plane (SPEC S3): legs, what each hears, and the one 20 ms clock that
 * sends generated audio and mixes. Bridged legs relay each packet the moment it arrives, so
 * the clock adds no delay to a two-party call; it runs while any leg is open.
 */
export class RtpMediaPlane implements MediaPlane, LegHost {
  private readonly legs = new Map<string, RtpLeg>();
  private readonly recordings = new Set<PlaneRecording>();
  private readonly ports: PortPool;
  private readonly clock = new Clock((now) => this.tick(now));
  private readonly holdMusic: Int16Array;
  private readonly inactivityMs: number;
  private readonly frame = new Int16Array(frameSamples);
  private readonly scratch = new Int16Array(frameSamples * 4);
  private pendingEnds: (() => void)[] = [];
  private closed = false;

  constructor(private readonly options: PlaneOptions) {
    validPlaneOptions(options);
    if (
      options.holdMusic !== undefined &&
      !(options.holdMusic instanceof Int16Array && options.holdMusic.length > 0)
    )
      throw new TypeError('holdMusic must be a non-empty Int16Array of 8 kHz samples');
    this.ports = new PortPool(options.address, options);
    this.holdMusic = options.holdMusic ?? generateHoldMusic();
    this.inactivityMs = options.inactivityMs ?? defaultInactivityMs;
  }

  async openLeg(id: string): Promise<MediaLeg> {
    this.checkNewLeg(id);
    const { socket, port } = await this.ports.bind();
    const transport = new UdpTransport(socket, () => this.ports.free(port));
    try {
      this.checkNewLeg(id);
    } catch (error) {
      // The plane closed, or the same id was opened, while the port was being bound.
      await transport.close();
      throw error;
    }
    return this.add(new RtpLeg(id, transport, this.options.address, port, this));
  }

  attachLeg(id: string, packets: PacketTransport): MediaLeg {
    this.checkNewLeg(id);
    const valid =
      typeof packets === 'object' &&
      packets !== null &&
      typeof packets.send === 'function' &&
      typeof packets.onPacket === 'function' &&
      typeof packets.close === 'function';
    if (!valid) throw new TypeError('transport must have send, onPacket and close');
    const { address, port } = packets.local ?? {};
    if (typeof address !== 'string' || !Number.isInteger(port))
      throw new TypeError('transport.local must be { address, port }');
    return this.add(new RtpLeg(id, new AttachedTransport(packets), address, port as number, this));
  }

  bridge(a: MediaLeg, b: MediaLeg): void {
    const [first, second] = this.own([a, b], 'bridge');
    if (first === second) throw new TypeError('bridge needs two different legs');
    this.hear(first, { kind: 'bridge', other: second });
    this.hear(second, { kind: 'bridge', other: first });
  }

  conference(legs: MediaLeg[]): void {
    const members = new Set(this.own(legs, 'conference'));
    if (members.size < 2) throw new TypeError('conference needs at least two different legs');
    for (const leg of members) this.hear(leg, { kind: 'conference', members });
  }

  listen(leg: MediaLeg, sources: MediaLeg[]): void {
    const [listener] = this.own([leg], 'listen');
    const heard = new Set(this.own(sources, 'listen'));
    heard.delete(listener!);
    if (heard.size === 0) throw new TypeError('listen needs at least one other leg to hear');
    this.hear(listener!, { kind: 'mix', sources: heard });
  }

  record(legs: MediaLeg[]): Recording {
    const recorded = new Set(this.own(legs, 'record'));
    if (recorded.size === 0) throw new TypeError('record needs at least one leg');
    const recording = new PlaneRecording(recorded, (stopped) => {
      this.recordings.delete(stopped);
      this.refreshCollecting();
    });
    this.recordings.add(recording);
    this.refreshCollecting();
    return recording;
  }

  private checkNewLeg(id: string): void {
    if (typeof id !== 'string' || id === '') throw new TypeError('id must be a non-empty string');
    if (this.closed) throw new Error('the media plane is closed');
    if (this.legs.has(id)) throw new Error(`leg ${id} is already open`);
  }

  private add(leg: RtpLeg): RtpLeg {
    this.legs.set(leg.id, leg);
    this.clock.start();
    return leg;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.legs.values()].map((leg) => this.release(leg)));
    this.clock.stop();
  }

  play(leg: RtpLeg, source: AudioSource, onEnd?: () => void): void {
    this.hear(leg, { kind: 'player', player: playerFor(source, this.holdMusic, onEnd) });
  }

  heard(leg: RtpLeg, payload: Buffer, codec: Codec, marker: boolean): void {
    if (leg.hearing.kind === 'bridge') leg.hearing.other.relay(payload, codec, marker);
    if (leg.collecting) leg.collect(payload, codec, this.scratch);
  }

  release(leg: RtpLeg): Promise<void> {
    if (leg.closed) return Promise.resolve();
    this.leave(leg);
    leg.closed = true;
    this.legs.delete(leg.id);
    for (const recording of this.recordings) recording.legs.delete(leg);
    for (const other of this.legs.values())
      if (other.hearing.kind === 'mix') other.hearing.sources.delete(leg);
    if (this.legs.size === 0) this.clock.stop();
    return leg.transport.close();
  }

  now(): number {
    return performance.now();
  }

  /** The plane's own open legs, for a call naming `operation`: legs of another plane or closed ones are refused. */
  private own(legs: MediaLeg[], operation: string): RtpLeg[] {
    if (!Array.isArray(legs)) throw new TypeError(`${operation} needs an array of legs`);
    return legs.map((leg) => {
      if (!(leg instanceof RtpLeg) || this.legs.get(leg.id) !== leg)
        throw new TypeError(`${operation}: leg ${String(leg?.id)} is not open on this media plane`);
      return leg;
    });
  }

  /** Gives a leg something new to hear: it leaves its bridge (the other side hears silence) or conference. */
  private hear(leg: RtpLeg, hearing: Hearing): void {
    this.leave(leg);
    leg.hearing = hearing;
    leg.newTalkspurt();
    this.refreshCollecting();
  }

  private leave(leg: RtpLeg): void {
    const { hearing } = leg;
    if (
      hearing.kind === 'bridge' &&
      hearing.other.hearing.kind === 'bridge' &&
      hearing.other.hearing.other === leg
    )
      hearing.other.hearing = { kind: 'player', player: silence() };
    if (hearing.kind === 'conference') hearing.members.delete(leg);
    leg.hearing = { kind: 'player', player: silence() };
  }

  private refreshCollecting(): void {
    const mixed = new Set<RtpLeg>();
    for (const leg of this.legs.values())
      if (leg.hearing.kind === 'mix') for (const source of leg.hearing.sources) mixed.add(source);
    for (const leg of this.legs.values()) {
      const collecting =
        leg.hearing.kind === 'conference' ||
        mixed.has(leg) ||
        [...this.recordings].some((recording) => recording.legs.has(leg));
      if (collecting && !leg.collecting) leg.inbound.clear();
      leg.collecting = collecting;
    }
  }

  private tick(now: number): void {
    for (const leg of this.legs.values()) if (leg.collecting) leg.inbound.take(leg.said);
    for (const leg of this.legs.values()) this.send(leg);
    for (const recording of this.recordings) recording.capture();
    for (const leg of this.legs.values()) leg.checkInactive(now, this.inactivityMs);
    const ends = this.pendingEnds;
    this.pendingEnds = [];
    for (const onEnd of ends) onEnd();
  }

  /** One tick of what the leg hears, unless it hears a bridged leg (relayed as packets arrive). */
  private send(leg: RtpLeg): void {
    const { frame } = this;
    const { hearing } = leg;
    if (leg.sendingDigit) return leg.sendDigitTick(frame);
    if (hearing.kind === 'bridge') return;
    if (hearing.kind === 'conference') {
      mix(hearing.members, frame, leg);
      return leg.sendSamples(frame);
    }
    if (hearing.kind === 'mix') {
      mix(hearing.sources, frame);
      return leg.sendSamples(frame);
    }
    const ended = hearing.player.next(frame);
    leg.sendSamples(frame);
    if (!ended) return;
    leg.hearing = { kind: 'player', player: silence() };
    if (hearing.player.onEnd) this.pendingEnds.push(hearing.player.onEnd);
  }
}
