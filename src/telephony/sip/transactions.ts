import { branchOf, cseqOf, makeResponse, sentByOf } from './build.ts';
import { ClientTransaction } from './client-transaction.ts';
import type { SipMessage, SipRequest, SipResponse } from './message.ts';
import type { Peer } from './transport.ts';

/**
 * RFC 3261 §17 transactions: the four state machines with their retransmission and timeout
 * timers (A/B/D client INVITE, E/F/K client non-INVITE, G/H/I server INVITE, J server
 * non-INVITE), plus RFC 6026's handling of 2xx to INVITE (the UAS core retransmits its 2xx
 * until the ACK; the UAC passes every 2xx up so it can ACK each).
 */

export interface Timing {
  t1: number;
  t2: number;
  t4: number;
}

export const defaultTiming: Timing = { t1: 500, t2: 4000, t4: 5000 };

type Timer = ReturnType<typeof setTimeout>;

export interface ClientHandlers {
  onResponse(response: SipResponse): void;
  /** Timer B or F fired, or the transport failed: RFC 3261 treats it as a 408. */
  onTimeout(): void;
}

export interface LayerHandlers {
  onRequest(transaction: ServerTransaction): void;
  /** An ACK to a 2xx (its own transaction, RFC 3261 §17.1.1.3). */
  onAck(request: SipRequest, from: Peer): void;
}

export class ServerTransaction {
  state: 'trying' | 'proceeding' | 'completed' | 'confirmed' | 'accepted' | 'terminated' = 'trying';
  last: SipResponse | undefined;
  /** Called when the peer CANCELs this INVITE before a final response. */
  onCancel: (() => void) | undefined;
  /** Called when a 2xx to this INVITE got no ACK within 64·T1 (the UAS should then BYE). */
  onNoAck: (() => void) | undefined;
  private timers: Timer[] = [];

  constructor(
    private readonly layer: TransactionLayer,
    readonly key: string,
    readonly request: SipRequest,
    readonly from: Peer,
  ) {}

  get isInvite(): boolean {
    return this.request.method === 'INVITE';
  }

  /** Sends a response built from the request (Vias, From, To, Call-ID, CSeq copied). */
  reply(status: number, extras: Parameters<typeof makeResponse>[2] = {}): SipResponse {
    const response = makeResponse(this.request, status, extras);
    this.respond(response);
    return response;
  }

  respond(response: SipResponse): void {
    if (this.state === 'completed' || this.state === 'confirmed' || this.state === 'terminated') return;
    if (this.state === 'accepted' && response.status >= 300) return;
    this.last = response;
    this.layer.transmit(response, this.from);
    if (response.status < 200) {
      this.state = 'proceeding';
      return;
    }
    const { t1, t2 } = this.layer.timing;
    const udp = this.from.transport === 'udp';
    if (!this.isInvite) {
      this.state = 'completed';
      this.after(udp ? 64 * t1 : 0, () => this.terminate()); // Timer J
      return;
    }
    if (response.status < 300) {
      this.state = 'accepted';
      this.layer.awaitAck(this);
      this.retransmit(t1, t2, udp); // the UAS core's 2xx retransmission (§13.3.1.4)
      this.after(64 * t1, () => {
        this.onNoAck?.();
        this.terminate();
      });
      return;
    }
    this.state = 'completed';
    if (udp) this.retransmit(t1, t2, true); // Timer G
    this.after(64 * t1, () => this.terminate()); // Timer H
  }

  /** The peer retransmitted the request: resend the last response. */
  retransmission(): void {
    if (this.last) this.layer.transmit(this.last, this.from);
  }

  acked(): void {
    if (this.state === 'accepted') {
      this.terminate();
      return;
    }
    if (this.state !== 'completed') return;
    this.state = 'confirmed';
    this.clearTimers();
    this.after(this.from.transport === 'udp' ? this.layer.timing.t4 : 0, () => this.terminate()); // Timer I
  }

