import { createHash } from 'node:crypto';
import dgram from 'node:dgram';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSwitchboard, type Switchboard } from '../../server/switchboard.ts';
import type { MediaLeg, MediaPlane } from '../media-plane.ts';
import { makeResponse } from './build.ts';
import { Headers, type SipMessage, type SipRequest, type SipResponse, serialize } from './message.ts';
import { parseMessage } from './parse.ts';

/** Signalling only: legs hold no sockets; the test reads which legs were bridged. */
class FakePlane implements MediaPlane {
  private port = 41_000;
  readonly bridged: string[][] = [];
  async openLeg(id: string): Promise<MediaLeg> {
    return this.attachLeg(id);
  }
  attachLeg(id: string): MediaLeg {
    this.port += 2;
    return {
      id,
      local: { address: '127.0.0.1', port: this.port },
      connect: () => {},
      play: () => {},
      onDigit: () => {},
      sendDigit: () => {},
      onInactive: () => {},
      close: () => {},
    };
  }
  bridge(a: MediaLeg, b: MediaLeg): void {
    this.bridged.push([a.id, b.id]);
  }
  conference(): void {}
  listen(): void {}
  record() {
    return { stop: () => new Uint8Array(0) };
  }
  async close(): Promise<void> {}
}

const sdp = (port: number) =>
  Buffer.from(
    `v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio ${port} RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n`,
  );
const label = (message: SipMessage) => (message.kind === 'request' ? message.method : String(message.status));
const isRequest = (method: string) => (message: SipMessage) =>
  message.kind === 'request' && message.method === method;
const isStatus = (status: number) => (message: SipMessage) =>
  message.kind === 'response' && message.status === status;

/** A UDP SIP endpoint the test scripts by hand: a phone or the carrier's side of a call. */
class Endpoint {
  private readonly socket = dgram.createSocket('udp4');
  private readonly inbox: SipMessage[] = [];
  port = 0;

  constructor(private readonly serverPort: () => number) {}

  async open(): Promise<this> {
    this.socket.on('message', (data) => {
      const result = parseMessage(data);
      if (result.ok) this.inbox.push(result.message);
    });
    await new Promise<void>((resolve) => this.socket.bind(0, '127.0.0.1', resolve));
    this.port = this.socket.address().port;
    return this;
  }

  close(): void {
    this.socket.close();
  }

  send(message: SipMessage): void {
    this.socket.send(serialize(message), this.serverPort(), '127.0.0.1');
  }

  /** Forgets what arrived so far (retransmissions of an earlier exchange). */
  clear(): void {
    this.inbox.length = 0;
  }

