import { cseqOf } from './build.ts';
import { Headers, type SipRequest, type SipResponse } from './message.ts';
import type { ClientHandlers, TransactionLayer } from './transactions.ts';
import type { Peer } from './transport.ts';

type Timer = ReturnType<typeof setTimeout>;

/**
 * RFC 3261 §17.1 client transactions: INVITE (Timers A, B, D; the ACK for 3xx–6xx; CANCEL
 * once a provisional response came) and non-INVITE (Timers E, F, K).
 */
export class ClientTransaction {
  state: 'calling' | 'proceeding' | 'completed' | 'accepted' | 'terminated' = 'calling';
  private timers: Timer[] = [];
  private cancelWanted = false;

  constructor(
    private readonly layer: TransactionLayer,
    readonly key: string,
    readonly request: SipRequest,
    readonly to: Peer,
    private readonly handlers: ClientHandlers,
  ) {}

  get isInvite(): boolean {
    return this.request.method === 'INVITE';
  }

  start(): void {
    const { t1, t2 } = this.layer.timing;
    this.layer.transmit(this.request, this.to);
    if (this.to.transport === 'udp') this.retransmit(t1, this.isInvite ? Number.POSITIVE_INFINITY : t2); // A or E
    this.after(64 * t1, () => {
      // Timer B or F
      if (this.state !== 'calling' && !(this.state === 'proceeding' && !this.isInvite)) return;
      this.terminate();
      this.handlers.onTimeout();
    });
  }

  received(response: SipResponse): void {
    if (this.state === 'terminated') return;
    if (this.state === 'completed') {
      if (this.isInvite && response.status >= 300) this.layer.transmit(this.ackFor(response), this.to);
      return;
    }
    if (response.status < 200) {
      if (this.state === 'calling') this.state = 'proceeding';
      if (this.isInvite) this.clearTimers(['A']);
      if (this.cancelWanted) this.sendCancel();
      this.handlers.onResponse(response);
      return;
    }
    this.clearTimers();
    if (this.isInvite && response.status < 300) {
      // RFC 6026: stay 64·T1 to pass retransmitted or forked 2xx up; the dialog layer ACKs each.
      this.state = 'accepted';
      this.after(64 * this.layer.timing.t1, () => this.terminate());
      this.handlers.onResponse(response);
      return;
    }
    this.state = 'completed';
    const udp = this.to.transport === 'udp';
    if (this.isInvite) {
      this.layer.transmit(this.ackFor(response), this.to);
      this.after(udp ? 32_000 : 0, () => this.terminate()); // Timer D
    } else this.after(udp ? this.layer.timing.t4 : 0, () => this.terminate()); // Timer K
    this.handlers.onResponse(response);
  }

  /** CANCELs a pending INVITE: at once after a provisional response, else as soon as one arrives. */
  cancel(): void {
    if (!this.isInvite || this.state === 'terminated' || this.state === 'completed') return;
    if (this.state === 'accepted') return;
    if (this.state === 'proceeding') this.sendCancel();
    else this.cancelWanted = true;
  }

  terminate(): void {
    this.state = 'terminated';
    this.clearTimers();
    this.layer.forget(this);
  }

  private sendCancel(): void {
    this.cancelWanted = false;
    const headers = new Headers();
    headers.add('Via', this.request.headers.values('Via')[0]!);
    for (const name of ['Route', 'From', 'To', 'Call-ID', 'Max-Forwards'])
      for (const value of this.request.headers.lines(name)) headers.add(name, value);
    headers.add('CSeq', `${cseqOf(this.request)!.seq} CANCEL`);
    const cancel: SipRequest = {
      kind: 'request',
      method: 'CANCEL',
      uri: this.request.uri,
      headers,
      body: Buffer.alloc(0),
    };
    this.layer.request(cancel, this.to, { onResponse: () => {}, onTimeout: () => {} });
  }

  /** The ACK a client INVITE transaction sends for a 3xx–6xx (RFC 3261 §17.1.1.3). */
  private ackFor(response: SipResponse): SipRequest {
    const headers = new Headers();
    headers.add('Via', this.request.headers.values('Via')[0]!);
    for (const name of ['Route', 'From', 'Call-ID', 'Max-Forwards'])
      for (const value of this.request.headers.lines(name)) headers.add(name, value);
    headers.add('To', response.headers.get('To') ?? '');
    headers.add('CSeq', `${cseqOf(this.request)!.seq} ACK`);
    return { kind: 'request', method: 'ACK', uri: this.request.uri, headers, body: Buffer.alloc(0) };
  }

  private retransmit(interval: number, cap: number): void {
    this.after(
      interval,
      () => {
        if (this.state !== 'calling' && !(this.state === 'proceeding' && !this.isInvite)) return;
        this.layer.transmit(this.request, this.to);
        this.retransmit(Math.min(interval * 2, cap), cap);
      },
      'A',
    );
  }

  private named = new Map<Timer, string>();

  private after(ms: number, run: () => void, name = ''): void {
    const timer = setTimeout(run, ms);
    this.timers.push(timer);
    if (name) this.named.set(timer, name);
  }

  private clearTimers(names?: string[]): void {
    for (const timer of this.timers)
      if (!names || names.includes(this.named.get(timer) ?? '')) clearTimeout(timer);
    this.timers = names ? this.timers.filter((timer) => !names.includes(this.named.get(timer) ?? '')) : [];
  }
}
