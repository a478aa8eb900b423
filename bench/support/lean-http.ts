import { connect, type Socket } from 'node:net';

export interface Answer {
  status: number;
  text: string;
}

const headEnd = Buffer.from('\r\n\r\n');

/**
 * A lean HTTP/1.1 client for load generators that share the machine with the server they
 * measure: one keep-alive connection, one request at a time (a closed-loop caller), the
 * request written as one string and the answer read by its status line and Content-Length.
 * Node's http client costs several times the CPU per request (header objects, an agent,
 * URL parsing), which on a 2-core machine is taken from the server being measured. It is
 * still plain HTTP on a TCP socket: the server parses every request in full.
 * Answers with a chunked body are refused (the server under test sends lengths).
 */
export class LeanConnection {
  private readonly socket: Socket;
  private readonly ready: Promise<void>;
  private buffered: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (answer: Answer) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;

  constructor(
    origin: string,
    private readonly fixedHeaders: string,
  ) {
    const url = new URL(origin);
    this.socket = connect({ host: url.hostname, port: Number(url.port), noDelay: true });
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
    this.socket.on('data', (chunk: Buffer) => this.received(chunk));
    this.socket.on('error', (error) => this.fail(error));
    this.socket.on('close', () => this.fail(new Error('connection closed')));
  }

  async send(method: string, path: string, body?: string): Promise<Answer> {
    await this.ready;
    if (this.failure) throw this.failure;
    if (this.waiting) throw new Error('one request at a time on a lean connection');
    const length = body === undefined ? 0 : Buffer.byteLength(body);
    const type = body === undefined ? '' : 'content-type: application/json\r\n';
    this.socket.write(
      `${method} ${path} HTTP/1.1\r\n${this.fixedHeaders}${type}content-length: ${length}\r\n\r\n${body ?? ''}`,
    );
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  close(): void {
    this.socket.destroy();
  }

  private received(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const end = this.buffered.indexOf(headEnd);
    if (end < 0) return;
    const head = this.buffered.toString('latin1', 0, end);
    const status = Number(head.slice(9, 12));
    const lower = head.toLowerCase();
    if (lower.includes('\r\ntransfer-encoding:')) return this.fail(new Error('chunked answers are not read'));
    const at = lower.indexOf('\r\ncontent-length:');
    const length = at < 0 ? 0 : Number.parseInt(lower.slice(at + 17, lower.indexOf('\r\n', at + 17)), 10);
    const total = end + 4 + length;
    if (this.buffered.length < total) return;
    const text = this.buffered.toString('utf8', end + 4, total);
    this.buffered = this.buffered.subarray(total);
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.resolve({ status, text });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }
}