  async next(match: (message: SipMessage) => boolean, what: string): Promise<SipMessage> {
    const deadline = Date.now() + 3000;
    for (;;) {
      const index = this.inbox.findIndex(match);
      if (index >= 0) return this.inbox.splice(index, 1)[0]!;
      if (Date.now() > deadline) throw new Error(`no ${what}; got ${this.inbox.map(label).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  request(
    method: string,
    uri: string,
    callId: string,
    extra: Array<[string, string]> = [],
    body?: Buffer,
  ): SipRequest {
    const headers = new Headers([
      ['Via', `SIP/2.0/UDP 127.0.0.1:${this.port};branch=z9hG4bK${Math.random().toString(36).slice(2)}`],
      ['Max-Forwards', '70'],
      ['From', `<sip:+34600111222@127.0.0.1:${this.port}>;tag=t${this.port}`],
      ['To', `<${uri}>`],
      ['Call-ID', callId],
      ['CSeq', `1 ${method}`],
      ['Contact', `<sip:phone@127.0.0.1:${this.port}>`],
      ...extra,
    ]);
    return { kind: 'request', method, uri, headers, body: body ?? Buffer.alloc(0) };
  }
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

describe('SIP driver signalling (S1, S2): forking, first answer wins, CANCEL', () => {
  let server: Switchboard;
  const plane = new FakePlane();
  const port = () => server.sip!.port;
  let phoneA: Endpoint;
  let phoneB: Endpoint;
  let caller: Endpoint;

  /** Registers a scripted phone as `ann` with digest MD5, as a real phone does after the 401. */
  async function register(phone: Endpoint): Promise<void> {
    const uri = `sip:127.0.0.1:${port()}`;
    const first = phone.request('REGISTER', uri, `reg-${phone.port}`, [['Expires', '600']]);
    first.headers.set('To', '<sip:ann@127.0.0.1>');
    first.headers.set('From', '<sip:ann@127.0.0.1>;tag=r1');
    phone.send(first);
    const challenge = (await phone.next(isStatus(401), '401')) as SipResponse;
    const nonce = /nonce="([^"]+)"/.exec(challenge.headers.get('WWW-Authenticate')!)![1];
    const ha1 = md5('ann:switchboard:ann-secret-1');
    const response = md5(`${ha1}:${nonce}:00000001:c:auth:${md5(`REGISTER:${uri}`)}`);
    const second = phone.request('REGISTER', uri, `reg-${phone.port}`, [
      ['Expires', '600'],
      [
        'Authorization',
        `Digest username="ann", realm="switchboard", nonce="${nonce}", uri="${uri}", response="${response}", qop=auth, nc=00000001, cnonce="c"`,
      ],
    ]);
    second.headers.set('To', '<sip:ann@127.0.0.1>');
    second.headers.set('From', '<sip:ann@127.0.0.1>;tag=r1');
    second.headers.set('CSeq', '2 REGISTER');
    phone.send(second);
    await phone.next(isStatus(200), '200 to REGISTER');
  }

  beforeAll(async () => {
    server = await openSwitchboard({
      dbPath: join(mkdtempSync(join(tmpdir(), 'sb-sipdriver-')), 'switchboard.db'),
      clock: 'system',
      logger: false,
      sip: { listen: { host: '127.0.0.1', port: 0 }, plane, timing: { t1: 50, t2: 400, t4: 500 } },
    });
    const run = (command: Parameters<typeof server.runtime.execute>[1]) =>
      server.runtime.execute('acme', command, { kind: 'admin' });
    await run({ type: 'workspace.create', name: 'Acme', plan: 'business' } as never);
    await run({ type: 'user.create', userId: 'u_ann', name: 'Ann', email: 'ann@acme.test', role: 'agent' });
    await run({ type: 'presence.set', userId: 'u_ann', presence: 'online' } as never);
    await run({ type: 'number.add', numberId: 'n1', e164: '+34910000001', kind: 'sip' });
    await run({ type: 'sip.configure_trunk', trunk: { allowedSources: ['127.0.0.1'] } });
    await run({
      type: 'sip.set_account',
      userId: 'u_ann',
      username: 'ann',
      ha1: { md5: md5('ann:switchboard:ann-secret-1'), sha256: 'a'.repeat(64) },
    });
    [phoneA, phoneB, caller] = await Promise.all([port, port, port].map((p) => new Endpoint(p).open()));
    await register(phoneA);
    await register(phoneB);
  });

  afterAll(async () => {
    for (const endpoint of [phoneA, phoneB, caller]) endpoint?.close();
    await server?.close();
  });

  it('rings both phones of the agent; the first 200 takes the call, the other is CANCELled; BYE ends it', async () => {
    const invite = caller.request(
      'INVITE',
      `sip:+34910000001@127.0.0.1:${port()}`,
      'call-fork',
      [['Content-Type', 'application/sdp']],
      sdp(40000),
    );
    caller.send(invite);
    const [atA, atB] = (await Promise.all([
      phoneA.next(isRequest('INVITE'), 'INVITE at phone A'),
      phoneB.next(isRequest('INVITE'), 'INVITE at phone B'),
    ])) as SipRequest[];
    expect(atA!.headers.get('From')).toContain('+34600111222');
    // Phones ring (180) at once; a CANCEL may only follow a provisional response (RFC 3261 §9.1).
    phoneA.send(makeResponse(atA!, 180, { toTag: 'phoneA' }));
    phoneB.send(makeResponse(atB!, 180, { toTag: 'phoneB' }));
    await caller.next(isStatus(180), '180 to the caller');
    phoneA.send(
      makeResponse(atA!, 200, {
        toTag: 'phoneA',
        headers: [
          ['Contact', `<sip:ann@127.0.0.1:${phoneA.port}>`],
          ['Content-Type', 'application/sdp'],
        ],
        body: sdp(40002),
      }),
    );
    await phoneA.next(isRequest('ACK'), 'ACK at phone A');
    const cancel = (await phoneB.next(isRequest('CANCEL'), 'CANCEL at phone B')) as SipRequest;
    phoneB.send(makeResponse(cancel, 200));
    phoneB.send(makeResponse(atB!, 487, { toTag: 'phoneB' }));
    await phoneB.next(isRequest('ACK'), 'ACK of the 487 at phone B');
    const ok = (await caller.next(isStatus(200), '200 to the caller')) as SipResponse;
    expect(ok.body.toString()).toContain('m=audio');
    expect(plane.bridged).toHaveLength(1);
    const toTag = /tag=([^;\s]+)/.exec(ok.headers.get('To')!)![1];
    const ack = caller.request('ACK', `sip:127.0.0.1:${port()}`, 'call-fork');
    ack.headers.set('To', `${invite.headers.get('To')};tag=${toTag}`);
    caller.send(ack);
    const bye = caller.request('BYE', `sip:127.0.0.1:${port()}`, 'call-fork');
    bye.headers.set('To', `${invite.headers.get('To')};tag=${toTag}`);
    bye.headers.set('CSeq', '2 BYE');
    caller.send(bye);
    await caller.next(isStatus(200), '200 to BYE');
    const agentBye = (await phoneA.next(isRequest('BYE'), 'BYE at phone A')) as SipRequest;
    phoneA.send(makeResponse(agentBye, 200));
    const state = server.runtime.state('acme')!;
    expect([...state.calls.keys()]).toEqual([]);
  });

  it('a caller who CANCELs while the phones ring gets 487, and every phone is CANCELled', async () => {
    for (const endpoint of [phoneA, phoneB, caller]) endpoint.clear();
    const invite = caller.request(
      'INVITE',
      `sip:+34910000001@127.0.0.1:${port()}`,
      'call-cancel',
      [['Content-Type', 'application/sdp']],
      sdp(40004),
    );
    caller.send(invite);
    const atPhones = (await Promise.all([
      phoneA.next(isRequest('INVITE'), 'INVITE at phone A'),
      phoneB.next(isRequest('INVITE'), 'INVITE at phone B'),
    ])) as SipRequest[];
    for (const [phone, request] of [
      [phoneA, atPhones[0]!],
      [phoneB, atPhones[1]!],
    ] as const)
      phone.send(makeResponse(request, 180, { toTag: `ring${phone.port}` }));
    await caller.next(isStatus(180), '180 to the caller');
    const cancel: SipRequest = {
      ...invite,
      method: 'CANCEL',
      headers: invite.headers.clone(),
      body: Buffer.alloc(0),
    };
    cancel.headers.set('CSeq', '1 CANCEL');
    cancel.headers.remove('Content-Type');
    caller.send(cancel);
    await caller.next(isStatus(200), '200 to CANCEL');
    await caller.next(isStatus(487), '487 to the INVITE');
    for (const phone of [phoneA, phoneB]) await phone.next(isRequest('CANCEL'), 'CANCEL at a phone');
  });
});
