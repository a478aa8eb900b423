import { afterAll, describe, expect, it } from 'vitest';
import { carrierInvite, rawPeer, until } from './support/peers.ts';
import { type RawPeer, registerOn } from './support/register.ts';
import { annWithSipAccount, type SipTestServer, startSipServer } from './support/server.ts';

const number = '+34910000002';
const ann = { username: 'ann', password: 'ann-secret-1' };

describe('issue 13 item 7: an un-registered phone stays un-registered across a restart (SQLite file store)', () => {
  const servers: SipTestServer[] = [];
  const peers: RawPeer[] = [];
  afterAll(async () => {
    for (const peer of peers) peer.close();
    for (const server of servers) await server.close().catch(() => {});
  });

  it('register, un-register (Expires: 0), restart on the same data directory: the phone is not registered and not rung', async () => {
    const before = await startSipServer();
    servers.push(before);
    await annWithSipAccount(before);
    await before.api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' });
    const phone = await rawPeer();
    peers.push(phone);
    expect(await registerOn(phone, { ...ann, sipPort: before.sipPort, cseq: 1, expires: 600 })).toBe(200);
    expect((await before.api('GET', '/users/u_ann/phones')).body.devices).toHaveLength(1);
    expect(await registerOn(phone, { ...ann, sipPort: before.sipPort, cseq: 3, expires: 0 })).toBe(200);
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
