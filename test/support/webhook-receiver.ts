import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: Record<string, string | string[] | undefined>;
  /** The raw body, exactly as signed. */
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: the parsed public message.
  json: any;
}

/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests: records every request, and answers
 * with what `respond` says (200 unless told otherwise).
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  respond: (request: Received) => number = () => 200;
  private server: Server | undefined;
  private waiters: Array<() => void> = [];

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const request = { headers: req.headers, body, json: JSON.parse(body) };
        this.received.push(request);
        res.statusCode = this.respond(request);
        res.end();
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** Waits (up to `ms`) until `check` holds over what was received. */
  async until(check: (received: Received[]) => boolean, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check(this.received)) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`receiver: condition not met in ${ms} ms; got ${this.received.length} requests`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
