import { afterAll, describe, expect, it } from 'vitest';
import { rawPeer, until } from './support/peers.ts';
import { registerByHand } from './support/register.ts';
import { type SipTestServer, startSipServer } from './support/server.ts';

const number = '+34910000001';

describe('issue 13 item 7: registrations survive a restart', () => {
  const servers: SipTestServer[] = [];
  const closers: Array<() => void> = [];
  afterAll(async () => {
    for (const close of closers) close();
    for (const server of servers) await server.close().catch(() => {});
  });

  it('a phone registered before the restart is still registered after it, until the same expiry, and is rung', async () => {
    const before = await startSipServer();
    servers.push(before);
    await before.api('POST', '/users', { id: 'u_ann', name: 'Ann', email: 'ann@acme.test', role: 'agent' });
    await before.api('PUT', '/users/u_ann/presence', { presence: 'online' });
    await before.api('PUT', '/users/u_ann/sip', { username: 'ann', password: 'ann-secret-1' });
    await before.api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' });
    const phone = await registerByHand({
      sipPort: before.sipPort,
      username: 'ann',
      password: 'ann-secret-1',
      userAgent: 'Desk phone 1',
    });
    closers.push(phone.close);
    expect(phone.status).toBe(200);
    const registered = (await before.api('GET', '/users/u_ann/phones')).body;
    expect(registered.devices).toHaveLength(1);
    await before.close();

    const after = await startSipServer(undefined, { dir: before.dir, adminToken: before.server.adminToken! });
    servers.push(after);
    const restored = (await after.api('GET', '/users/u_ann/phones')).body;
    expect(restored).toEqual(registered);

    // A carrier's call after the restart rings the phone at the address it registered from.
    const carrier = await rawPeer();
    closers.push(carrier.close);
    const sdp =
      'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\n';
    carrier.send(
      [
        `INVITE sip:${number}@127.0.0.1:${after.sipPort} SIP/2.0`,
        `Via: SIP/2.0/UDP 127.0.0.1:${carrier.port};branch=z9hG4bK-after-restart`,
        'Max-Forwards: 70',
        `From: <sip:+34600111222@127.0.0.1:${carrier.port}>;tag=after`,
        `To: <sip:${number}@127.0.0.1>`,
        'Call-ID: after-restart',
        'CSeq: 1 INVITE',
        `Contact: <sip:+34600111222@127.0.0.1:${carrier.port}>`,
        'Content-Type: application/sdp',
        `Content-Length: ${sdp.length}`,
        '',
        sdp,
      ].join('\r\n'),
      after.sipPort,
    );
    const invite = await until('the phone to be rung', () =>
      phone.received.find((message) => message.startsWith('INVITE ')),
    );
    expect(invite).toMatch(/^INVITE sip:ann@127\.0\.0\.1:\d+ SIP\/2\.0/);
  }, 30_000);
});
