import { createSocket, type Socket } from 'node:dgram';
import { isIP } from 'node:net';

export interface PortRange {
  portMin: number;
  portMax: number;
}

/**
 * The RTP ports of the configured range: even ones (RFC 3550 §11; the odd port above is left
 * for RTCP, which this plane does not use), handed out round-robin so a port just freed is not
 * reused at once (a late packet from the previous call would land in the next).
 */
export class PortPool {
  private readonly used = new Set<number>();
  private next: number;
  private readonly first: number;
  private readonly last: number;

  constructor(
    private readonly address: string,
    range: PortRange,
  ) {
    this.first = range.portMin + (range.portMin % 2);
    this.last = range.portMax - (range.portMax % 2);
    this.next = this.first;
  }

  /** A socket bound to a free even port; ports some other process holds are skipped. */
  async bind(): Promise<{ socket: Socket; port: number }> {
    const count = (this.last - this.first) / 2 + 1;
    for (let tried = 0; tried < count; tried++) {
      const port = this.next;
      this.next = port + 2 > this.last ? this.first : port + 2;
      if (this.used.has(port)) continue;
      this.used.add(port);
      const socket = await bindSocket(this.address, port);
      if (socket) return { socket, port };
      this.used.delete(port);
    }
    throw new Error(`no free RTP port between ${this.first} and ${this.last} on ${this.address}`);
  }

  free(port: number): void {
    this.used.delete(port);
  }
}

function bindSocket(address: string, port: number): Promise<Socket | undefined> {
  return new Promise((resolve, reject) => {
    const socket = createSocket({ type: isIP(address) === 6 ? 'udp6' : 'udp4' });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      socket.close();
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(undefined);
      else reject(error);
    });
    socket.bind({ address, port, exclusive: true }, () => {
      socket.removeAllListeners('error');
      // A send to a peer that went away can report ICMP unreachable: not the plane's failure.
      socket.on('error', () => {});
      resolve(socket);
    });
  });
}

/** The plane's options, checked once: a clear error names the field. */
export function validPlaneOptions(options: {
  address: string;
  portMin: number;
  portMax: number;
  inactivityMs?: number;
}) {
  const { address, portMin, portMax, inactivityMs } = options;
  if (typeof address !== 'string' || isIP(address) === 0)
    throw new TypeError(`address must be an IP address, got ${JSON.stringify(address)}`);
  for (const [field, value] of [
    ['portMin', portMin],
    ['portMax', portMax],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 65535)
      throw new TypeError(`${field} must be an integer from 1 to 65535, got ${JSON.stringify(value)}`);
  }
  if (portMin > portMax) throw new TypeError('portMin must not be above portMax');
  if (portMin + (portMin % 2) > portMax) throw new TypeError('portMin–portMax must hold an even port');
  if (inactivityMs !== undefined && (!Number.isFinite(inactivityMs) || inactivityMs <= 0))
    throw new TypeError('inactivityMs must be a positive number of milliseconds');
}
