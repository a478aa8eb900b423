/**
 * The anchored media plane a real telephony driver (SIP, later WebRTC) drives (SPEC S3):
 * every leg of a call has its own RTP endpoint on this node, and the plane decides what each
 * leg hears (a prompt, a tone, hold music, another leg, a mix) and what it records.
 *
 * Signalling (SIP/SDP) never touches RTP packets; it opens a leg, tells it where the peer
 * listens (from the peer's SDP) and advertises the leg's local address in its own SDP.
 * Implemented by src/telephony/rtp/.
 */

/** G.711 only: every SIP phone and browser speaks it, so legs bridge without transcoding. */
export type Codec = 'PCMU' | 'PCMA';

/** Where and how a peer wants to receive RTP, read from its SDP. */
export interface RemoteMedia {
  address: string;
  port: number;
  codec: Codec;
  /** The payload type the peer uses for the codec (0 for PCMU, 8 for PCMA unless remapped). */
  payloadType: number;
  /** RFC 4733 telephone-event payload type, when the peer offered it. */
  telephoneEventPayloadType?: number;
  /** a=sendonly / a=inactive from the peer (its hold button): it stops listening. */
  direction?: 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';
}

/** What a leg hears when it is not bridged to another leg. */
export type AudioSource =
  | { kind: 'silence' }
  /** Ring-free tone (ringback), busy tone: generated, never files. */
  | { kind: 'tone'; tone: 'ringback' | 'busy' | 'beep' }
  /** Hold music, looped until something else is played. */
  | { kind: 'hold_music' }
  /** A prompt (welcome, IVR menu, closed message, voicemail greeting): 8 kHz 16-bit mono PCM. */
  | { kind: 'prompt'; pcm: Int16Array; loop?: boolean };

export interface MediaLeg {
  readonly id: string;
  /** The local RTP address and port to advertise in SDP for this leg. */
  readonly local: { address: string; port: number };
  /** Sets (or, on a re-INVITE, replaces) where this leg's audio goes. */
  connect(remote: RemoteMedia): void;
  /** Plays a source to this leg, replacing whatever it heard; ends any bridge it was in. */
  play(source: AudioSource, onEnd?: () => void): void;
  /** RFC 4733 digits the peer pressed, one call per key press (end of event). */
  onDigit(listener: (digit: string) => void): void;
  /** Sends an RFC 4733 digit to the peer (an agent's keypad toward the SIP side). */
  sendDigit(digit: string): void;
  /** No RTP received for `afterMs` (30 s by default) while the leg expected some. */
  onInactive(listener: () => void): void;
  /** Frees the port; the leg hears and sends nothing more. */
  close(): void;
}

export interface Recording {
  /** Stops and returns the WAV (8 kHz, 16-bit, mono mix of the recorded legs). */
  stop(): Uint8Array;
}

/**
 * A leg's RTP carried by something other than a UDP port of the plane: a browser's WebRTC
 * peer connection (SRTP inside DTLS), which already knows its peer. Datagrams are plain RTP.
 */
export interface PacketTransport {
  /** What the leg reports as its local address (a browser leg advertises nothing in SDP). */
  readonly local: { address: string; port: number };
  send(datagram: Buffer): void;
  onPacket(listener: (datagram: Buffer) => void): void;
  close(): void | Promise<void>;
}

export interface MediaPlane {
  /** Opens a leg on a free port of the configured range. */
  openLeg(id: string): Promise<MediaLeg>;
  /**
   * Opens a leg whose RTP travels over `transport` (a browser's peer connection): it plays,
   * bridges, records and relays digits like any leg. `connect` still tells it the peer's codec.
   */
  attachLeg(id: string, transport: PacketTransport): MediaLeg;
  /** Two-way audio between two legs (what each hears is the other). */
  bridge(a: MediaLeg, b: MediaLeg): void;
  /** Every leg hears the mix of the others (the assisted transfer's "bring together"). */
  conference(legs: MediaLeg[]): void;
  /** R4: `leg` hears the mix of `sources`, one way: they do not hear it (listen, whisper). */
  listen(leg: MediaLeg, sources: MediaLeg[]): void;
  /** Records what the given legs say (both directions of a call when given both legs). */
  record(legs: MediaLeg[]): Recording;
  /** Closes every leg and socket. */
  close(): Promise<void>;
}