  terminate(): void {
    this.state = 'terminated';
    this.clearTimers();
    this.layer.forget(this);
  }

  private retransmit(interval: number, cap: number, enabled: boolean): void {
    if (!enabled) return;
    this.after(interval, () => {
      if (this.state !== 'completed' && this.state !== 'accepted') return;
      this.retransmission();
      this.retransmit(Math.min(interval * 2, cap), cap, true);
    });
  }

  private after(ms: number, run: () => void): void {
    this.timers.push(setTimeout(run, ms));
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }
}

const serverKey = (message: SipMessage, method: string) =>
  `${branchOf(message) ?? ''}|${sentByOf(message)}|${method}`;
const ackKey = (message: SipMessage) => `${message.headers.get('Call-ID')}|${cseqOf(message)?.seq}`;

/** Matches messages to transactions and runs them over a transport. */
export class TransactionLayer {
  private readonly servers = new Map<string, ServerTransaction>();
  private readonly clients = new Map<string, ClientTransaction>();
  private readonly accepted = new Map<string, ServerTransaction>();

  constructor(
    private readonly send: (message: SipMessage, to: Peer) => void,
    readonly timing: Timing,
    private readonly handlers: LayerHandlers,
  ) {}

  transmit(message: SipMessage, to: Peer): void {
    this.send(message, to);
  }

  receive(message: SipMessage, from: Peer): void {
    if (message.kind === 'response') {
      const cseq = cseqOf(message);
      this.clients.get(`${branchOf(message)}|${cseq?.method}`)?.received(message);
      return;
    }
    if (message.method === 'ACK') return this.ack(message, from);
    const key = serverKey(message, message.method);
    const existing = this.servers.get(key);
    if (existing) return existing.retransmission();
    const transaction = new ServerTransaction(this, key, message, from);
    this.servers.set(key, transaction);
    if (message.method === 'CANCEL') return this.cancel(transaction);
    if (message.method === 'INVITE') transaction.reply(100);
    this.handlers.onRequest(transaction);
  }

  request(request: SipRequest, to: Peer, handlers: ClientHandlers): ClientTransaction {
    const key = `${branchOf(request)}|${request.method}`;
    const transaction = new ClientTransaction(this, key, request, to, handlers);
    this.clients.set(key, transaction);
    transaction.start();
    return transaction;
  }

  awaitAck(transaction: ServerTransaction): void {
    this.accepted.set(ackKey(transaction.request), transaction);
  }

  forget(transaction: ServerTransaction | ClientTransaction): void {
    if (transaction instanceof ServerTransaction) {
      if (this.servers.get(transaction.key) === transaction) this.servers.delete(transaction.key);
      const key = ackKey(transaction.request);
      if (this.accepted.get(key) === transaction) this.accepted.delete(key);
    } else if (this.clients.get(transaction.key) === transaction) this.clients.delete(transaction.key);
  }

  /** Transactions alive now (the flood bound and tests read it). */
  get size(): number {
    return this.servers.size + this.clients.size;
  }

  close(): void {
    for (const transaction of [...this.servers.values(), ...this.clients.values()]) transaction.terminate();
  }

  private ack(request: SipRequest, from: Peer): void {
    const failed = this.servers.get(serverKey(request, 'INVITE'));
    if (failed) return failed.acked();
    const accepted = this.accepted.get(ackKey(request));
    if (accepted) {
      accepted.acked();
      this.handlers.onAck(request, from);
      return;
    }
    // A retransmitted ACK after its 2xx transaction ended still belongs to the dialog.
    this.handlers.onAck(request, from);
  }

  private cancel(transaction: ServerTransaction): void {
    const invite = this.servers.get(serverKey(transaction.request, 'INVITE'));
    if (invite?.state !== 'proceeding') {
      transaction.reply(481);
      return;
    }
    transaction.reply(200);
    invite.onCancel?.();
  }
}

export { ClientTransaction };
