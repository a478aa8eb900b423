import type { Socket } from 'node:dgram';

type Address = { address: string; port: number };

/**
 * A leg's socket and where its packets go. Until the peer's first packet it sends where the
 * SDP said; that packet says where the peer really is (symmetric RTP, for phones behind NAT),
 * and the socket is then connected to it: the kernel routes once rather than per packet, and
 * packets from anywhere else are no longer accepted (no injected audio).
 */
export class PeerSocket {
  private target: Address | undefined;
  private latched = false;
  /** The address the kernel socket is connected to, once connect() has completed. */
  private connected: Address | undefined;
  private connecting = false;

  constructor(readonly socket: Socket) {}

  get isLatched(): boolean {
    return this.latched;
  }

  /** Sends to where the SDP says, until the peer's first packet says otherwise. */
  aim(target: Address): void {
    this.target = target;
    this.latched = false;
    this.disconnect();
  }

  /** The peer's first packet came from `from`: it is where the peer listens. */
  latch(from: Address): void {
    this.latched = true;
    this.target = { address: from.address, port: from.port };
    if (this.connecting || this.connected) return;
    this.connecting = true;
    const target = this.target;
    this.socket.connect(target.port, target.address, (error?: Error) => {
      this.connecting = false;
      if (error) return;
      this.connected = target;
      // The peer moved (a re-INVITE) while the socket was connecting.
      if (!this.latched || this.target !== target) this.disconnect();
    });
  }

  send(datagram: Buffer): void {
    if (this.connected) this.socket.send(datagram);
    else if (this.target) this.socket.send(datagram, this.target.port, this.target.address);
  }

  private disconnect(): void {
    if (!this.connected) return;
    this.connected = undefined;
    this.socket.disconnect();
  }
}
