import dgram from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResponse, newCallId } from './build.ts';
import { newRequest } from './dialog.ts';
import { type SipMessage, type SipRequest, type SipResponse, serialize } from './message.ts';
import { parseMessage } from './parse.ts';
import { type ServerTransaction, TransactionLayer } from './transactions.ts';
import { type Peer, SipTransport } from './transport.ts';

/** A raw UDP peer: records what it receives, sends what the test writes. */
class RawPeer {
  readonly socket = dgram.createSocket('udp4');
  readonly received: SipMessage[] = [];
  async bind(): Promise<number> {
    this.socket.on('message', (data) => {
      const result = parseMessage(data);
      if (result.ok) this.received.push(result.message);
    });
    await new Promise<void>((resolve) => this.socket.bind(0, '127.0.0.1', resolve));
    return this.socket.address().port;
  }
  send(message: SipMessage, port: number): void {
    this.socket.send(serialize(message), port, '127.0.0.1');
  }
  requests = (method: string) =>
    this.received.filter((m): m is SipRequest => m.kind === 'request' && m.method === method);
  responses = (status: number) =>
    this.received.filter((m): m is SipResponse => m.kind === 'response' && m.status === status);
}

const timing = { t1: 20, t2: 160, t4: 200 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIP transactions over UDP (RFC 3261 §17 timers)', () => {
  let transport: SipTransport;
  let layer: TransactionLayer;
  const peer = new RawPeer();
  let peerAddr: Peer;
  const incoming: ServerTransaction[] = [];
  const acks: SipRequest[] = [];

  beforeAll(async () => {
    transport = new SipTransport({
      host: '127.0.0.1',
      port: 0,
      onMessage: (message, from) => layer.receive(message, from),
      onInvalid: () => {},
    });
    layer = new TransactionLayer((message, to) => transport.send(message, to), timing, {
      onRequest: (transaction) => incoming.push(transaction),
      onAck: (request) => acks.push(request),
    });
    await transport.listen();
    peerAddr = { transport: 'udp', address: '127.0.0.1', port: await peer.bind() };
  });
  afterAll(async () => {
    layer.close();
    await transport.close();
    peer.socket.close();
  });

  const local = () => ({ host: '127.0.0.1', port: transport.port });
  const request = (method: string) =>
    newRequest(method, `sip:peer@127.0.0.1:${peerAddr.port}`, local(), {
      from: '<sip:switchboard@127.0.0.1>',
      to: `<sip:peer@127.0.0.1:${peerAddr.port}>`,
      callId: newCallId(),
      transport: 'udp',
    });

  it('a non-INVITE nobody answers is retransmitted (Timer E, doubling) and times out (Timer F at 64·T1)', async () => {
    const options = request('OPTIONS');
    let timedOut = false;
    layer.request(options, peerAddr, { onResponse: () => {}, onTimeout: () => (timedOut = true) });
    await sleep(64 * timing.t1 + 150);
    const sent = peer
      .requests('OPTIONS')
      .filter((m) => m.headers.get('Call-ID') === options.headers.get('Call-ID'));
    // 20, 40, 80, 160, 160, … ms: about 10 sends in 1280 ms, far fewer than a fixed 20 ms would give.
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(sent.length).toBeLessThanOrEqual(12);
    expect(timedOut).toBe(true);
  });

  it('an INVITE answered 486 is ACKed by the transaction itself with the same branch', async () => {
    const invite = request('INVITE');
    const statuses: number[] = [];
    layer.request(invite, peerAddr, { onResponse: (r) => statuses.push(r.status), onTimeout: () => {} });
    await sleep(30);
    const got = peer
      .requests('INVITE')
      .find((m) => m.headers.get('Call-ID') === invite.headers.get('Call-ID'))!;
    peer.send(makeResponse(got, 486), transport.port);
    await sleep(60);
    const ack = peer.requests('ACK').find((m) => m.headers.get('Call-ID') === invite.headers.get('Call-ID'));
    expect(statuses).toEqual([486]);
    expect(ack?.headers.values('Via')[0]).toBe(invite.headers.values('Via')[0]);
    expect(ack?.headers.get('To')).toMatch(/;tag=/);
  });

  it('a 2xx to an INVITE is retransmitted until the ACK, which reaches the dialog layer', async () => {
    const invite = request('INVITE');
    invite.headers.set('Via', `SIP/2.0/UDP 127.0.0.1:${peerAddr.port};branch=z9hG4bKpeer1`);
    peer.send(invite, transport.port);
    await sleep(30);
    const transaction = incoming.find(
      (t) => t.request.headers.get('Call-ID') === invite.headers.get('Call-ID'),
    )!;
    expect(peer.responses(100).length).toBeGreaterThan(0);
    transaction.reply(200, { toTag: 'uas1' });
    await sleep(100);
    const oks = () =>
      peer.responses(200).filter((r) => r.headers.get('Call-ID') === invite.headers.get('Call-ID'));
    expect(oks().length).toBeGreaterThanOrEqual(2);
    const ack = makeResponse(invite, 200); // reuse header copying, then turn it into the ACK
    const ackRequest: SipRequest = {
      kind: 'request',
      method: 'ACK',
      uri: `sip:127.0.0.1:${transport.port}`,
      headers: ack.headers.set('Via', `SIP/2.0/UDP 127.0.0.1:${peerAddr.port};branch=z9hG4bKpeerack`),
      body: Buffer.alloc(0),
    };
    ackRequest.headers.set('CSeq', `${invite.headers.get('CSeq')!.split(' ')[0]} ACK`);
    peer.send(ackRequest, transport.port);
    await sleep(40);
    const count = oks().length;
    await sleep(200);
    expect(oks().length).toBe(count);
    expect(acks.some((a) => a.headers.get('Call-ID') === invite.headers.get('Call-ID'))).toBe(true);
  });

  it('a CANCEL of a pending INVITE gets 200 and reaches the transaction; an unknown CANCEL gets 481', async () => {
    const invite = request('INVITE');
    invite.headers.set('Via', `SIP/2.0/UDP 127.0.0.1:${peerAddr.port};branch=z9hG4bKpeer2`);
    peer.send(invite, transport.port);
    await sleep(30);
    const transaction = incoming.find(
      (t) => t.request.headers.get('Call-ID') === invite.headers.get('Call-ID'),
    )!;
    let cancelled = false;
    transaction.onCancel = () => {
      cancelled = true;
      transaction.reply(487);
    };
    const cancel: SipRequest = {
      ...invite,
      method: 'CANCEL',
      headers: invite.headers.clone(),
      body: Buffer.alloc(0),
    };
    cancel.headers.set('CSeq', `1 CANCEL`);
    peer.send(cancel, transport.port);
    const stray: SipRequest = { ...cancel, headers: cancel.headers.clone() };
    stray.headers.set('Via', `SIP/2.0/UDP 127.0.0.1:${peerAddr.port};branch=z9hG4bKnothing`);
    peer.send(stray, transport.port);
    await sleep(50);
    expect(cancelled).toBe(true);
    const byCall = (status: number) =>
      peer.responses(status).filter((r) => r.headers.get('Call-ID') === invite.headers.get('Call-ID'));
    expect(byCall(487).length).toBeGreaterThan(0);
    expect(byCall(200).some((r) => r.headers.get('CSeq') === '1 CANCEL')).toBe(true);
    expect(byCall(481).length).toBe(1);
  });
});
