import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { carrierInvite, rawPeer, until } from './support/peers.ts';
import { type SipTestServer, startSipServer } from './support/server.ts';

const number = '+34910000002';
const md5 = (text: string) => createHash('md5').update(text).digest('hex');

type Peer = Awaited<ReturnType<typeof rawPeer>>;

/**
 * One REGISTER of a phone, its digest challenge answered: the phone's own Call-ID across its
 * requests and a rising CSeq, as a real phone sends them (RFC 3261 §10.2.4, §10.2.2).
 */
async function register(peer: Peer, sipPort: number, cseq: number, expires: number): Promise<number> {
  const uri = `sip:127.0.0.1:${sipPort}`;
  const request = (seq: number, authorization?: string) =>
    [
      `REGISTER ${uri} SIP/2.0`,
      `Via: SIP/2.0/UDP 127.0.0.1:${peer.port};branch=z9hG4bK-unreg-${seq}`,
      'Max-Forwards: 70',
      'From: <sip:ann@127.0.0.1>;tag=unreg',
      'To: <sip:ann@127.0.0.1>',
      `Call-ID: unreg-ann-${peer.port}`,
      `CSeq: ${seq} REGISTER`,
      `Contact: <sip:ann@127.0.0.1:${peer.port}>`,
      `Expires: ${expires}`,
      ...(authorization ? [`Authorization: ${authorization}`] : []),
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
  const answer = (seq: number) =>
    until(`the answer to REGISTER ${seq}`, () =>
      peer.received.find((message) => message.includes(`CSeq: ${seq} REGISTER`)),
    );
  peer.send(request(cseq), sipPort);
  const challenge = await answer(cseq);
  const nonce = /nonce="([^"]+)"/.exec(challenge)?.[1];
  const realm = /realm="([^"]+)"/.exec(challenge)?.[1];
  if (!nonce || !realm) throw new Error(`no challenge: ${challenge}`);
  const ha1 = md5(`ann:${realm}:ann-secret-1`);
  const response = md5(`${ha1}:${nonce}:00000001:c0ffee:auth:${md5(`REGISTER:${uri}`)}`);
  const authorization = `Digest username="ann", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5, qop=auth, nc=00000001, cnonce="c0ffee"`;
  peer.send(request(cseq + 1, authorization), sipPort);
  return Number((await answer(cseq + 1)).slice(8, 11));
}

describe('issue 13 item 7: an un-registered phone stays un-registered across a restart (SQLite file store)', () => {
  const servers: SipTestServer[] = [];
  const peers: Peer[] = [];
  afterAll(async () => {
    for (const peer of peers) peer.close();
    for (const server of servers) await server.close().catch(() => {});
  });

  it('register, un-register (Expires: 0), restart on the same data directory: the phone is not registered and not rung', async () => {
    const before = await startSipServer();
    servers.push(before);
    await before.api('POST', '/users', { id: 'u_ann', name: 'Ann', email: 'ann@acme.test', role: 'agent' });
    await before.api('PUT', '/users/u_ann/presence', { presence: 'online' });
    await before.api('PUT', '/users/u_ann/sip', { username: 'ann', password: 'ann-secret-1' });
    await before.api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' });
    const phone = await rawPeer();
    peers.push(phone);
    expect(await register(phone, before.sipPort, 1, 600)).toBe(200);
    expect((await before.api('GET', '/users/u_ann/phones')).body.devices).toHaveLength(1);
    expect(await register(phone, before.sipPort, 3, 0)).toBe(200);
    expect((await before.api('GET', '/users/u_ann/phones')).body.devices).toEqual([]);
    await before.close();

    const after = await startSipServer(undefined, { dir: before.dir, adminToken: before.server.adminToken! });
    servers.push(after);
    expect((await after.api('GET', '/users/u_ann/phones')).body.devices).toEqual([]);
    expect((await after.api('GET', '/users/u_ann/sip')).body.registered).toBe(false);

    // A carrier's call after the restart does not ring the phone: it is answered without it.
    const carrier = await rawPeer();
    peers.push(carrier);
    carrier.send(
      carrierInvite({
        to: number,
        sipPort: after.sipPort,
        peerPort: carrier.port,
        callId: 'unreg-after-restart',
      }),
      after.sipPort,
    );
    // Routing decides at once: Ann is skipped for having no registered phone, the caller waits.
    const call = await until('the call to be routed', async () => {
      const listed = (await after.api('GET', '/calls')).body.items[0];
      if (!listed) return undefined;
      const detail = (await after.api('GET', `/calls/${listed.id}`)).body;
      return detail.history.some((event: { type: string }) => event.type === 'call.routed')
        ? detail
        : undefined;
    });
    const routed = call.history.find((event: { type: string }) => event.type === 'call.routed');
    expect(routed.data.candidates).toEqual([
      { userId: 'u_ann', offered: false, reason: 'no registered device' },
    ]);
    expect(call.live.phase).toBe('queued');
    expect(phone.received.filter((message) => message.startsWith('INVITE '))).toEqual([]);
  }, 30_000);
});
