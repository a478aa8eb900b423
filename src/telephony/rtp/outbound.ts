import { randomInt } from 'node:crypto';
import { buildRtp } from './packet.ts';

/**
 * One leg's outgoing RTP stream: its own SSRC, and sequence numbers and timestamps that run on
 * whatever the leg hears (a prompt, then a relayed leg, then hold music), so the peer sees one
 * continuous stream. Random starting points, as RFC 3550 asks.
 */
export class OutboundStream {
  readonly ssrc = randomInt(0, 2 ** 32 - 1);
  private sequence = randomInt(0, 65536);
  /** The RTP time of the next sample to send. */
  timestamp = randomInt(0, 2 ** 32 - 1);
  /** Set when the audio's origin changes, so the next packet carries the marker bit. */
  private restart = true;

  /** An audio packet of `payload`, one byte per sample (G.711); the clock moves on by its length. */
  audio(payloadType: number, payload: Uint8Array): Buffer {
    const datagram = this.packet(payloadType, payload, this.timestamp, this.restart);
    this.restart = false;
    this.advance(payload.length);
    return datagram;
  }

  /** A packet stamped with an earlier time (telephone-events keep their start time); the clock does not move. */
  packet(payloadType: number, payload: Uint8Array, timestamp: number, marker: boolean): Buffer {
    const datagram = buildRtp(
      { marker, payloadType, sequence: this.sequence, timestamp, ssrc: this.ssrc },
      payload,
    );
    this.sequence = (this.sequence + 1) & 0xffff;
    return datagram;
  }

  advance(samples: number): void {
    this.timestamp = (this.timestamp + samples) >>> 0;
  }

  /** The next audio packet starts a talkspurt (marker bit): the audio comes from somewhere else now. */
  newTalkspurt(): void {
    this.restart = true;
  }
}
