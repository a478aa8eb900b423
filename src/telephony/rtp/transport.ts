import type { RemoteInfo, Socket } from 'node:dgram';
import type { PacketTransport } from '../media-plane.ts';
import { PeerSocket } from './peer-socket.ts';

type Address = { address: string; port: number };

/**
 * How a leg's RTP datagrams reach its peer: the plane's own UDP port (a SIP phone, a carrier)
 * or a transport someone else owns (a browser's peer connection, SRTP inside DTLS). The leg
 * only builds and parses RTP; where the bytes go is the transport's business.
 */
export interface LegTransport {
  /** The peer's SDP says it listens at `target` (meaningless to a transport that knows its peer). */
  aim(target: Address): void;
  send(datagram: Buffer): void;
  /** Each datagram received, with where it came from (opaque to the leg). */
  onDatagram(listener: (datagram: Buffer, from?: Address) => void): void;
  /** A datagram from `from` was the peer's RTP: for UDP, that is where the peer really is. */
  confirm(from: Address | undefined): void;
  close(): Promise<void>;
}

/** A leg's UDP port on this node, latched to where the peer really sends from (symmetric RTP). */
export class UdpTransport implements LegTransport {
  private readonly peer: PeerSocket;

  constructor(
    private readonly socket: Socket,
    private readonly onClosed: () => void,
  ) {
    this.peer = new PeerSocket(socket);
  }

  aim(target: Address): void {
    this.peer.aim(target);
  }

  send(datagram: Buffer): void {
    this.peer.send(datagram);
  }

  onDatagram(listener: (datagram: Buffer, from?: Address) => void): void {
    this.socket.on('message', (datagram: Buffer, from: RemoteInfo) => listener(datagram, from));
  }

  confirm(from: Address | undefined): void {
    if (from && !this.peer.isLatched) this.peer.latch(from);
  }

  close(): Promise<void> {
    return new Promise((resolve) =>
      this.socket.close(() => {
        this.onClosed();
        resolve();
      }),
    );
  }
}

/** A transport handed to the plane from outside (MediaPlane.attachLeg): it already knows its peer. */
export class AttachedTransport implements LegTransport {
  constructor(private readonly packets: PacketTransport) {}

  aim(): void {}

  send(datagram: Buffer): void {
    this.packets.send(datagram);
  }

  onDatagram(listener: (datagram: Buffer) => void): void {
    this.packets.onPacket(listener);
  }

  confirm(): void {}

  async close(): Promise<void> {
    await this.packets.close();
  }
}
