import dgram from 'node:dgram';
import net from 'node:net';
import { type SipMessage, serialize } from './message.ts';
import { headerEnd, type ParseResult, parseMessage, skipBlankLines } from './parse.ts';

export type TransportKind = 'udp' | 'tcp';

/** Where a message came from or goes to. */
export interface Peer {
  transport: TransportKind;
  address: string;
  port: number;
}

export interface TransportOptions {
  host: string;
  /** 0 picks a free port (the same one for UDP and TCP). */
  port: number;
  /** Called with every message read, and with every refusal of the parser. */
  onMessage(message: SipMessage, from: Peer): void;
  onInvalid(result: Extract<ParseResult, { ok: false }>, from: Peer): void;
  onError?(error: Error): void;
}

/** A stream message (TCP) larger than this is refused and its connection closed. */
const maxStreamMessage = 64 * 1024;
const contentLengthRe = /^(?:content-length|l)[ \t]*:[ \t]*(\d+)[ \t]*$/im;

export const peerKey = (peer: { address: string; port: number }) => `${peer.address}:${peer.port}`;

/**
 * SIP over UDP and TCP on one address and port (RFC 3261 §18). Datagrams are one message
 * each; TCP streams are cut at Content-Length. Connections a peer opened are reused to reach
 * it (a phone behind NAT can only be reached that way).
 */
export class SipTransport {
  private udp: dgram.Socket | undefined;
  private tcp: net.Server | undefined;
  private readonly connections = new Map<string, net.Socket>();
  port = 0;

  constructor(private readonly options: TransportOptions) {}

  async listen(): Promise<void> {
    const tcp = net.createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      tcp.once('error', reject);
      tcp.listen(this.options.port, this.options.host, () => resolve());
    });
    this.tcp = tcp;
    this.port = (tcp.address() as net.AddressInfo).port;
    const udp = dgram.createSocket(this.options.host.includes(':') ? 'udp6' : 'udp4');
    udp.on('message', (data, info) =>
      this.received(data, { transport: 'udp', address: info.address, port: info.port }, false),
    );
    udp.on('error', (error) => this.options.onError?.(error));
    await new Promise<void>((resolve, reject) => {
      udp.once('error', reject);
      udp.bind(this.port, this.options.host, () => resolve());
    });
    this.udp = udp;
  }

  send(message: SipMessage, to: Peer): void {
    const bytes = serialize(message);
    if (to.transport === 'udp') {
      this.udp?.send(bytes, to.port, to.address);
      return;
    }
    const socket = this.connections.get(peerKey(to)) ?? this.connect(to);
    socket.write(bytes);
  }

  async close(): Promise<void> {
    for (const socket of this.connections.values()) socket.destroy();
    this.connections.clear();
    await Promise.all([
      new Promise<void>((resolve) => (this.udp ? this.udp.close(() => resolve()) : resolve())),
      new Promise<void>((resolve) => (this.tcp ? this.tcp.close(() => resolve()) : resolve())),
    ]);
    this.udp = undefined;
    this.tcp = undefined;
  }

  private connect(to: Peer): net.Socket {
    const socket = net.createConnection({ host: to.address, port: to.port });
    this.track(socket, to);
    return socket;
  }

  private accept(socket: net.Socket): void {
    this.track(socket, {
      transport: 'tcp',
      address: socket.remoteAddress ?? '',
      port: socket.remotePort ?? 0,
    });
  }

  private track(socket: net.Socket, peer: Peer): void {
    const key = peerKey(peer);
    this.connections.set(key, socket);
    let buffered: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      buffered = this.frame(buffered, peer, socket);
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      if (this.connections.get(key) === socket) this.connections.delete(key);
    });
  }

  /** Delivers every complete message in the buffer; returns what is left of it. */
  private frame(data: Buffer, peer: Peer, socket: net.Socket): Buffer {
    let rest = data.subarray(skipBlankLines(data));
    for (;;) {
      const bounds = headerEnd(rest);
      if (!bounds) break;
      const length = contentLengthRe.exec(rest.subarray(0, bounds.end).toString('latin1'))?.[1];
      if (length === undefined || Number(length) > maxStreamMessage) {
        // Without a trustworthy length the stream cannot be cut again: answer and hang up.
        this.received(rest.subarray(0, bounds.bodyStart), peer, true);
        socket.end();
        return Buffer.alloc(0);
      }
      const total = bounds.bodyStart + Number(length);
      if (rest.length < total) break;
      this.received(rest.subarray(0, total), peer, true);
      rest = rest.subarray(total);
      rest = rest.subarray(skipBlankLines(rest));
    }
    if (rest.length > maxStreamMessage) {
      socket.destroy();
      return Buffer.alloc(0);
    }
    return Buffer.from(rest);
  }

  private received(data: Buffer, from: Peer, stream: boolean): void {
    if (skipBlankLines(data) === data.length) return; // keep-alive
    const result = parseMessage(data, { stream });
    try {
      if (result.ok) this.options.onMessage(result.message, from);
      else this.options.onInvalid(result, from);
    } catch (error) {
      // A handler's bug costs one message, never the socket loop.
      this.options.onError?.(error as Error);
    }
  }
}
