import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Switchboard } from '../../src/server/switchboard.ts';
import {
  type Baresip,
  carrierForOneCall,
  freePort,
  rawPeer,
  runSipp,
  sipPeers,
  sleep,
  startBaresip,
  until,
} from './support/peers.ts';
import { type SipTestServer, startSipServer } from './support/server.ts';

const peers = sipPeers();
const scenario = (name: string) => fileURLToPath(new URL(`./scenarios/${name}.xml`, import.meta.url));
const number = '+34910000001';

describe.skipIf(!peers.available)('SIP: real calls from a carrier to a registered phone (S1, S2, S5)', () => {
  let sip: SipTestServer;
  let server: Switchboard;
  let agent: Baresip;
  const api: SipTestServer['api'] = (method, url, body) => sip.api(method, url, body);

  beforeAll(async () => {
    sip = await startSipServer({
      // A low rate, so the flood test's bound holds however slowly a loaded machine reads the
      // flood: at 20/s, 40 INVITEs read over 0.6 s (load 10, SIP files three at a time) let 22
      // through. At 5/s a test's next call finds a token 0.2 s after the flood.
      inviteRate: 5,
      inviteBurst: 10,
      registerFailures: 3,
      registerWindowMs: 60_000,
    });
    server = sip.server;
    const ann = { id: 'u_ann', name: 'Ann Agent', email: 'ann@acme.test', role: 'agent' };
    expect((await api('POST', '/users', ann)).status).toBe(201);
    expect((await api('PUT', '/users/u_ann/presence', { presence: 'online' })).status).toBe(200);
    expect((await api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' })).status).toBe(201);
    expect(
      (await api('PUT', '/users/u_ann/sip', { username: 'ann', password: 'ann-secret-1' })).body,
    ).toMatchObject({
      username: 'ann',
      registered: false,
    });
    agent = await startBaresip({ username: 'ann', password: 'ann-secret-1', registrar: server.sip!.port });
    await until('baresip to register', async () =>
      (await api('GET', '/users/u_ann/sip')).body.registered ? true : undefined,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${agent.output()}`);
    });
  }, 30_000);

  afterAll(async () => {
    await agent?.stop();
    await server?.close();
  });

  it('S1: SIPp calls the number, the registered phone rings and answers; history reads received → ringing → answered → ended', async () => {
    // The callers here talk for half a second (-d): these tests read the calls' history and
    // signalling, not their audio (media.test.ts listens).
    const run = await runSipp([
      '-sf',
      scenario('caller'),
      '-s',
      number,
      `127.0.0.1:${server.sip!.port}`,
      '-m',
      '1',
      '-d',
      '500',
    ]);
    expect(run.code, run.output).toBe(0);
    const calls = await until('the call to end', async () => {
      const list = await api('GET', '/calls');
      return list.body.items?.find((call: { endedAt?: string }) => call.endedAt);
    });
    const detail = await api('GET', `/calls/${calls.id}`);
    const types = detail.body.history.map((entry: { type: string }) => entry.type);
    const order = ['call.received', 'call.leg_ringing', 'call.leg_answered', 'call.ended'];
    expect(
      order
        .map((type) => types.indexOf(type))
        .every((at, i, all) => at >= 0 && (i === 0 || at > all[i - 1]!)),
    ).toBe(true);
    expect(
      detail.body.history.find((entry: { type: string }) => entry.type === 'call.leg_answered').data.userId,
    ).toBe('u_ann');
    expect(agent.output()).toMatch(/answer|established/i);
  }, 40_000);

  /** A minimal INVITE (or other request) from a raw peer, as a carrier would write it. */
  const request = (
    peerPort: number,
    options: { to?: string; callId: string; method?: string; cseq?: string },
  ) => {
    const method = options.method ?? 'INVITE';
    const body =
      'v=0\no=- 1 1 IN IP4 127.0.0.1\ns=-\nc=IN IP4 127.0.0.1\nt=0 0\nm=audio 40000 RTP/AVP 0\n'.replace(
        /\n/g,
        '\r\n',
      );
    return [
      `${method} sip:${options.to ?? number}@127.0.0.1:${server.sip!.port} SIP/2.0`,
      `Via: SIP/2.0/UDP 127.0.0.1:${peerPort};branch=z9hG4bK${options.callId}`,
      'Max-Forwards: 70',
      `From: <sip:+34600111222@127.0.0.1:${peerPort}>;tag=${options.callId}`,
      `To: <sip:${options.to ?? number}@127.0.0.1>`,
      `Call-ID: ${options.callId}`,
      `CSeq: ${options.cseq ?? `1 ${method}`}`,
      `Contact: <sip:+34600111222@127.0.0.1:${peerPort}>`,
      'Content-Type: application/sdp',
      `Content-Length: ${method === 'INVITE' ? body.length : 0}`,
      '',
      method === 'INVITE' ? body : '',
    ].join('\r\n');
  };
  const statusOf = (message: string) => Number(/^SIP\/2\.0 (\d{3})/.exec(message)?.[1]);

  it('S5: an INVITE from an address no trunk allows gets 403 and reaches no number', async () => {
    expect((await api('PUT', '/sip/trunk', { allowedSources: ['192.0.2.1'] })).status).toBe(200);
    const peer = await rawPeer();
    try {
      const callsBefore = (await api('GET', '/calls')).body.items.length;
      peer.send(request(peer.port, { callId: 'unknown-source' }), server.sip!.port);
      const answer = await until('a final answer', () => peer.received.find((m) => statusOf(m) >= 200));
      expect(statusOf(answer)).toBe(403);
      expect((await api('GET', '/calls')).body.items.length).toBe(callsBefore);
    } finally {
      peer.close();
      await api('PUT', '/sip/trunk', { allowedSources: ['127.0.0.1'] });
    }
  });

  it('S5: malformed messages get 400 (or nothing, when they cannot be answered) and the server keeps serving', async () => {
    const peer = await rawPeer();
    try {
      peer.send(
        request(peer.port, { callId: 'bad-cseq', method: 'OPTIONS', cseq: '1 INVITE' }),
        server.sip!.port,
      );
      peer.send('\x00\xff garbage that is not SIP at all\r\n\r\n', server.sip!.port);
      peer.send(
        request(peer.port, { callId: 'bad-length' }).replace(/Content-Length: \d+/, 'Content-Length: 9999'),
        server.sip!.port,
      );
      await until('two refusals', () => (peer.received.length >= 2 ? true : undefined));
      expect(peer.received.map(statusOf)).toEqual([400, 400]);
      peer.send(request(peer.port, { callId: 'still-alive', method: 'OPTIONS' }), server.sip!.port);
      await until('the OPTIONS answer', () => peer.received.find((m) => m.includes('still-alive')));
      expect(statusOf(peer.received.find((m) => m.includes('still-alive'))!)).toBe(200);
    } finally {
      peer.close();
    }
  });

  it('S5: an INVITE flood is bounded: past the configured rate, 503 with Retry-After', async () => {
    const peer = await rawPeer();
    try {
      for (let i = 0; i < 40; i++)
        peer.send(request(peer.port, { callId: `flood-${i}`, to: '+34910999999' }), server.sip!.port);
      // The first final answer to each INVITE: the server resends a final answer until it is
      // acknowledged (RFC 3261 17.2.1, every 500 ms), and this peer never acknowledges, so on a
      // slow machine the resent copies arrive too before all 40 have been answered once.
      const firstFinals = () => {
        const byCall = new Map<string, string>();
        for (const m of peer.received) {
          const callId = /^Call-ID: (\S+)/im.exec(m)?.[1];
          if (statusOf(m) >= 400 && callId && !byCall.has(callId)) byCall.set(callId, m);
        }
        return [...byCall.values()];
      };
      await until('40 final answers', () => (firstFinals().length >= 40 ? true : undefined));
      const finals = firstFinals();
      const refused = finals.filter((m) => statusOf(m) === 503);
      // A burst of 10 then 5/s: most of an instant flood of 40 is turned away, each told when to retry.
      expect(refused.length).toBeGreaterThanOrEqual(20);
      expect(refused.every((m) => /Retry-After: \d+/.test(m))).toBe(true);
      expect(finals.filter((m) => statusOf(m) === 404).length).toBe(40 - refused.length);
    } finally {
      peer.close();
    }
  });

  it("V16, V17: a forward goes out through the trunk to the carrier, showing the caller's number", async () => {
    const carrierPort = await freePort();
    const forwarded = '+34910000002';
    expect((await api('PATCH', '/billing', { balanceCents: 10_000 })).status).toBe(200);
    expect((await api('POST', '/numbers', { e164: forwarded, kind: 'rented', id: 'n_fwd' })).status).toBe(
      201,
    );
    const settings = { mode: 'forward_all', forwardTo: '+34699000111', passCallerId: true };
    expect((await api('PATCH', '/numbers/n_fwd/settings', settings)).status).toBe(200);
    await api('PUT', '/sip/trunk', {
      allowedSources: ['127.0.0.1'],
      outbound: { host: '127.0.0.1', port: carrierPort, transport: 'udp' },
    });
    const carrierDir = mkdtempSync(join(tmpdir(), 'sb-carrier-'));
    const carrier = await carrierForOneCall(
      scenario('carrier-answers'),
      join(carrierDir, 'carrier.log'),
      carrierPort,
      carrierDir,
    );
    const caller = await runSipp([
      '-sf',
      scenario('caller'),
      '-s',
      forwarded,
      `127.0.0.1:${server.sip!.port}`,
      '-m',
      '1',
      '-d',
      '500',
    ]);
    expect(caller.code, caller.output).toBe(0);
    expect((await carrier.exited).code).toBe(0);
    const invite = readFileSync(join(carrierDir, 'carrier.log'), 'utf8');
    expect(invite).toMatch(/INVITE sip:\+34699000111@127\.0\.0\.1/);
    expect(invite).toMatch(/From: "\+34600111222" <sip:\+34600111222@/);
    const call = await until('the forwarded call to end', async () =>
      (await api('GET', '/calls')).body.items.find(
        (item: { to: string; endedAt?: string }) => item.to === forwarded && item.endedAt,
      ),
    );
    expect(call.outcome).toBe('forwarded');
  }, 40_000);

  it('S1: over TCP too: a phone registers over TCP and takes a call SIPp places over TCP', async () => {
    await api('POST', '/users', { id: 'u_carl', name: 'Carl Agent', email: 'carl@acme.test', role: 'agent' });
    await api('PUT', '/users/u_carl/sip', { username: 'carl', password: 'carl-secret-1' });
    await api('PUT', '/users/u_carl/presence', { presence: 'online' });
    await api('PUT', '/users/u_ann/presence', { presence: 'offline' });
    const tcpPhone = await startBaresip({
      username: 'carl',
      password: 'carl-secret-1',
      registrar: server.sip!.port,
      transport: 'tcp',
    });
    try {
      const account = await until('carl to register over TCP', async () => {
        const body = (await api('GET', '/users/u_carl/sip')).body;
        return body.registered ? body : undefined;
      }).catch((error: Error) => {
        throw new Error(`${error.message}\n${tcpPhone.output()}`);
      });
      expect(account.devices[0].transport).toBe('tcp');
      const run = await runSipp([
        '-sf',
        scenario('caller'),
        '-s',
        number,
        `127.0.0.1:${server.sip!.port}`,
        '-m',
        '1',
        '-d',
        '500',
        '-t',
        't1',
      ]);
      expect(run.code, run.output).toBe(0);
      const answered = await until('carl to answer', async () => {
        const list = (await api('GET', '/calls')).body.items;
        for (const call of list) {
          const history = (await api('GET', `/calls/${call.id}`)).body.history;
          const answer = history.find(
            (entry: { type: string; data: { userId?: string } }) =>
              entry.type === 'call.leg_answered' && entry.data.userId === 'u_carl',
          );
          if (answer) return answer;
        }
        return undefined;
      });
      expect(answered.data.userId).toBe('u_carl');
    } finally {
      await tcpPhone.stop();
      await api('PUT', '/users/u_ann/presence', { presence: 'online' });
    }
  }, 40_000);

  // Last: the throttle it trips refuses every REGISTER from 127.0.0.1 for a minute.
  it('S2, S5: a phone with the wrong password is refused and never registered; repeated failures are throttled', async () => {
    expect(
      (await api('POST', '/users', { id: 'u_bob', name: 'Bob Agent', email: 'bob@acme.test', role: 'agent' }))
        .status,
    ).toBe(201);
    await api('PUT', '/users/u_bob/sip', { username: 'bob', password: 'bob-secret-1' });
    const wrong = await startBaresip({
      username: 'bob',
      password: 'not-the-password',
      registrar: server.sip!.port,
    });
    try {
      await until('the refusal', () =>
        /403|Wrong Credentials|Forbidden/i.test(wrong.output()) ? true : undefined,
      ).catch((error: Error) => {
        throw new Error(`${error.message}\n${wrong.output()}`);
      });
      await sleep(500);
      expect((await api('GET', '/users/u_bob/sip')).body).toMatchObject({ registered: false, devices: [] });
    } finally {
      await wrong.stop();
    }
    const peer = await rawPeer();
    try {
      // The throttle counts failures per address: three wrong answers and the address is refused outright.
      for (let i = 0; i < 4; i++) {
        peer.send(
          request(peer.port, { callId: `reg-${i}`, method: 'REGISTER', to: 'bob' }).replace(
            'Content-Type: application/sdp',
            'Authorization: Digest username="bob", realm="switchboard", nonce="x.y", uri="sip:127.0.0.1", response="00000000000000000000000000000000"',
          ),
          server.sip!.port,
        );
        await until(`answer ${i}`, () => peer.received.find((m) => m.includes(`reg-${i}`)));
      }
      expect(peer.received.at(-1)).toMatch(/^SIP\/2\.0 403 Too Many Failed Attempts/);
    } finally {
      peer.close();
    }
  });
});
